// A title or lead presenting the outage as another one of the service (own phrasings, both languages).
import test from "node:test";
import assert from "node:assert/strict";
import { tellsRepeat } from "../../lib/extract/tells-repeat";
import { makeTextView } from "../../lib/extract/text-view";

const repeats = (title: string, text: string, lang: "fr" | "en") => tellsRepeat(makeTextView(title, text, lang));

test("a lead that calls the outage another one of the service is a repeat, in both languages", () => {
  assert.equal(repeats("Free : les box privées d'internet", "Les Freebox ont perdu leur connexion mercredi soir dans toute la France. C'est la deuxième panne de l'opérateur en dix jours.", "fr"), true);
  assert.equal(repeats("", "Une coupure a touché Bouygues Telecom le 9 mai au matin. Il s'agit de la troisième panne du réseau depuis le début de l'année.", "fr"), true);
  assert.equal(repeats("Steam unreachable for gamers", "Valve's Steam store went down for the second time this month on Sunday evening.", "en"), true);
  assert.equal(repeats("Banking app unavailable", "Customers of the bank could not log in on Friday, in another outage of its mobile app. Payments were delayed.", "en"), true);
  // the title alone, as before
  assert.equal(repeats("Nouvelle panne pour la SNCF Connect", "Les voyageurs ne pouvaient plus réserver de billets ce jeudi.", "fr"), true);
});

test("the same words deep in the body, recovery words, and a plain outage lead are no repeat", () => {
  const history = "Les abonnés ne pouvaient plus appeler ce lundi. L'opérateur parle d'un incident technique. Le service est revenu vers midi. En 2019, une autre panne avait déjà privé le réseau d'appels.";
  assert.equal(repeats("Orange : appels impossibles", history, "fr"), false);
  const historyEn = "Players could not join matches on Tuesday. The studio blamed a database fault. Service was back by noon. Back in 2020, a second outage had hit the game within a week.";
  assert.equal(repeats("Game servers down", historyEn, "en"), false);
  assert.equal(repeats("La messagerie fonctionne de nouveau", "Le service de messagerie est de nouveau accessible depuis 14 heures.", "fr"), false);
  assert.equal(repeats("Webmail back up again", "The webmail is working again after a morning outage.", "en"), false);
  assert.equal(repeats("Outage at the tax portal", "The tax portal was unreachable on Monday morning as the filing deadline neared.", "en"), false);
});
