// An operator group's outage in one country is its national subsidiary's, named alike in French and English.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findServices } from "../../lib/extract/find-services";
import { outletCountry } from "../../lib/extract/national-networks";
import { makeTextView } from "../../lib/extract/text-view";

const names = (title: string, body: string, lang: "fr" | "en" = "en") => [...new Set(findServices(makeTextView(title, body), lang).map((h) => h.entry.name))];

test("a group's outage placed in one foreign country is its national network, named as brands there write it (fr, en)", () => {
  assert.deepEqual(names("Perte de réseau au Soudan : l'opérateur MTN en panne", "Les abonnés de MTN n'ont plus de réseau.", "fr"), ["MTN Sudan"]);
  assert.deepEqual(names("MTN outage in Sudan", "MTN customers lost service."), ["MTN Sudan"]);
  assert.deepEqual(names("Orange outage in Ivory Coast", "Subscribers could not call."), ["Orange Côte d'Ivoire"]);
  assert.deepEqual(names("Panne d'Orange en Côte d'Ivoire", "Les abonnés ne pouvaient plus appeler.", "fr"), ["Orange Côte d'Ivoire"]);
  // the country written right after the name, in either language, gives the same name
  assert.deepEqual(names("Airtel Chad down", "Calls failed."), ["Airtel Tchad"]);
  assert.deepEqual(names("Vodafone UK outage", "Customers lost signal."), ["Vodafone UK"]);
});

test("a group at home, in several countries, or an operator of one country keeps its own name", () => {
  assert.deepEqual(names("Panne géante chez Orange en France", "Les abonnés d'Orange privés d'internet.", "fr"), ["Orange"]);
  assert.deepEqual(names("MTN outage in Ghana and Nigeria", "MTN customers in Nigeria lost service; in Ghana too."), ["MTN"]);
  assert.deepEqual(names("Safaricom outage in Kenya", "M-Pesa was down."), ["Safaricom", "M-Pesa"]);
  // a country far from the name in its sentence, or in another sentence, does not place its outage
  assert.deepEqual(names("Panne d'internet", "Selon les opérateurs dont le géant MTN, il s'agit d'un incident sur le câble sous-marin qui relie l'Afrique du Sud au Royaume-Uni.", "fr"), ["MTN"]);
  assert.deepEqual(names("MTN outage", "Customers lost service. Meanwhile in Sudan, fighting went on."), ["MTN"]);
});

test("a text naming a group's national network means it by the group's bare name too (fr, en)", () => {
  assert.deepEqual(names("Vodafone Portugal hit by a cyberattack", "Vodafone said its 4G network was down; in Italy, Vodafone is selling its unit."), ["Vodafone Portugal"]);
  assert.deepEqual(names("Panne chez Orange Sénégal", "Orange a présenté ses excuses à ses abonnés.", "fr"), ["Orange Sénégal"]);
  // two national networks named: the bare name stays the group's
  assert.deepEqual(names("MTN Ghana and MTN Nigeria down", "MTN blamed a cable cut."), ["MTN Ghana", "MTN Nigeria", "MTN"]);
  // a company that is no operator group with subsidiaries keeps its name beside a country-named account
  assert.deepEqual(names("BlackBerry outage", "BlackBerry UK apologised; BlackBerry said service was back."), ["BlackBerry", "BlackBerry UK"]);
});

test("a country the title places a group's outage in outweighs another named in the text (en, fr)", () => {
  assert.deepEqual(names("Vodafone under attack in Portugal", "While in Italy Vodafone is selling its unit, Vodafone confirmed the outage."), ["Vodafone Portugal"]);
  assert.deepEqual(names("Panne de MTN au Cameroun", "Au Nigeria, MTN a lancé une offre; MTN promet un retour du réseau ce soir.", "fr"), ["MTN Cameroun"]);
  // without the title placing it, two countries leave the group's own name
  assert.deepEqual(names("Vodafone outage", "In Italy Vodafone is selling its unit; in Portugal Vodafone confirmed the outage."), ["Vodafone"]);
});

test("a text naming no country, from an outlet of one country where the group runs a network, is about that country's network (fr, en)", () => {
  const from = (source: string, title: string, body: string, lang: "fr" | "en") => [...new Set(findServices(makeTextView(title, body), lang, outletCountry(source)).map((h) => h.entry.name))];
  assert.deepEqual(from("Le Quotidien (Sénégal)", "Perturbations du réseau Orange", "Les abonnés d'Orange sont privés d'internet depuis ce matin à Thiès et à Kaolack.", "fr"), ["Orange Sénégal"]);
  assert.deepEqual(from("Daily Monitor Uganda", "MTN network down", "MTN customers could not make calls for five hours on Monday.", "en"), ["MTN Uganda"]);
  // the group's home country, a country it has no network in, a text that names a country, an outlet of no one country
  assert.deepEqual(from("The Hindu (India)", "Airtel network down", "Airtel users could not make calls on Monday.", "en"), ["Airtel"]);
  assert.deepEqual(from("Le Soir (Belgique)", "MTN en panne", "Les clients de MTN n'avaient plus de réseau lundi.", "fr"), ["MTN"]);
  assert.deepEqual(from("Le Quotidien (Sénégal)", "Orange en panne au Mali", "Les abonnés d'Orange sont privés d'internet.", "fr"), ["Orange Mali"]);
  assert.deepEqual(from("Africa News", "MTN network down", "MTN customers could not make calls on Monday.", "en"), ["MTN"]);
});

test("an outlet's country is the one country its name writes", () => {
  assert.equal(outletCountry("Alwihda Info (Tchad)"), "Chad");
  assert.equal(outletCountry("BizNews Kenya"), "Kenya");
  assert.equal(outletCountry("France 24"), "France");
  assert.equal(outletCountry("Euro-Africa (France, Sénégal)"), null);
  assert.equal(outletCountry(null), null);
});
