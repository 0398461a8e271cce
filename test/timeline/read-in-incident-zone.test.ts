// Bare clocks of an article from an outlet of unknown place, read in the zone the incident's located
// articles give (our own cases, invented services and outlets).
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

const lagosPaper: Art = { url: "https://www.lagosledger.ng/business/zorvex-bank-app-fails", lang: "en", publishedAt: "2026-03-02T10:00:00Z",
  title: "Zorvex Bank customers stranded as mobile app fails",
  text: "Customers of Zorvex Bank were unable to make transfers on Monday after the lender's mobile app and internet banking failed from about 8am. Traders said they had to turn buyers away." };
const restoredOnCom = (clock: string): Art => ({ url: "https://fintechwire.com/2026/03/02/zorvex-bank-restored", lang: "en", publishedAt: "2026-03-02T19:00:00Z",
  title: "Zorvex Bank restores its app",
  text: `Zorvex Bank said its mobile app and internet banking were fully restored at ${clock} on Monday, after a day of failed transfers. The outage began in the morning.` });

test("an English article of unknown place reads its bare clocks in the zone the incident's local paper gives (Lagos, not New York)", () => {
  const inc = incident([lagosPaper, restoredOnCom("5:30pm")]);
  assert.equal(inc.startedAt, "2026-03-02T07:00:00Z");
  assert.equal(inc.endedAt, "2026-03-02T16:30:00Z");
});

test("an English article of unknown place alone, or with a zone written after its clock, keeps its reading", () => {
  // negative: no located article, the language's default stands (New York, UTC-5 in early March)
  assert.equal(incident([restoredOnCom("5:30pm")]).endedAt, "2026-03-02T22:30:00Z");
  // negative: a written zone is the text's own
  assert.equal(incident([lagosPaper, restoredOnCom("5:30pm GMT")]).endedAt, "2026-03-02T17:30:00Z");
});

const montrealPaper: Art = { url: "https://www.lejournaldelest.ca/techno/panne-acme-telecom", lang: "fr", publishedAt: "2026-10-14T15:00:00Z",
  title: "Panne chez Acme Télécom : internet coupé",
  text: "Les clients d'Acme Télécom sont privés d'internet depuis 8 h ce mercredi matin. Des milliers de signalements ont été faits en quelques minutes." };
const frenchSiteOfUnknownPlace = (clock: string): Art => ({ url: "https://www.actu-reseaux.com/acme-telecom-retabli", lang: "fr", publishedAt: "2026-10-14T20:00:00Z",
  title: "Acme Télécom : le service est rétabli",
  text: `Le service internet d'Acme Télécom a été entièrement rétabli vers ${clock} mercredi, selon l'opérateur, après une panne qui a duré une bonne partie de la journée.` });

test("a French article of unknown place reads its bare clocks in the zone of the incident's Québec paper, not Paris's", () => {
  const inc = incident([montrealPaper, frenchSiteOfUnknownPlace("14 h")]);
  assert.equal(inc.startedAt, "2026-10-14T12:00:00Z");
  assert.equal(inc.endedAt, "2026-10-14T18:00:00Z");
});

test("a French article of unknown place keeps Paris's clock when the incident has no located article, or when its clock writes its zone", () => {
  assert.equal(incident([frenchSiteOfUnknownPlace("14 h")]).endedAt, "2026-10-14T12:00:00Z");
  assert.equal(incident([montrealPaper, frenchSiteOfUnknownPlace("20 h, heure de Paris")]).endedAt, "2026-10-14T18:00:00Z");
});
