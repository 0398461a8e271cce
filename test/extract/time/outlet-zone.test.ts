import assert from "node:assert/strict";
import { test } from "node:test";
import { outletZone } from "../../../lib/extract/time/outlet-zone";
import { foldText } from "../../../lib/text/fold-text";
import { extractArticle } from "../../../lib/extract/extract-article";
import type { DocumentForExtraction } from "../../../lib/domain/types";

const zoneOf = (doc: { sourceZone?: string | null; sourceName?: string | null; url?: string }, text: string, lang: "fr" | "en") =>
  outletZone({ sourceZone: doc.sourceZone ?? null, sourceName: doc.sourceName ?? null, url: doc.url ?? "http://127.0.0.1:8080/a.html" }, foldText(text), lang);

test("a configured source zone comes first", () => {
  assert.deepEqual(zoneOf({ sourceZone: "Africa/Dakar", sourceName: "Nairobi Daily" }, "", "fr"), { zone: "Africa/Dakar", how: "source" });
});

test("a place in the outlet's name, then the country of its domain", () => {
  assert.equal(zoneOf({ sourceName: "Le Quotidien de Dakar" }, "", "fr")?.zone, "Africa/Dakar");
  assert.equal(zoneOf({ sourceName: "The Lagos Chronicle" }, "", "en")?.zone, "Africa/Lagos");
  assert.equal(zoneOf({ sourceName: "Tribune (Québec)" }, "", "fr")?.zone, "America/Toronto");
  assert.equal(zoneOf({ sourceName: "Daily Wire", url: "https://www.example.co.ke/tech/outage" }, "", "en")?.zone, "Africa/Nairobi");
  assert.equal(zoneOf({ url: "https://nouvelles.example.ca/panne" }, "", "fr")?.zone, "America/Toronto");
  assert.equal(zoneOf({ url: "https://www.example.com.au/news" }, "", "en")?.zone, "Australia/Sydney");
  // negatives: a generic domain, a name without a place or with a language word say nothing
  assert.equal(zoneOf({ sourceName: "Tech Hebdo", url: "https://www.example.com/x" }, "", "fr"), null);
  assert.equal(zoneOf({ sourceName: "RFI English" }, "", "en"), null);
  // in an outlet's name an island's name that is also a first name is the island
  assert.equal(zoneOf({ sourceName: "Le Mauricien (Maurice)" }, "", "fr")?.zone, "Indian/Mauritius");
  // West Africa on universal time beyond the French-speaking countries: Sierra Leone, Liberia, the Gambia
  assert.equal(zoneOf({ sourceName: "Freetown Tribune (Sierra Leone)" }, "", "en")?.zone, "Africa/Abidjan");
  assert.equal(zoneOf({ sourceName: "Le Courrier du Liberia" }, "", "fr")?.zone, "Africa/Abidjan");
  assert.equal(zoneOf({ sourceName: "Daily Post", url: "https://news.example.sl/tech" }, "", "en")?.zone, "Africa/Freetown");
  assert.equal(zoneOf({ sourceName: "The Point", url: "https://thepoint.example.gm/a" }, "", "en")?.zone, "Africa/Banjul");
});

test("places the article keeps naming, when they are a home press region of its language", () => {
  const fr = "Les abonnés de l'opérateur à Abidjan ont perdu internet. En Côte d'Ivoire, les banques ont fermé leurs guichets.";
  assert.equal(zoneOf({}, fr, "fr")?.zone, "Africa/Abidjan");
  const en = "Subscribers across Kenya lost data on Tuesday. Shops in Nairobi could not take mobile payments.";
  assert.equal(zoneOf({}, en, "en")?.zone, "Africa/Nairobi");
  // negatives: a French article about a Californian company, an English one naming Paris, a single
  // mention, and two regions named as often as each other
  assert.equal(zoneOf({}, "Le géant californien, basé en Californie à Menlo Park, a reconnu la panne.", "fr"), null);
  assert.equal(zoneOf({}, "Des clients au Sénégal se sont plaints.", "fr"), null);
  assert.equal(zoneOf({}, "Kenya and Kenyan users, India and Indian shops: both Kenya and India were hit.", "en"), null);
  // "réunion" is a meeting, "Indian Ocean" a sea
  assert.equal(zoneOf({}, "Après une réunion de crise, une seconde réunion a eu lieu.", "fr"), null);
});

test("an English text of unknown place keeps naming one region outside the United States: its clocks are that region's", () => {
  // a French operator's statement translated, a Portuguese carrier told by wire copy
  const paris = "A fire broke out at 1:10 a.m. in the operator's data centre in Lyon. Firefighters in Lyon isolated the site; customers across France lost their sites.";
  assert.equal(zoneOf({}, paris, "en")?.zone, "Europe/Paris");
  const lisbon = "Customers in Lisbon lost mobile data at 9 p.m.; the carrier said services across Portugal were back by morning.";
  assert.equal(zoneOf({}, lisbon, "en")?.zone, "Europe/Lisbon");
  // a country's English name counts as its French name and capital do ("Zambia", "Zambian" beside "Lusaka")
  const lusaka = "Zambian broadband users lost service at dawn; by noon providers in Lusaka said half of Zambia was offline.";
  assert.equal(zoneOf({}, lusaka, "en")?.zone, "Africa/Maputo");
  // negatives: a US company's seat named twice keeps New York's default; one mention; two regions as often
  assert.equal(zoneOf({}, "Meta, based in Menlo Park, California, said the outage began at 11:40 a.m.", "en"), null);
  assert.equal(zoneOf({}, "The provider's data centre in Frankfurt went offline at 3 a.m.", "en"), null);
  assert.equal(zoneOf({}, "Users in Paris and Berlin, then across France and Germany, could not log in.", "en"), null);
  // French stays with its home press regions: a Paris newsroom writes Paris time of events in Portugal
  assert.equal(zoneOf({}, "À Lisbonne et dans tout le Portugal, les clients de l'opérateur ont perdu le réseau vers 21 heures.", "fr"), null);
});

test("extraction reads a translated French operator's clocks in Paris time in an English article", () => {
  const en = extractArticle(doc({
    lang: "en", url: "https://www.example.net/news/fire",
    publishedAt: new Date("2025-02-12T06:00:00Z"),
    title: "Fire at a data centre in Lyon",
    text: "\u201cThis Wednesday, at 1:10 a.m., a fire broke out in one of our Lyon data centres,\u201d the French operator said. Firefighters in Lyon isolated the site.",
  }));
  const utc = en.times.map((t) => (t.time.kind === "instant" ? t.time.utc : null));
  assert.ok(utc.includes("2025-02-12T00:10:00Z"), JSON.stringify(utc)); // 01:10 Paris, not 06:10 New York
});

function doc(over: Partial<DocumentForExtraction>): DocumentForExtraction {
  return { url: "http://127.0.0.1:8080/a.html", kind: "news", lang: null, title: "", text: "", publishedAt: new Date("2025-02-11T12:00:00Z"), sourceName: null, sourceZone: null, ...over };
}

test("extraction reads zone-less clocks in the outlet's zone", () => {
  const fr = extractArticle(doc({
    lang: "fr", sourceName: "Le Soleil du Québec",
    title: "Panne d'internet chez un fournisseur",
    text: "Le service internet du fournisseur est tombé en panne vers 6 h 15 mardi matin. Les clients ont retrouvé la connexion vers 9 h.",
  }));
  const frUtc = fr.times.map((t) => (t.time.kind === "instant" ? t.time.utc : null));
  assert.ok(frUtc.includes("2025-02-11T11:15:00Z"), JSON.stringify(frUtc)); // 6:15 EST, not 6:15 Paris
  const en = extractArticle(doc({
    lang: "en", url: "https://www.example.co.in/tech/outage",
    title: "Mobile network down for thousands",
    text: "The operator's mobile network went down at around 3:30 pm on Tuesday, and calls failed for two hours.",
  }));
  const enUtc = en.times.map((t) => (t.time.kind === "instant" ? t.time.utc : null));
  assert.ok(enUtc.includes("2025-02-11T10:00:00Z"), JSON.stringify(enUtc)); // 15:30 IST
});

test("Québec's regional cities name the province's zone without the province (fr, en)", () => {
  const fr = "Un incendie dans un central de Jonquière prive des milliers de foyers d'Internet. À Chicoutimi, les commerces ne prennent plus les cartes.";
  assert.equal(zoneOf({}, fr, "fr")?.zone, "America/Toronto");
  const fr2 = "Les abonnés de Sherbrooke et de l'Estrie ont perdu le réseau mobile ; à Trois-Rivières, la panne a duré moins longtemps.";
  assert.equal(zoneOf({}, fr2, "fr")?.zone, "America/Toronto");
  const en = "Customers in Gatineau lost their internet service on Tuesday. Businesses in Longueuil could not process card payments.";
  assert.equal(zoneOf({}, en, "en")?.zone, "America/Toronto");
  const en2 = "A cut fibre left Rimouski without mobile data; the Gaspésie was hit too, the operator said.";
  assert.equal(zoneOf({}, en2, "en")?.zone, "America/Toronto");
  // negatives: one mention only, and a French city outnumbering it
  assert.equal(zoneOf({}, "Un abonné de Sherbrooke témoigne de la panne.", "fr"), null);
  assert.equal(zoneOf({}, "À Lyon, à Paris et à Marseille, les abonnés n'ont plus de réseau ; un lecteur de Gatineau aussi.", "fr")?.zone ?? null, null);
});

test("an English possessive still names the place; other apostrophes do not", () => {
  const en = "Clients of one of Australia's biggest lenders were locked out. Shops in Sydney took cash only.";
  assert.equal(zoneOf({}, en, "en")?.zone, "Australia/Sydney");
  const ke = "Kenya's largest carrier lost its data network on Monday, and Nairobi's traders went back to cash.";
  assert.equal(zoneOf({}, ke, "en")?.zone, "Africa/Nairobi");
  // negatives: one possessive alone is a single mention; a place glued to another word by an apostrophe is no place
  assert.equal(zoneOf({}, "Australia's regulator said it was watching.", "en"), null);
  assert.equal(zoneOf({}, "The Kenya'ish brand and the Sydney'based crew were fine.", "en"), null);
});
