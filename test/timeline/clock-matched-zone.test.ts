// Bare clocks of articles from outlets of unknown place, read in the zone another article of the incident
// writes the same clock in (our own cases, invented bank and outlets).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExtractedDocument } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";
import { buildIncident } from "../../lib/timeline/build-incident";

interface Art { url: string; lang: "fr" | "en"; title: string; text: string; publishedAt: string }

function incident(arts: Art[]) {
  const docs: ExtractedDocument[] = arts.map((a, i) => {
    const input = { url: a.url, kind: "news", lang: a.lang, title: a.title, text: a.text, publishedAt: new Date(a.publishedAt), sourceName: null, sourceZone: null } as const;
    return { id: i + 1, url: a.url, title: a.title, kind: "news", lang: a.lang, publishedAt: a.publishedAt, sourceName: null, facts: extractArticle(input) };
  });
  return buildIncident("case", docs, new Date("2026-12-01T00:00:00Z"));
}

const english: Art = { url: "https://moneydesk.example/brindle-bank-down", lang: "en", publishedAt: "2026-02-11T15:00:00Z",
  title: "Brindle Bank app down for hours",
  text: "Brindle Bank customers could not log in from around 8:20am on Wednesday. The bank said all services were fully restored at 12:50pm." };
const frenchWithLondon: Art = { url: "https://banquenews.example/brindle-panne", lang: "fr", publishedAt: "2026-02-11T17:00:00Z",
  title: "Brindle Bank : panne de l'application",
  text: "Les clients de la banque britannique Brindle Bank n'ont pu se connecter à partir de 8h20 (heure de Londres) mercredi. Tous les services ont été rétablis à 12h50." };

test("an English story's bare clocks take the zone a French story writes the same clocks in (London, not New York)", () => {
  const inc = incident([english, frenchWithLondon]);
  assert.equal(inc.startedAt, "2026-02-11T08:20:00Z");
  assert.equal(inc.endedAt, "2026-02-11T12:50:00Z");
});

test("no written clock to match: the English story keeps the language's default zone", () => {
  // negative: alone, New York (UTC-5 in February)
  assert.equal(incident([english]).startedAt, "2026-02-11T13:20:00Z");
  // negative: a French story's bare clocks stay Paris's when another writes the same clock in UTC
  const frenchBare: Art = { ...frenchWithLondon, text: "Les clients de Brindle Bank n'ont pu se connecter à partir de 8h20 mercredi. Tous les services ont été rétablis à 12h50." };
  const wire: Art = { url: "https://wire.example/brindle", lang: "en", publishedAt: "2026-02-11T18:00:00Z", title: "Brindle Bank restored", text: "Brindle Bank said services were back at 12:50 UTC on Wednesday." };
  const inc = incident([frenchBare, wire]);
  assert.equal(inc.startedAt, "2026-02-11T07:20:00Z");
});
