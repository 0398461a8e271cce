import { test } from "node:test";
import assert from "node:assert/strict";
import { findServices } from "../../lib/extract/find-services";
import { makeTextView } from "../../lib/extract/text-view";
import { facts } from "./article-helpers";

const found = (title: string, text: string, lang: "fr" | "en" = "en") =>
  findServices(makeTextView(title, text), lang).map((h) => `${h.entry.name}/${h.entry.company}`);

test("widely covered services are known with their owners, in English and French", () => {
  assert.deepEqual(found("Roblox and Fortnite down", "Players of both games, and Xbox Live members, could not sign in."),
    ["Roblox/Roblox", "Fortnite/Epic Games", "Xbox Live/Microsoft"]);
  assert.deepEqual(found("Starlink outage", "SpaceX's satellite service and Prime Video were hit."), ["Starlink/SpaceX", "Prime Video/Amazon"]);
  assert.deepEqual(found("Doctolib et Ameli en panne", "Impossible aussi de se connecter à impots.gouv.fr ou à France Travail.", "fr"),
    ["Doctolib/Doctolib", "ameli.fr/Assurance maladie", "impots.gouv/DGFiP", "France Travail/France Travail"]);
  assert.deepEqual(found("", "Disney+ and Canal+ streams froze; Uber Eats and Airbnb apps failed.", "en"),
    ["Disney+/Disney", "Canal+/Canal+", "Uber/Uber", "Airbnb/Airbnb"]);
});

test("ambiguous brand words stay ordinary words", () => {
  assert.deepEqual(found("", "She applied for a visa; a blizzard closed the roads; the uber-rich copilot flew on."), []);
  assert.deepEqual(found("", "The CAF office and cartes Visa", "fr"), ["CAF/CAF", "Visa/Visa"]);
});

test("brand news that is not an outage stays non-outage", () => {
  const cases: [string, string][] = [
    ["Roblox unveils new tools for creators", "The company announced the launch at its developer conference on Friday."],
    ["Mastercard reports quarterly earnings", "Revenue grew in the quarter and profit beat what analysts expected."],
    ["Doctolib lève des fonds", "La start-up annonce un investissement de plusieurs millions d'euros pour sa croissance."],
  ];
  for (const [t, b] of cases) assert.equal(facts(t, b).isOutage, false, t);
});

test("office suites are named product by product, under their full names", () => {
  assert.deepEqual(found("Gmail, Google Drive and Google Docs down", "Google Meet calls dropped and Google Calendar would not load."),
    ["Gmail/Google", "Google Drive/Google", "Google Docs/Google", "Google Meet/Google", "Google Calendar/Google"]);
  assert.deepEqual([...new Set(found("Panne de G Suite", "Les clients de Google Workspace ne pouvaient plus travailler.", "fr"))], ["Google Workspace/Google"]);
  assert.deepEqual([...new Set(found("Teams and Outlook down", "Microsoft Teams calls failed all morning."))], ["Microsoft Teams/Microsoft", "Outlook/Microsoft"]);
});

test("carriers with national outages are known; their ordinary-word names only with capitals", () => {
  assert.deepEqual([...new Set(found("Rogers outage knocks out Canada", "Customers of Rogers and its Fido brand lost mobile service; Bell and Telus said their networks were fine."))],
    ["Rogers/Rogers Communications", "Fido/Rogers Communications", "Bell/BCE", "Telus/Telus"]);
  assert.deepEqual([...new Set(found("AT&T outage", "Verizon and T-Mobile users also reported trouble reaching AT&T customers."))],
    ["AT&T/AT&T", "Verizon/Verizon", "T-Mobile/Deutsche Telekom"]);
  assert.deepEqual(found("", "The church bell rang as rogers and optimists gathered; the bt in the code is a typo."), []);
});

test("Apple's and Google's services are named one by one; Google's search engine named as such is Google Search (en, fr)", () => {
  assert.deepEqual(found("App Store, iMessage and Apple Pay down", "FaceTime calls failed too, while iCloud stayed up."),
    ["App Store/Apple", "iMessage/Apple", "Apple Pay/Apple", "FaceTime/Apple", "iCloud/Apple"]);
  assert.deepEqual(found("Panne du moteur de recherche Google", "Le Play Store et Google Photos fonctionnaient.", "fr"),
    ["Google Search/Google", "Google Play/Google", "Google Photos/Google"]);
  assert.deepEqual(found("Google down", "Google's services failed for an hour."), ["Google/Google", "Google/Google"]);
});

test("banks, payment networks, operators and platforms outages are news about are known (fr, en)", () => {
  assert.deepEqual(found("Panne chez BNP Paribas et au Crédit Agricole", "Les clients de la Banque Postale et de Boursorama aussi.", "fr"),
    ["BNP Paribas/BNP Paribas", "Crédit Agricole/Crédit Agricole", "La Banque Postale/La Poste", "Boursorama/Société Générale"]);
  // "Square" alone is also a word and a game publisher's name (Square Enix): only its longer forms
  assert.deepEqual(found("Square Enix and Cash App down", "Sellers using Square terminals and Lloyds customers could not pay."),
    ["Cash App/Block", "Square/Block", "Lloyds Bank/Lloyds Banking Group"]);
  assert.deepEqual(found("KDDI outage", "Customers of NTT Docomo and SoftBank were not affected; Sosh et RED by SFR non plus."),
    ["KDDI/KDDI", "NTT Docomo/NTT", "SoftBank/SoftBank", "Sosh/Orange", "RED by SFR/Altice"]);
});

test("brand names that are ordinary words stay words in lower case or in other senses", () => {
  assert.deepEqual(found("", "The square was full; a notion of time; a kick in the line; the sky and the tide; chase the ring of the spectrum; three glo sticks."), []);
  assert.deepEqual(found("", "Marie Desjardins, a spokesperson, said the bank had no comment."), []);
  assert.deepEqual(found("", "Offices in Chevy Chase were evacuated; Chase Smith spoke."), []);
  assert.deepEqual(found("Chase bank outage", "The Chase app was down."), ["Chase/JPMorgan Chase", "Chase/JPMorgan Chase"]);
});

test("the tax site named by what it is is impots.gouv; taxes alone are no service (fr)", () => {
  assert.deepEqual(found("Le site des impôts inaccessible", "Des milliers de contribuables n'ont pas pu déclarer leurs revenus mardi soir.", "fr"), ["impots.gouv/DGFiP"]);
  assert.deepEqual(found("", "Le portail des impôts a planté à la veille de la date limite.", "fr"), ["impots.gouv/DGFiP"]);
  assert.deepEqual(found("Baisse des impôts", "Le gouvernement annonce une baisse des impôts sur le revenu.", "fr"), []);
});

test("public services and networks named by what they are: Sony's network, the health insurance's and the railway's sites, the Dutch cable operator (fr, en)", () => {
  assert.deepEqual(found("Le réseau PlayStation est en panne", "", "fr"), ["PlayStation Network/Sony"]);
  assert.deepEqual(found("Le site de l'Assurance maladie est inaccessible", "", "fr"), ["ameli.fr/Assurance maladie"]);
  assert.deepEqual(found("Le site de la SNCF en panne en pleine période de réservations", "", "fr"), ["SNCF Connect/SNCF"]);
  assert.deepEqual(found("Ziggo outage leaves Dutch homes offline", ""), ["Ziggo/VodafoneZiggo"]);
  // the body itself, named as an institution, is not its online service
  assert.deepEqual(found("L'Assurance maladie rembourse mieux les lunettes", "", "fr"), []);
});
