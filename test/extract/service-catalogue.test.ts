// The service catalogue: old names, acronyms and products resolve to one entry; kinds and parents
// are declared consistently; ordinary words that are also names stay words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { COUNTRIES } from "../../lib/extract/data/countries";
import { INFRASTRUCTURE_KINDS, SERVICES } from "../../lib/extract/data/services";
import { findServices } from "../../lib/extract/find-services";
import { makeTextView } from "../../lib/extract/text-view";

const names = (title: string, body: string, lang: "fr" | "en" = "en") =>
  findServices(makeTextView(title, body), lang).map((h) => h.entry.name);

test("old names and acronyms resolve to the current entry", () => {
  assert.deepEqual(names("Windows Azure down after leap-day bug", ""), ["Azure"]);
  assert.deepEqual(names("Panne du service VoIP Skype", "Les abonnés de Vidéotron aussi.", "fr"), ["Skype", "Vidéotron"]);
  assert.deepEqual(names("RIM explains the BlackBerry outage", ""), ["BlackBerry", "BlackBerry"]);
  assert.deepEqual(names("Le webmail de Yahoo en panne", "", "fr"), ["Yahoo Mail"]);
});

test("a product and its platform are distinct entries, the product naming its parent", () => {
  assert.deepEqual(names("AWS S3 outage", "Amazon S3 in us-east-1 failed."), ["Amazon S3", "Amazon S3"]);
  const s3 = SERVICES.find((s) => s.name === "Amazon S3")!;
  assert.equal(s3.parent, "AWS");
  for (const s of SERVICES) if (s.parent) assert.ok(SERVICES.some((p) => p.name === s.parent), `${s.name}: unknown parent ${s.parent}`);
});

test("every name is declared once and infrastructure kinds are the carriers", () => {
  const seen = new Set<string>();
  for (const s of SERVICES) {
    assert.ok(!seen.has(s.name), `duplicate ${s.name}`);
    seen.add(s.name);
  }
  assert.ok(INFRASTRUCTURE_KINDS.has(SERVICES.find((s) => s.name === "Cloudflare")!.kind!));
  assert.ok(!INFRASTRUCTURE_KINDS.has(SERVICES.find((s) => s.name === "Reddit")!.kind ?? "platform"));
});

test("ordinary words stay words", () => {
  assert.deepEqual(names("Knock on the front door", "The ace of spades; I am here; the EIG report on growth."), []);
  assert.deepEqual(names("Un écran de télévision", "La télévision de la nuit.", "fr"), []);
});

test("an operator followed by a country names its national network, owned by the operator", () => {
  const hits = findServices(makeTextView("Vodafone Portugal down after cyberattack", "MTN Guinée et Airtel Tchad aussi, selon l'opérateur."), "fr");
  assert.deepEqual(hits.map((h) => h.entry.name), ["Vodafone Portugal", "MTN Guinée", "Airtel Tchad"]);
  assert.equal(hits[0].entry.parent, "Vodafone");
  // the subsidiary's name written with a hyphen is the same name
  assert.deepEqual(names("Orange-Sénégal en panne", "Les abonnés de MTN-Cameroun sans réseau.", "fr"), ["Orange Sénégal", "MTN Cameroun"]);
  assert.deepEqual(names("Airtel-Kenya outage", "Subscribers could not call."), ["Airtel Kenya"]);
  assert.deepEqual(names("Orange-coloured error screens", "Users saw Teams-style pop-ups."), []);
  // a country in lower case is not part of a name; a platform followed by a country is not an operator
  assert.deepEqual(names("Vodafone portugal", "Netflix France was down."), ["Vodafone", "Netflix"]);
});

test("the catalogue is consistent: each alias names one service, every reference resolves", () => {
  const claimed = new Map<string, string>();
  for (const s of SERVICES) {
    for (const a of s.aliases) {
      assert.equal(a, a.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase(), `${s.name}: alias ${a} is not folded`);
      assert.ok(!claimed.has(a) || claimed.get(a) === s.name, `alias ${a} claimed by ${claimed.get(a)} and ${s.name}`);
      claimed.set(a, s.name);
    }
    for (const a of s.exactCase ?? []) {
      const key = `exact:${a}`;
      assert.ok(!claimed.has(key) || claimed.get(key) === s.name, `exact name ${a} claimed by ${claimed.get(key)} and ${s.name}`);
      claimed.set(key, s.name);
    }
    if (s.parent) {
      const parent = SERVICES.find((p) => p.name === s.parent);
      assert.ok(parent, `${s.name}: unknown parent ${s.parent}`);
      assert.notEqual(s.parent, s.name, `${s.name} is its own parent`);
      assert.equal(s.company, parent!.company, `${s.name}: owned by ${s.company}, its parent by ${parent!.company}`);
    }
    if (s.home) assert.ok(s.home in COUNTRIES, `${s.name}: unknown home country ${s.home}`);
    let since = "";
    for (const f of s.formerNames ?? []) {
      assert.match(f.until, /^\d{4}-\d{2}-\d{2}$/, `${s.name}: renaming date ${f.until}`);
      assert.ok(f.until > since, `${s.name}: former names out of order`);
      since = f.until;
    }
  }
});

test("a platform's products reported one by one are entries of their own under it", () => {
  const hits = findServices(makeTextView("BlackBerry outage", "Users could not send messages through BBM or reach the web via BlackBerry Internet Service."), "en");
  assert.deepEqual(hits.map((h) => h.entry.name), ["BlackBerry", "BlackBerry Messenger", "BlackBerry Internet Service"]);
  assert.equal(hits[1].entry.parent, "BlackBerry");
  assert.deepEqual(names("Panne de la messagerie BlackBerry Messenger", "", "fr"), ["BlackBerry Messenger"]);
});

test("a console's online service named by what it is resolves to it (fr, en)", () => {
  assert.deepEqual(names("Les services en ligne de la Nintendo Switch sont en panne", "", "fr"), ["Nintendo Switch Online"]);
  assert.deepEqual(names("The Nintendo Switch's online services are down", ""), ["Nintendo Switch Online"]);
  // the console itself is not its online service
  assert.deepEqual(names("La Nintendo Switch se vend bien", "", "fr"), []);
});

test("public online services, banks and operators the press names by agency or brand are known (en, fr)", () => {
  const names = (title: string, text = "") => findServices(makeTextView(title, text), title.match(/[éèà]/) ? "fr" : "en").map((h) => h.entry.name);
  assert.deepEqual(names("HMRC website down on deadline day"), ["HMRC"]);
  assert.deepEqual(names("IRS Direct File crashes as taxpayers rush to file"), ["IRS"]);
  assert.deepEqual(names("NHS App not working for thousands"), ["NHS App"]);
  assert.deepEqual(names("myGov and Centrelink down for hours"), ["myGov", "Centrelink"]);
  assert.deepEqual(names("Panne chez RBC : les clients de la Banque Royale privés d'accès"), ["RBC", "RBC"]);
  assert.deepEqual(names("Halifax app down: customers locked out"), ["Halifax"]);
  assert.deepEqual(names("TalkTalk broadband outage"), ["TalkTalk"]);
  // the city, a verb-like word and a tax in general are no services
  assert.deepEqual(names("Power cut in Halifax leaves thousands in the dark"), []);
  assert.deepEqual(names("Irish taxes rise"), []);
});
