// A report whose lead calls its outage another one of the service stays out of the outage it recalls
// days before, however alike the two texts (issue 12: a one-article outage of December 22 that recaps
// the outage of December 7 joined it). Own phrasings, two documents per case, through extraction.
import test from "node:test";
import assert from "node:assert/strict";
import type { DocumentForExtraction, ExtractedDocument } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";

let id = 1;
function extracted(url: string, title: string, text: string, publishedAt: string, lang: "fr" | "en"): ExtractedDocument {
  const doc: DocumentForExtraction = { url, kind: "news", lang, title, text, publishedAt: new Date(publishedAt), sourceName: new URL(url).hostname, sourceZone: null };
  return { id: id++, url, title, kind: "news", lang, publishedAt, sourceName: doc.sourceName, facts: extractArticle(doc) };
}

const FR_FIRST = "Les abonnés de Bouygues Telecom ne pouvaient plus appeler ni envoyer de SMS le 3 février au matin, dans toute la France. L'opérateur évoque un incident sur son cœur de réseau et présente ses excuses à ses clients.";
const FR_LATER = (lead: string) => `Les abonnés de Bouygues Telecom ne pouvaient plus appeler ni envoyer de SMS le 10 février au matin, dans toute la France. ${lead}L'opérateur évoque un incident sur son cœur de réseau et présente ses excuses à ses clients.`;
const EN_FIRST = "Zoom users could not join meetings on March 3 as the video service went down across Europe and North America. The company blamed a faulty database update and apologised to its customers.";
const EN_LATER = (lead: string) => `Zoom users could not join meetings on March 10 as the video service went down across Europe and North America. ${lead}The company blamed a faulty database update and apologised to its customers.`;

const cases = [
  { lang: "fr" as const, first: ["Panne géante chez Bouygues Telecom", FR_FIRST, "2026-02-03T12:00:00Z"], later: ["Bouygues Telecom : les clients privés d'appels", "2026-02-10T12:00:00Z"], lead: "Il s'agit de la deuxième panne de l'opérateur en une semaine. ", plain: "" },
  { lang: "en" as const, first: ["Zoom outage hits meetings", EN_FIRST, "2026-03-03T18:00:00Z"], later: ["Zoom meetings disrupted", "2026-03-10T18:00:00Z"], lead: "It is the second outage of the service in a week. ", plain: "" },
];

test("a lead saying the outage is another one keeps a report from the outage a week before", () => {
  for (const c of cases) {
    const first = extracted(`https://a.example/${c.lang}`, c.first[0], c.first[1], c.first[2], c.lang);
    const text = c.lang === "fr" ? FR_LATER(c.lead) : EN_LATER(c.lead);
    const later = extracted(`https://b.example/${c.lang}`, c.later[0], text, c.later[1], c.lang);
    assert.equal(later.facts.repeat, true, c.lang);
    assert.equal(clusterDocuments([first, later]).length, 2, c.lang);
  }
});

test("without that lead the same two reports join: the lead decides", () => {
  for (const c of cases) {
    const first = extracted(`https://a.example/${c.lang}`, c.first[0], c.first[1], c.first[2], c.lang);
    // the control: the same later text without the repeat sentence joins (so the lead decides above)
    const text = c.lang === "fr" ? FR_LATER(c.plain) : EN_LATER(c.plain);
    const later = extracted(`https://b.example/${c.lang}`, c.later[0], text, c.later[1], c.lang);
    assert.equal(later.facts.repeat, false, c.lang);
    assert.equal(clusterDocuments([first, later]).length, 1, c.lang);
  }
});

test("reports of the same day that call it another outage are still one outage", () => {
  const a = extracted("https://a.example/same", "Panne chez Bouygues Telecom", FR_FIRST, "2026-02-03T12:00:00Z", "fr");
  const b = extracted("https://b.example/same", "Bouygues Telecom encore en panne", FR_FIRST.replace(". ", ". C'est la deuxième panne de l'opérateur en une semaine. "), "2026-02-03T15:00:00Z", "fr");
  assert.equal(b.facts.repeat, true);
  assert.equal(clusterDocuments([a, b]).length, 1);
});
