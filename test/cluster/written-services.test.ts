// A report naming no failed service that writes another report's service counts as naming it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";
import { documentFeatures } from "../../lib/cluster/document-features";
import { withWrittenServices, writtenServices } from "../../lib/cluster/written-services";
import { similarityTerms } from "../../lib/cluster/document-similarity";
import { makeDoc, urlGroups } from "./fixtures/make-doc";

const named = (failed: string[], title = "Outage") => documentFeatures(makeDoc({ url: `https://n.example/${failed.join("-")}`, title, failed }));
const unnamed = (title: string) => documentFeatures(makeDoc({ url: "https://u.example/1", title }));

test("finds the other report's service in a title naming no failed service, fr and en", () => {
  assert.deepEqual([...writtenServices(unnamed("Lumivia Pay : encore une soirée sans virements ?"), named(["Lumivia Pay"])).keys()], ["lumivia pay"]);
  assert.deepEqual([...writtenServices(unnamed("What the Korvel Cloud blackout cost three shops"), named(["Korvel Cloud"])).keys()], ["korvel cloud"]);
});

test("finds nothing for another service, a name inside a longer word, a one-letter name, or a report that names its own service", () => {
  assert.equal(writtenServices(unnamed("Une matinée sans paiements en Wallonie"), named(["Lumivia Pay"])).size, 0);
  assert.equal(writtenServices(unnamed("Korveline users wait for news"), named(["Korvel"])).size, 0);
  assert.equal(writtenServices(unnamed("Ce que X ne dit pas de la panne"), named(["X"])).size, 0);
  // a service whose name is also a word counts only when written as a name, with its capital
  assert.equal(writtenServices(unnamed("Vigilance orange : des milliers de foyers privés d'électricité"), named(["Orange"])).size, 0);
  assert.equal(writtenServices(unnamed("Storm damage: free repairs promised to households"), named(["Free"])).size, 0);
  assert.deepEqual([...writtenServices(unnamed("Ce que les abonnés d'Orange ont vécu mardi"), named(["Orange"])).keys()], ["orange"]);
  const own = documentFeatures(makeDoc({ url: "https://u.example/2", title: "Brightmail and Lumivia Pay down", failed: ["Brightmail"] }));
  assert.equal(writtenServices(own, named(["Lumivia Pay"])).size, 0);
});

test("a report naming no failed service joins the outage of the service it writes, not another outage that day", () => {
  const day = "2026-04-09";
  const pay = [
    makeDoc({ url: "https://a.example/pay-1", title: "Lumivia Pay down: card payments declined across Belgium", publishedAt: `${day}T09:00:00Z`, failed: ["Lumivia Pay"], body: "Card payments were declined at checkout for most of the morning." }),
    makeDoc({ url: "https://b.example/pay-2", lang: "fr", title: "Lumivia Pay : les paiements par carte refusés toute la matinée", publishedAt: `${day}T11:00:00Z`, failed: ["Lumivia Pay"], body: "Les paiements par carte ont été refusés pendant la matinée." }),
  ];
  const mail = [
    makeDoc({ url: "https://c.example/mail-1", lang: "fr", title: "Brightmail : des boîtes de réception vides ce matin chez de nombreux clients", publishedAt: `${day}T08:30:00Z`, failed: ["Brightmail"], body: "Ce matin, les clients ont trouvé leurs boîtes de réception vides, sans aucune confirmation." }),
    makeDoc({ url: "https://d.example/mail-2", lang: "fr", title: "Panne de Brightmail : les boîtes de réception inaccessibles ce matin", publishedAt: `${day}T10:00:00Z`, failed: ["Brightmail"], body: "Les boîtes de réception sont restées inaccessibles ce matin." }),
  ];
  // extraction read no failed service in it: a shopkeeper's letter whose words are of mail (order
  // confirmations that never reached the inboxes) and which writes the payment service's name once
  const letter = makeDoc({
    url: "https://e.example/letter", lang: "fr", publishedAt: `${day}T16:00:00Z`,
    title: "Lettre d'une commerçante : boîtes de réception vides ce matin, la faute à Lumivia Pay",
    body: "Ce matin, les boîtes de réception de mes clients sont restées vides : aucune confirmation de commande, inaccessibles ce matin.",
  });
  const groups = urlGroups(clusterDocuments([...pay, ...mail, letter]));
  const withLetter = groups.find((g) => g.includes("https://e.example/letter"))!;
  assert.deepEqual(withLetter, ["https://a.example/pay-1", "https://b.example/pay-2", "https://e.example/letter"]);
});

test("the pair of such a report and a report of the service it writes counts the service as shared", () => {
  const report = named(["Lumivia Pay"], "Lumivia Pay down: card payments declined");
  const terms = similarityTerms(unnamed("Lumivia Pay : la journée perdue des petits commerçants"), report);
  assert.equal(terms.entity, 1);
  assert.equal(terms.features.has("services:unnamed"), false);
});

test("a report naming its own service counts another report's service it writes as named in passing, fr and en", () => {
  const provider = named(["Nimbora Cloud"], "Nimbora Cloud: degraded availability in one region");
  const shop = documentFeatures(makeDoc({
    url: "https://s.example/shop", lang: "fr", title: "La boutique Tikalo hors ligne depuis midi", failed: ["Tikalo"],
    statements: [{ quote: "Nos serveurs sont hébergés chez un prestataire, Nimbora Cloud, qui a dû couper des machines.", speaker: "le directeur technique", role: null, organisation: null, official: false }],
  }));
  assert.deepEqual([...withWrittenServices(shop, provider).mentioned].sort(), ["nimbora cloud"]);
  assert.equal(similarityTerms(shop, provider).decidedBy, "score");
  assert.ok(similarityTerms(shop, provider).entity > 0);
  const app = documentFeatures(makeDoc({
    url: "https://s.example/app", title: "Ride app Velora stalls during the morning rush", failed: ["Velora"],
    causes: [{ category: "hardware-or-datacenter", summary: "Its database servers run in the Nimbora Cloud region that overheated", status: "reported" }],
  }));
  assert.ok(similarityTerms(app, provider).entity > 0);
});

test("a named report that does not write the other's service, or writes it as a plain word, shares nothing", () => {
  const provider = named(["Nimbora Cloud"], "Nimbora Cloud: degraded availability in one region");
  const other = documentFeatures(makeDoc({
    url: "https://s.example/other", title: "Velora app down for riders", failed: ["Velora"],
    causes: [{ category: "software-bug", summary: "The company blamed a faulty update", status: "reported" }],
  }));
  assert.equal(similarityTerms(other, provider).decidedBy, "service");
  const fruit = documentFeatures(makeDoc({
    url: "https://s.example/fruit", lang: "fr", title: "Panne chez Velora", failed: ["Velora"],
    statements: [{ quote: "la vigilance orange a été levée dans la soirée", speaker: "la préfecture", role: null, organisation: null, official: false }],
  }));
  assert.equal(similarityTerms(fruit, named(["Orange"])).decidedBy, "service");
});

test("a provider's status report and its customers' reports that write its name form one incident, apart from another outage that day", () => {
  const day = "2026-02-17";
  const status = makeDoc({ url: "https://status.nimbora.example/1", title: "Degraded availability in region south-1", kind: "status", publishedAt: `${day}T15:00:00Z`, failed: ["Nimbora Cloud"],
    body: "Cooling units failed in one data hall; hosts were powered down to protect hardware.", times: [{ role: "start", utc: `${day}T08:10:00Z` }] });
  const rides = makeDoc({ url: "https://a.example/rides", title: "Velora rides app stalls across the city", publishedAt: `${day}T11:00:00Z`, failed: ["Velora"],
    body: "Riders could not book trips from mid-morning; the app's servers are hosted by Nimbora Cloud.",
    statements: [{ quote: "Our servers are hosted by Nimbora Cloud and they simply stopped answering.", speaker: "Velora", role: null, organisation: null, official: false }], times: [{ role: "start", utc: `${day}T08:15:00Z` }] });
  const shop = makeDoc({ url: "https://b.example/shop", lang: "fr", title: "La boutique en ligne Tikalo à l'arrêt depuis la matinée", publishedAt: `${day}T13:00:00Z`, failed: ["Tikalo"],
    body: "Les commandes sont impossibles ; l'hébergeur Nimbora Cloud a éteint des machines après une panne de climatisation.",
    statements: [{ quote: "Nos serveurs sont chez Nimbora Cloud, qui a dû éteindre une partie de ses machines.", speaker: "Tikalo", role: null, organisation: null, official: false }], times: [{ role: "start", utc: `${day}T08:10:00Z` }] });
  const bank = makeDoc({ url: "https://c.example/bank", title: "Corvane Bank app down for customers", publishedAt: `${day}T12:00:00Z`, failed: ["Corvane Bank"],
    body: "Customers could not log in to the app from mid-morning.", statements: [{ quote: "We are working to restore access.", speaker: "Corvane Bank", role: null, organisation: null, official: false }], times: [{ role: "start", utc: `${day}T09:00:00Z` }] });
  const groups = urlGroups(clusterDocuments([status, rides, shop, bank]));
  assert.deepEqual(groups, [["https://a.example/rides", "https://b.example/shop", "https://status.nimbora.example/1"], ["https://c.example/bank"]]);
});
