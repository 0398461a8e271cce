// One group's brands failing together are each named ("customers of NatWest, RBS and Ulster Bank"),
// while a product beside its own company still collapses; the catalogue's kinds of round ten's
// second part: hosting providers, instant-payment systems, operators. Own phrasings, fr/en, negatives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { outageFacts } from "./article-helpers";

const en = (t: string, x: string) => outageFacts(t, x, { lang: "en" });
const fr = (t: string, x: string) => outageFacts(t, x, { lang: "fr" });
const failed = (f: ReturnType<typeof en>) => f.services.filter((s) => s.role === "failed").map((s) => s.name).sort();

test("a group's sibling brands named failing are each failed (en, fr)", () => {
  assert.deepEqual(failed(en("Bank customers locked out", "Customers of NatWest, RBS and Ulster Bank could not log in to their accounts on Friday morning.")), ["NatWest", "RBS", "Ulster Bank"].sort());
  assert.deepEqual(failed(en("Banking apps down", "Lloyds and Bank of Scotland customers were unable to use their apps on Tuesday.")), ["Bank of Scotland", "Lloyds Bank"]);
  assert.deepEqual(failed(fr("Panne bancaire", "Les clients du Crédit Mutuel et du CIC ne pouvaient plus se connecter mardi matin.")), ["CIC", "Crédit Mutuel"]);
  // "épargne" in a bank's name spares nothing (the sparing participle 'épargné' is another word)
  assert.deepEqual(failed(fr("Panne chez Banque Populaire et Caisse d'Epargne", "Les clients de la Banque Populaire et de la Caisse d'Epargne ne pouvaient plus accéder à leurs comptes jeudi, a indiqué le groupe BPCE.")), ["Banque Populaire", "Caisse d'Épargne"]);
  // the participle still spares
  const s = fr("Panne chez Banque Populaire", "Les clients de la Banque Populaire sont privés d'appli ; la Caisse d'Epargne a été épargnée.");
  assert.deepEqual(failed(s), ["Banque Populaire"]);
  // "Royal Bank of Scotland" is one bank, not Bank of Scotland inside it
  assert.deepEqual(failed(en("Royal Bank of Scotland app down", "The Royal Bank of Scotland app failed on Monday.")), ["RBS"]);
});

test("kinds of services the catalogue now knows (hosting, instant payments, operators)", () => {
  assert.deepEqual(failed(en("IONOS outage takes websites offline", "Thousands of sites hosted by IONOS went down on Tuesday.")), ["IONOS"]);
  assert.deepEqual(failed(fr("Panne chez Infomaniak", "L'hébergeur Infomaniak a subi une panne de son réseau.")), ["Infomaniak"]);
  assert.deepEqual(failed(en("UPI down across India", "UPI payments failed for hours on Wednesday, NPCI said.")), ["UPI"]);
  assert.deepEqual(failed(en("Pix payments down in Brazil", "Pix payments failed for two hours on Friday.")), ["Pix"]);
  assert.deepEqual(failed(en("iDEAL outage hits Dutch webshops", "Shoppers could not pay with iDEAL on Monday evening.")), ["iDEAL"]);
  assert.deepEqual(failed(fr("Panne de l'appli Wave au Sénégal", "L'application Wave est restée inaccessible toute la matinée.")), ["Wave"]);
  // ordinary words are not those services
  assert.deepEqual(failed(en("Outage hits the first direct flight", "The first direct flight to Lisbon was grounded after a systems outage at the airline's partner.")).includes("First Direct"), false);
  assert.deepEqual(failed(en("Outage during the wave of attacks", "A wave of attacks took the portal down.")).includes("Wave"), false);
});
