// Round ten of issue 12: catalogue gaps (airlines, rail apps, a streaming app apart from its
// channel, an agency named as itself), a group's product owned by the national network a story is
// about, and three bystanders (the channel where attackers claimed the attack, the sign-in service
// someone logged in with, an earlier outage said to be unrelated). Own phrasings, both languages,
// with the negative cases that keep each rule from reaching too far.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, makeDoc as makeDocument, outageFacts, roleOf } from "./article-helpers";
import { readDocument } from "../../lib/extract/extract-article";
import { outageFeatures } from "../../lib/extract/score-outage";
import { rankServices } from "../../lib/timeline/rank-services";
import { makeDoc } from "../cluster/fixtures/make-doc";
import type { ArticleFacts } from "../../lib/domain/types";

const en = (t: string, x: string) => outageFacts(t, x, { lang: "en" });
const fr = (t: string, x: string) => outageFacts(t, x, { lang: "fr" });
const names = (f: ArticleFacts) => f.services.map((s) => s.name);

test("an airline whose systems fail is the failed service, in both languages", () => {
  assert.equal(roleOf(fr("Panne informatique chez Air Canada : l'enregistrement bloqué", "Les bornes d'enregistrement de la compagnie ne répondaient plus jeudi matin à Montréal."), "Air Canada"), "failed");
  assert.equal(roleOf(en("WestJet booking system down for hours", "Travellers could not book or change flights on the airline's website on Sunday."), "WestJet"), "failed");
  // the ordinary words an airline's short name is made of are no airline
  assert.deepEqual(names(en("United front against outages", "Delta region residents and American users reported problems with the app.")).filter((n) => /Air|Delta|United|American/.test(n)), []);
});

test("an airline named in a story about flights does not make it an outage story", () => {
  const strike = readDocument(makeDocument("Grève : Air France annule un vol sur deux samedi", "Les pilotes cessent le travail ce week-end ; les passagers sont invités à vérifier leur vol.", { lang: "fr" }));
  assert.deepEqual(strike.hits.map((h) => h.entry.name), ["Air France"]);
  // detection reads the story as it would with no service named (a stopped line, a closed airport)
  const features = outageFeatures(strike.view, strike.hits, strike.cues, false, "fr");
  assert.equal(features.has("r:service"), false);
  assert.equal(features.get("r:transport-no-service"), 1);
  assert.equal(facts("Grève : Air France annule un vol sur deux samedi", "Les pilotes cessent le travail ce week-end ; les passagers sont invités à vérifier leur vol.", { lang: "fr" }).isOutage, false);
  // an app is a service as any other
  const app = readDocument(makeDocument("L'appli SNCF Connect en panne", "Les voyageurs ne peuvent plus réserver.", { lang: "fr" }));
  assert.equal(outageFeatures(app.view, app.hits, app.cues, false, "fr").get("r:service"), 1);
});

test("a rail operator's app is a service by its name in each language; the operator's bare name is its trains", () => {
  assert.deepEqual(names(fr("L'application des CFF en panne à l'heure de pointe", "Impossible d'acheter un billet sur son téléphone ce lundi matin.")), ["SBB Mobile"]);
  assert.deepEqual(names(en("SBB app down during morning rush", "Commuters could not buy tickets on their phones.")), ["SBB Mobile"]);
  assert.deepEqual(names(en("DB Navigator crashes as travellers search for trains", "The app showed errors for two hours.")), ["DB Navigator"]);
  assert.deepEqual(names(fr("Les CFF annoncent des retards après une panne d'aiguillage", "Les trains circulent à nouveau depuis midi.")), []);
});

test("myCANAL is the app, Canal+ the channel and group", () => {
  assert.deepEqual(names(fr("myCANAL en panne pendant le match", "L'application de streaming ne lançait plus aucune vidéo samedi soir.")), ["myCANAL"]);
  assert.deepEqual(names(fr("Canal+ perd les droits de la Ligue 1", "Le groupe a annoncé la fin de l'accord.")), ["Canal+"]);
});

test("HMRC's online services are named as the agency, as the IRS is", () => {
  assert.deepEqual(names(en("HMRC website falls over on deadline day", "Self-assessment filers saw error pages for three hours.")), ["HMRC"]);
});

test("MoMo as written is MTN's mobile money; the word in lower case is not", () => {
  assert.deepEqual(names(fr("MoMo en panne à Kampala", "Les transferts d'argent sont bloqués depuis ce matin.")), ["MTN MoMo"]);
  assert.deepEqual(names(fr("Le momo, ce dessert qui fait fureur", "Une recette venue du Népal.")), []);
});

test("a group's product in a story about one national network is that network's, which gives way to it", () => {
  const a = fr("MoMo inaccessible : la panne de MTN au Ghana se prolonge", "Le service de mobile money de MTN ne répond plus depuis 7 heures au Ghana, a indiqué l'opérateur.");
  const momo = a.services.find((s) => s.name === "MTN MoMo");
  assert.equal(momo?.company, "MTN Ghana");
  const doc = makeDoc({ url: "https://a.example/momo", title: "t", publishedAt: "2026-01-01T10:00:00Z" });
  doc.facts.services = a.services;
  assert.deepEqual(rankServices([doc]).services, ["MTN MoMo"]);
  // with no country, the product stays the group's
  const b = en("MTN MoMo down for hours", "Customers could not send money on Friday.");
  assert.equal(b.services.find((s) => s.name === "MTN MoMo")?.company, "MTN");
});

test("the channel where attackers claimed the attack did not fail (en, fr); a channel that failed still does", () => {
  const a = en("Rail operator's app knocked offline by DDoS", "The SBB app was unreachable for two hours. A hacker group claimed responsibility on Telegram.");
  assert.equal(roleOf(a, "Telegram"), "mentioned");
  const b = fr("Attaque contre le site de la Poste", "Le site de La Poste était inaccessible mardi. Un collectif a revendiqué l'attaque sur X dans la soirée.");
  assert.equal(roleOf(b, "La Poste"), "failed");
  assert.notEqual(roleOf(b, "X"), "failed");
  assert.equal(roleOf(en("Telegram down worldwide", "Telegram failed to load messages for hours on Monday."), "Telegram"), "failed");
});

test("the sign-in service someone logged in with worked; a failed sign-in through it is not said so", () => {
  const a = fr("Le portail des impôts inaccessible", "Le site des impôts ne répondait plus jeudi. « Je me suis connecté avec FranceConnect, puis plus rien », raconte un usager.");
  assert.notEqual(roleOf(a, "FranceConnect"), "failed");
  const b = en("Tax portal down", "The tax portal failed on Thursday. 'I signed in with itsme and then got a blank page,' one reader said.");
  assert.notEqual(roleOf(b, "itsme"), "failed");
  const c = en("FranceConnect down", "Users could not log in with FranceConnect on Thursday morning.");
  assert.equal(roleOf(c, "FranceConnect"), "failed");
});

test("an earlier outage a sentence says is unrelated carries nothing: the subject failed on its own", () => {
  const a = fr("Doctolib inaccessible mardi", "Quelques heures après la coupure qui a touché les abonnés de SFR, et sans aucun lien avec elle, c'est Doctolib qui a cessé de fonctionner.");
  assert.equal(roleOf(a, "Doctolib"), "failed");
  assert.notEqual(roleOf(a, "SFR"), "failed");
  const b = en("Slack down", "Hours after an outage at Verizon, and unrelated to it, Slack stopped loading messages.");
  assert.equal(roleOf(b, "Slack"), "failed");
  assert.notEqual(roleOf(b, "Verizon"), "failed");
  // with no such words, an operator's outage before still carries the service
  const c = fr("Doctolib inaccessible", "Doctolib est inaccessible suite à la coupure chez SFR.");
  assert.equal(roleOf(c, "Doctolib"), "knock-on");
});

test("Belgium's, Switzerland's and Québec's banks and payment apps are known; the words their names share are not", () => {
  assert.deepEqual(names(fr("TWINT en panne : impossible de payer à la caisse", "L'application de paiement mobile ne fonctionnait plus samedi en Suisse.")), ["TWINT"]);
  assert.deepEqual(names(fr("L'application Belfius inaccessible", "Les clients de la banque ne pouvaient plus se connecter lundi.")), ["Belfius"]);
  assert.deepEqual(names(fr("Panne chez BNP Paribas Fortis", "Les virements étaient bloqués mardi.")), ["BNP Paribas Fortis"]);
  // a card scheme's failure carries the banks whose cards go through it
  const a = fr("Panne de Bancontact : les clients de Belfius ne peuvent plus payer", "Le réseau Bancontact est tombé samedi midi dans toute la Belgique.");
  assert.equal(roleOf(a, "Bancontact"), "failed");
  assert.equal(roleOf(a, "Belfius"), "knock-on");
  assert.deepEqual(names(en("KBC reports flooding in Nairobi", "The broadcaster said roads were cut.")), []);
  assert.deepEqual(names(fr("La Banque nationale relève son taux directeur", "La banque centrale a surpris les marchés.")), []);
  assert.deepEqual(names(fr("La Banque Nationale du Canada en panne", "Les clients ne pouvaient plus accéder à leurs comptes.")), ["Banque Nationale"]);
});
