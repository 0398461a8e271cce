// Starts read only to a part of the day or the day ("depuis lundi matin", "on Thursday night",
// "went down on Monday") tell two live reports of one operator a week or more apart from one
// outage, while a long outage told day by day ("still down this morning") stays one incident. Own
// phrasings, through extraction.
import test from "node:test";
import assert from "node:assert/strict";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";
import { documentFeatures } from "../../lib/cluster/document-features";
import { similarityTerms } from "../../lib/cluster/document-similarity";
import { extractedDoc } from "./fixtures/extracted-doc";

const FR = (towns: string, day: string) =>
  `Les abonnés SFR de ${towns} n'ont plus de réseau mobile depuis ${day} matin. L'opérateur parle d'une antenne endommagée et promet un retour à la normale dans la journée.`;
const EN = (city: string, day: string) =>
  `Comcast customers in ${city} lost their home internet on ${day} night. The company blamed a damaged fibre line and said crews were working to restore service.`;

test("two live reports of one operator nine days apart, each with its own morning or night, are two outages", () => {
  const pairs = [
    [extractedDoc("Panne SFR dans le Finistère", FR("Brest et Quimper", "lundi"), "2026-03-02T10:00:00Z", "fr"), extractedDoc("Panne SFR dans les Landes", FR("Dax et Mont-de-Marsan", "mercredi"), "2026-03-11T10:00:00Z", "fr")],
    [extractedDoc("Comcast internet down in Denver", EN("Denver", "Thursday"), "2026-05-08T04:00:00Z", "en"), extractedDoc("Comcast internet down in Tucson", EN("Tucson", "Saturday"), "2026-05-17T05:00:00Z", "en")],
    // a start read to the day alone ("went down on Monday")
    [
      extractedDoc("Cox outage in Phoenix", "Cox internet and cable TV went down across Phoenix on Monday. The provider said a fibre line had been cut and apologised to customers.", "2026-06-01T20:00:00Z", "en"),
      extractedDoc("Cox outage hits Las Vegas", "Cox internet and cable TV went down across Las Vegas on Wednesday. The provider said it was looking into a network fault.", "2026-06-10T20:00:00Z", "en"),
    ],
  ];
  for (const [a, b] of pairs) {
    const t = similarityTerms(documentFeatures(a), documentFeatures(b));
    assert.equal(t.decidedBy, "start", a.title);
    assert.equal(clusterDocuments([a, b]).length, 2, a.title);
  }
});

test("a long outage told day by day, each report with its morning, stays one outage", () => {
  const day1 = extractedDoc("SFR : le réseau mobile en panne", FR("Brest et Quimper", "ce lundi"), "2026-03-02T10:00:00Z", "fr");
  const day3 = extractedDoc(
    "SFR : le réseau mobile toujours en panne",
    "Troisième jour sans réseau mobile pour les abonnés SFR de Brest et de Quimper : la panne a repris ce mercredi matin. L'opérateur parle toujours d'une antenne endommagée.",
    "2026-03-04T10:00:00Z",
    "fr",
  );
  const t = similarityTerms(documentFeatures(day1), documentFeatures(day3));
  assert.notEqual(t.decidedBy, "start");
  assert.equal(clusterDocuments([day1, day3]).length, 1);
});
