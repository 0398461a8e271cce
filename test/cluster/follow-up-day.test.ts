// A follow-up days later (compensation, a summons, a review) that counts its outage back from its
// publication joins that outage, though its bare clocks were read against its own day (issue 12:
// follow-ups split off). Own phrasings, fr and en, two documents per case, through extraction; the
// control is the same follow-up without its count, which the starts read two days late keep apart.
import test from "node:test";
import assert from "node:assert/strict";
import type { DocumentForExtraction, ExtractedDocument } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";
import { indexKeys, lookupKeys } from "../../lib/cluster/index-keys";

let id = 1;
function extracted(url: string, title: string, text: string, publishedAt: string, lang: "fr" | "en"): ExtractedDocument {
  const doc: DocumentForExtraction = { url, kind: "news", lang, title, text, publishedAt: new Date(publishedAt), sourceName: new URL(url).hostname, sourceZone: null };
  return { id: id++, url, title, kind: "news", lang, publishedAt, sourceName: doc.sourceName, facts: extractArticle(doc) };
}

const cases = [
  {
    lang: "fr" as const,
    host: "example.fr",
    report: ["Panne géante chez Bouygues Telecom : appels et internet coupés", "Depuis 8h40 ce mardi, les abonnés de Bouygues Telecom ne peuvent plus appeler ni naviguer sur internet, dans toute la France. L'opérateur évoque une mise à jour défaillante de son cœur de réseau.", "2024-03-05T11:00:00Z"],
    later: ["Bouygues Telecom promet un geste commercial", "2024-03-07T10:00:00Z"],
    count: "Deux jours après la panne qui a privé ses abonnés de réseau, ",
    plain: "Ce jeudi, ",
    rest: "Bouygues Telecom annonce un avoir d'une semaine d'abonnement. L'opérateur rappelle que l'incident a commencé à 8h40 et que le service était rétabli à 15h30.",
  },
  {
    lang: "en" as const,
    // a British outlet: its clocks are read in London time
    host: "example.co.uk",
    report: ["Vodafone outage leaves customers without calls or data", "Vodafone's mobile network went down at 8:40 a.m. on Tuesday, leaving customers across the UK without calls or data. The operator blamed a faulty software update to its core network.", "2024-03-05T11:00:00Z"],
    later: ["Vodafone promises refunds", "2024-03-07T10:00:00Z"],
    count: "Two days after the outage that cut off its customers, ",
    plain: "On Thursday, ",
    rest: "Vodafone said every affected customer would get a week of service for free. The operator said the outage began at 8:40 a.m. and service was back by 3:30 p.m.",
  },
];

test("a follow-up counting its outage back from its publication joins the outage two days before", () => {
  for (const c of cases) {
    const report = extracted(`https://a.${c.host}/${c.lang}`, c.report[0], c.report[1], c.report[2], c.lang);
    const later = extracted(`https://b.${c.host}/${c.lang}`, c.later[0], c.count + c.rest, c.later[1], c.lang);
    assert.equal(later.facts.followUpDay, "2024-03-05", c.lang);
    assert.equal(clusterDocuments([report, later]).length, 1, c.lang);
    // and the index brings them together whichever comes first
    const keys = new Set(indexKeys(report.facts, report.publishedAt));
    assert.ok(lookupKeys(later.facts, later.publishedAt).some((k) => keys.has(k)), c.lang);
  }
});

test("without the count the same follow-up stays apart: the count decides", () => {
  for (const c of cases) {
    const report = extracted(`https://a.${c.host}/${c.lang}`, c.report[0], c.report[1], c.report[2], c.lang);
    const later = extracted(`https://b.${c.host}/${c.lang}`, c.later[0], c.plain + c.rest, c.later[1], c.lang);
    assert.equal(later.facts.followUpDay, undefined, c.lang);
    assert.equal(clusterDocuments([report, later]).length, 2, c.lang);
  }
});

// Counted from the outage's start, with invented services: the follow-up joins its outage; a second
// outage of the same service two weeks later, and another service's outage on the follow-up's
// day, stay apart.
const fromStart = [
  {
    lang: "fr" as const,
    host: "example.fr",
    report: ["Panne chez Zorvex Paie : les cabinets comptables à l'arrêt", "Depuis 7h15 ce lundi, le logiciel de paie en ligne Zorvex Paie est inaccessible pour ses clients. L'éditeur évoque une panne de stockage chez son hébergeur.", "2024-03-04T10:00:00Z"],
    later: ["Les comptables de Zorvex Paie improvisent", "Trente-six heures après le début de la panne, Zorvex Paie n'est toujours pas revenu. L'éditeur promet une réouverture mercredi. Les cabinets ressortent les tableurs.", "2024-03-05T19:30:00Z"],
    other: ["Banque Lumière : l'application en panne", "Depuis 9h ce mardi, l'application de Banque Lumière est inaccessible. Les clients ne peuvent plus consulter leurs comptes.", "2024-03-05T11:00:00Z"],
    again: ["Zorvex Paie de nouveau en panne", "Depuis 8h ce lundi, le logiciel de paie en ligne Zorvex Paie est de nouveau inaccessible. L'éditeur évoque une erreur de configuration.", "2024-03-18T10:00:00Z"],
  },
  {
    lang: "en" as const,
    host: "example.com",
    report: ["Acme Payroll outage leaves accountants stuck", "Acme Payroll, the online payroll service, went down at 7:15 a.m. on Monday, leaving its customers unable to run payslips. The company blamed a storage failure at its host.", "2024-03-04T10:00:00Z"],
    later: ["Acme Payroll customers still waiting", "Thirty-six hours into the outage, Acme Payroll is still down for most customers. The company promised a gradual reopening on Wednesday.", "2024-03-05T19:30:00Z"],
    other: ["Zorvex Bank app down", "The Zorvex Bank app went down at 9 a.m. on Tuesday, leaving customers unable to check their accounts.", "2024-03-05T11:00:00Z"],
    again: ["Acme Payroll down again", "Acme Payroll went down again at 8 a.m. on Monday, leaving customers unable to run payslips. The company blamed a configuration error.", "2024-03-18T10:00:00Z"],
  },
];

test("a follow-up counting hours from the outage's start joins it; the service's outage weeks later and another service's of its day stay apart", () => {
  for (const c of fromStart) {
    const [report, later, other, again] = [c.report, c.later, c.other, c.again].map((x, i) => extracted(`https://${i}.${c.host}/${c.lang}`, x[0], x[1], x[2], c.lang));
    assert.equal(later.facts.followUpDay, "2024-03-04", c.lang);
    const groups = clusterDocuments([report, later, other, again]).map((g) => g.map((d) => d.url).sort());
    assert.deepEqual(groups.find((g) => g.includes(report.url)), [report.url, later.url].sort(), c.lang);
    assert.equal(groups.length, 3, c.lang);
    const keys = new Set(indexKeys(report.facts, report.publishedAt));
    assert.ok(lookupKeys(later.facts, later.publishedAt).some((k) => keys.has(k)), c.lang);
  }
});
