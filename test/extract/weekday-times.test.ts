// An undated follow-up's clock on a weekday it names ("working normally again just after 7pm on
// Monday") is placed in the incident's week, on that weekday's date nearest the day the dated reports
// give (our own cases, invented services and outlets).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExtractedDocument } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";
import { buildIncident } from "../../lib/timeline/build-incident";

interface Art { url: string; lang: "fr" | "en"; text: string; publishedAt: string | null }

function incident(arts: Art[]) {
  const docs: ExtractedDocument[] = arts.map((a, i) => {
    const input = { url: a.url, kind: "news", lang: a.lang, title: "Zorvex", text: a.text, publishedAt: a.publishedAt ? new Date(a.publishedAt) : null, sourceName: null, sourceZone: null } as const;
    return { id: i + 1, url: a.url, title: "Zorvex", kind: "news", lang: a.lang, publishedAt: a.publishedAt, sourceName: null, facts: extractArticle(input) };
  });
  return buildIncident("case", docs, new Date("2026-12-01T00:00:00Z"));
}

// Monday 2026-11-16 in Sydney (UTC+11)
const sydneyPaper: Art = { url: "https://www.harbourpost.com.au/transport/zorvex-transit-readers-fail", lang: "en", publishedAt: "2026-11-16T05:30:00Z",
  text: "Commuters across Sydney travelled for free this afternoon after Zorvex Transit card readers failed. The problems began around 2.40pm, when readers on buses started showing errors." };
const undatedEn = (sentence: string): Art => ({ url: "https://commuterwire.com.au/zorvex-transit-back", lang: "en", publishedAt: null,
  text: `${sentence} Zorvex Transit said the outage was caused by a faulty software update, which was reversed.` });

test("an undated English follow-up's clock on a named weekday ends the outage on that weekday's date", () => {
  const inc = incident([sydneyPaper, undatedEn("The Zorvex Transit network was working normally again just after 7pm on Monday, after card readers failed across Sydney.")]);
  assert.equal(inc.startedAt, "2026-11-16T03:40:00Z");
  assert.equal(inc.endedAt, "2026-11-16T08:00:00Z");
});

test("an undated English follow-up's clock on no day stays unplaced", () => {
  // negative: "at 7pm" alone could be any day
  const inc = incident([sydneyPaper, undatedEn("The Zorvex Transit network was working normally again at 7pm, after card readers failed across Sydney.")]);
  assert.notEqual(inc.endedAt, "2026-11-16T08:00:00Z");
});

// Tuesday 2026-03-10 in Paris (UTC+1)
const parisPaper: Art = { url: "https://www.lequotidiennumerique.fr/banque-lumiere-panne", lang: "fr", publishedAt: "2026-03-10T10:00:00Z",
  text: "Les clients de Banque Lumière ne peuvent plus se connecter à leur application depuis 8 h ce mardi. Les virements échouent, selon de nombreux usagers." };
const undatedFr = (sentence: string): Art => ({ url: "https://www.argent-et-reseaux.fr/banque-lumiere-retour", lang: "fr", publishedAt: null,
  text: `${sentence} La banque évoque une mise à jour défectueuse de son système.` });

test("une suite non datée qui donne l'heure d'un jour de la semaine termine la panne ce jour-là", () => {
  const inc = incident([parisPaper, undatedFr("L'application de Banque Lumière fonctionne de nouveau depuis mardi 15 h 30, après une panne de plusieurs heures.")]);
  assert.equal(inc.startedAt, "2026-03-10T07:00:00Z");
  assert.equal(inc.endedAt, "2026-03-10T14:30:00Z");
});

test("une suite non datée dont l'heure n'a pas de jour ne place rien", () => {
  const inc = incident([parisPaper, undatedFr("L'application de Banque Lumière fonctionne de nouveau depuis 15 h 30, après une panne de plusieurs heures.")]);
  assert.notEqual(inc.endedAt, "2026-03-10T14:30:00Z");
});
