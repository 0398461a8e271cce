// The casual chrono parser with its patterns built once (lib/extract/time/casual-parser.ts): it
// reads exactly what chrono's own parser reads, and no longer rebuilds a pattern per parse.
import assert from "node:assert/strict";
import { test } from "node:test";
import * as chrono from "chrono-node";
import { casualParser } from "../../../lib/extract/time/casual-parser";

const REF = { instant: new Date("2025-02-12T10:00:00Z"), timezone: 60 };
// our own phrasings, each meant to wake a parser whose pattern chrono rebuilds on every call
const PHRASES = {
  fr: [
    "La panne a commencé il y a trois heures, selon l'opérateur.",
    "Le service sera rétabli dans 2 jours, au plus tard la semaine prochaine.",
    "Les clients n'avaient plus de réseau ce matin, puis ce soir vers 21 h 15.",
    "Aujourd'hui, la banque dit que les virements d'hier sont passés.",
    "Les pannes des trois derniers mois ont coûté cher ; mardi 4 février à 8h, tout est tombé.",
    "Rien à signaler.",
  ],
  en: [
    "The outage started two hours ago, the carrier said.",
    "Service should be back within 3 days, by next week at the latest.",
    "Customers lost signal this morning and again tonight at 9:15 pm.",
    "Today the bank said yesterday's transfers went through on Tuesday, Feb. 4 at 8am.",
    "Nothing to report.",
  ],
};

const readings = (p: chrono.Chrono, text: string) =>
  p.parse(text, REF).map((r) => ({ index: r.index, text: r.text, start: r.start.date().toISOString(), end: r.end?.date().toISOString() ?? null, tags: [...r.start.tags()].sort() }));

test("the kept-pattern parser reads what chrono's casual parser reads, in French and English", () => {
  for (const lang of ["fr", "en"] as const) {
    const own = lang === "fr" ? chrono.fr.casual : chrono.en.casual;
    for (const text of PHRASES[lang]) assert.deepEqual(readings(casualParser(lang), text), readings(own, text), text);
  }
  assert.ok(readings(casualParser("fr"), PHRASES.fr[0]).length > 0);
});

test("every parser answers the same pattern object on each parse (chrono's own rebuilds five French ones)", () => {
  const context = { option: {} };
  for (const lang of ["fr", "en"] as const) {
    casualParser(lang).parse("il y a deux heures, two hours ago", REF);
    for (const p of casualParser(lang).parsers as unknown as { innerPattern?: (c: unknown) => RegExp }[])
      if (p.innerPattern) assert.equal(p.innerPattern(context), p.innerPattern(context), `${lang} ${p.constructor.name}`);
  }
  const rebuilt = (chrono.fr.casual.parsers as unknown as { innerPattern?: (c: unknown) => RegExp }[]).filter((p) => p.innerPattern && p.innerPattern(context) !== p.innerPattern(context));
  assert.ok(rebuilt.length > 0, "chrono builds some French patterns afresh: the kept parser is needed");
});
