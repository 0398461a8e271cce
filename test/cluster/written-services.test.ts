// A report naming no failed service that writes another report's service counts as naming it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";
import { documentFeatures } from "../../lib/cluster/document-features";
import { writtenServices } from "../../lib/cluster/written-services";
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
