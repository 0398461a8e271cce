import { test } from "node:test";
import assert from "node:assert/strict";
import { findUnnamedService } from "../../lib/extract/find-unnamed-service";
import { makeTextView } from "../../lib/extract/text-view";
import { brandOwner } from "../../lib/extract/whole-brand-name";
import { facts } from "./article-helpers";

const unnamed = (title: string, text = "") => findUnnamedService(makeTextView(title, text))?.entry.name ?? null;
const failed = (title: string, text: string) => facts(title, text).services.filter((s) => s.role === "failed").map((s) => s.name);

test("a trade or kind word the body writes capitalised beside an unknown name is part of its brand", () => {
  assert.deepEqual(failed("Zorvex Fibre down across the capital", "Customers of Zorvex Fibre lost their connection on Monday morning. The operator said engineers were on site."), ["Zorvex Fibre"]);
  assert.deepEqual(failed("Kelmora Broadband customers offline for hours", "Thousands of homes served by Kelmora Broadband were cut off on Tuesday. The company blamed a cable fault."), ["Kelmora Broadband"]);
  assert.deepEqual(failed("Panne chez Vantelo Mobile ce matin", "Depuis ce matin, les abonnés de Vantelo Mobile ne peuvent plus naviguer sur Internet. L'opérateur évoque un incident technique."), ["Vantelo Mobile"]);
  assert.deepEqual(failed("Panne du Portail Famille : les inscriptions suspendues", "Mardi, le Portail Famille est resté inaccessible toute la matinée. Les parents n'ont pas pu inscrire leurs enfants."), ["Portail Famille"]);
});

test("a product word written in lower case, an acronym, or a part after the name stays outside it", () => {
  assert.deepEqual(failed("Zorvex Fibre down across the capital", "Zorvex fibre customers lost their connection on Monday morning. Zorvex said engineers were on site."), ["Zorvex"]);
  assert.deepEqual(failed("Zorvex TV down for subscribers", "Zorvex TV subscribers saw a black screen on Monday evening. Zorvex said the fault was fixed overnight."), ["Zorvex"]);
  assert.deepEqual(failed("Panne chez Vantelo ce matin", "Depuis ce matin, les abonnés mobiles de Vantelo ne peuvent plus naviguer sur Internet. Vantelo évoque un incident technique."), ["Vantelo"]);
  assert.deepEqual(failed("Kelmora App down for hours", "The Kelmora App would not open on Tuesday. Kelmora said a faulty release was to blame."), ["Kelmora"]);
});

test("a region between the name and the failure word, or after its owner's possessive, is not part of the name", () => {
  assert.equal(unnamed("Drakmoor EU servers knocked offline"), "Drakmoor");
  assert.equal(unnamed("Drakmoor's European servers down after attack"), "Drakmoor");
  assert.equal(unnamed("Quick update", "Les serveurs européens de Drakmoor sont en panne depuis ce matin."), "Drakmoor");
  assert.equal(unnamed("Zorvex US outage hits payments"), "Zorvex");
  // a name of two words stays whole
  assert.equal(unnamed("Ecole Directe down again"), "Ecole Directe");
  assert.equal(unnamed("Kelmora Games's servers down"), "Kelmora Games");
});

test("a brand introduced between commas before its failure, or its users', is the failed service", () => {
  assert.equal(unnamed("Vantelo, le service de paiement mobile, en panne ce lundi"), "Vantelo");
  assert.equal(unnamed("Quick update", "Les clients de Vantelo, la néobanque lyonnaise, ne peuvent plus payer depuis ce matin."), "Vantelo");
  assert.equal(unnamed("Kelmora, the payments startup, is down"), "Kelmora");
  assert.equal(unnamed("Quick update", "Customers of Kelmora, the Dublin lender, were unable to log in on Friday."), "Kelmora");
  // an aside without an article, or a place between commas, introduces no brand
  assert.equal(unnamed("Lundi, vers midi, en panne sèche sur l'autoroute"), null);
  assert.equal(unnamed("Quick update", "Friday, as expected, was down on the week before."), null);
});

test("a headline opening on the failure noun before its topic, or closing on a trade word, names the brand", () => {
  assert.deepEqual(failed("Panne Vantelo : la direction s'excuse", "Les clients de Vantelo n'ont pas pu payer lundi. Vantelo promet un geste commercial."), ["Vantelo"]);
  assert.deepEqual(failed("Outage Kelmora: what we know", "Kelmora customers could not pay on Monday. Kelmora promised refunds."), ["Kelmora"]);
  assert.deepEqual(failed("Zorvex Mobile : Internet coupé pour des milliers d'abonnés", "Depuis ce matin, les abonnés de Zorvex Mobile n'ont plus accès aux données. Zorvex Mobile promet un retour rapide."), ["Zorvex Mobile"]);
  // the failure noun before a place or a generic word names no service
  assert.deepEqual(failed("Panne Internet : nos conseils", "Quand la box ne répond plus, redémarrez-la. Vérifiez les câbles."), []);
});

test("a provider's cloud the body writes capitalised with its name is its brand; in lower case it is its part", () => {
  assert.deepEqual(failed("Zorvex Cloud outage takes down hosted shops", "Zorvex Cloud suffered an outage on Tuesday. Customers of Zorvex Cloud said their virtual machines were unreachable."), ["Zorvex Cloud"]);
  assert.deepEqual(failed("Panne géante chez Kelmora Cloud", "Depuis ce matin, les clients de Kelmora Cloud ne peuvent plus joindre leurs serveurs. Kelmora Cloud évoque un incident électrique."), ["Kelmora Cloud"]);
  assert.deepEqual(failed("Zorvex cloud down for hours", "The Zorvex cloud was unreachable on Tuesday. Zorvex said a power fault was to blame."), ["Zorvex"]);
  assert.deepEqual(failed("Panne du cloud de Kelmora", "Le cloud de Kelmora est inaccessible depuis ce matin. Kelmora évoque un incident électrique."), ["Kelmora"]);
});

test("an unknown brand's cloud is its firm's: 'X Cloud' has X as its company, in a story and on its status page (en, fr)", () => {
  assert.equal(brandOwner("Nimbo Cloud"), "Nimbo");
  assert.equal(brandOwner("Nimbo Mobile"), "Nimbo Mobile");
  assert.equal(brandOwner("Cloud"), "Cloud");
  const story = facts("Nimbo Cloud down for hours", "Nimbo Cloud was down for most of Tuesday after a cooling failure; Nimbo Cloud said all regions are back.");
  assert.deepEqual(story.services.filter((s) => s.role === "failed").map((s) => [s.name, s.company]), [["Nimbo Cloud", "Nimbo"]]);
  const page = facts("lis-1: degraded compute — Resolved", "Résolu — 16 h 40. Toutes les instances de lis-1 répondent de nouveau. Enquête — 13 h 05. Certaines instances ne répondent plus.", { sourceName: "Statut de Nimbo Cloud" });
  assert.deepEqual([page.services[0]?.name, page.services[0]?.company], ["Nimbo Cloud", "Nimbo"]);
});

test("an online game or service written capitalised with Online is one brand; Online before a part's own capitalised name is not", () => {
  assert.deepEqual(failed("Drakmoor Online servers down on launch weekend", "Drakmoor Online players could not log in on Saturday. The studio said the realms would be back by the evening."), ["Drakmoor Online"]);
  assert.deepEqual(failed("Zorvex Online Banking down for customers", "Zorvex Online Banking customers could not sign in on Monday. Zorvex said the fault was fixed."), ["Zorvex"]);
  assert.deepEqual(failed("Drakmoor servers down, players stuck", "Drakmoor players could not log in on Saturday, and many went back online only at night."), ["Drakmoor"]);
  assert.equal(brandOwner("Drakmoor Online"), "Drakmoor");
});

test("a short form of a brand the story writes in full elsewhere is the brand; two full forms, or an app's, leave it short", () => {
  assert.deepEqual(failed("Nouvelle panne chez Vantelo ce matin", "Les clients de Vantelo Télécom ont perdu Internet vers 7 heures. La connexion est revenue en fin de matinée."), ["Vantelo Télécom"]);
  assert.deepEqual(failed("Kelmora back online after night outage", "Homes on Kelmora Broadband had no connection from midnight. Service returned at dawn, the company said."), ["Kelmora Broadband"]);
  // a bank and its mobile operator: either may be meant
  assert.deepEqual(failed("Panne chez Vantelo ce matin", "Ni Vantelo Banque ni Vantelo Télécom ne répondaient vers 7 heures. Le service est revenu à midi."), ["Vantelo"]);
  // "Mobile" after the name is most often its app, not the firm
  assert.deepEqual(failed("Zorvex down for hours", "The Zorvex Mobile app would not load on Tuesday. Zorvex said a faulty release was to blame."), ["Zorvex"]);
});
