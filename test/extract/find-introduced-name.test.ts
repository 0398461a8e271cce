// Unknown brands introduced by what they are (issue 12, round nine): a kind of service right before
// the name or in an apposition after it names a service, the failed one when nothing else failed;
// a known service inside that kind phrase says what it runs on. Also the brands that are people's
// names too (personName) and services said to have kept working.
import { test } from "node:test";
import assert from "node:assert/strict";
import { outageFacts, roleOf } from "./article-helpers";
import { findIntroducedName } from "../../lib/extract/find-introduced-name";
import { findServices } from "../../lib/extract/find-services";
import { makeTextView } from "../../lib/extract/text-view";

const en = (t: string, x: string) => outageFacts(t, x, { lang: "en" });
const fr = (t: string, x: string) => outageFacts(t, x, { lang: "fr" });
const failed = (f: ReturnType<typeof en>) => f.services.filter((s) => s.role === "failed").map((s) => s.name);
const introduced = (t: string, x: string, lang: "fr" | "en") => {
  const view = makeTextView(t, x, lang);
  return findIntroducedName(view, findServices(view, lang))?.hit.entry.name ?? null;
};

test("a brand named after what it is fails when nothing known did (fr, en)", () => {
  assert.deepEqual(failed(fr("Panne informatique : les clients de la banque Crelan dans le flou", "Les virements sont impossibles depuis lundi soir et l'application refuse toute connexion.")), ["Crelan"]);
  assert.deepEqual(failed(en("Members locked out of their accounts", "Members of the credit union Navy Federal were unable to sign in to online banking on Thursday.")), ["Navy Federal"]);
  assert.deepEqual(failed(fr("Sites inaccessibles toute la matinée", "L'hébergeur genevois Infomaniak a subi une coupure réseau, et les boîtes mail de ses clients ne répondaient plus.")), ["Infomaniak"]);
  assert.deepEqual(failed(en("Card payments fail at small banks", "A failure at payment processor Fiserv declined debit card transactions on Friday.")), ["Fiserv"]);
  assert.deepEqual(failed(en("Merchants unable to take cards", "Payment processor Global Payments suffered a system failure on Friday, and shops could not process cards.")), ["Global Payments"]);
  assert.deepEqual(failed(fr("Les joueurs privés de leurs parties", "Le jeu en ligne Wakfu est injouable depuis la mise à jour de mercredi.")), ["Wakfu"]);
});

test("a known service in the kind phrase is what the brand runs on, not what failed", () => {
  const m = en("Mineplex, a Minecraft server network, goes offline", "The Minecraft server network Mineplex went offline on Monday. Minecraft itself kept working for other servers.");
  assert.deepEqual(failed(m), ["Mineplex"]);
  assert.equal(roleOf(m, "Minecraft"), "mentioned");
  const w = fr("Panne sur Craftopia, le serveur de Minecraft", "Le serveur Craftopia est hors ligne depuis vendredi soir, selon ses administrateurs.");
  assert.deepEqual(failed(w), ["Craftopia"]);
  assert.equal(roleOf(w, "Minecraft"), "mentioned");
  // the game named again before the same kind noun restates the server network
  const r = en("Blockville down as Minecraft server hit by DDoS", "Blockville, a Minecraft MMORPG server, was knocked offline on Friday by a DDoS attack.");
  assert.deepEqual(failed(r), ["Blockville"]);
  // with no server network introduced, the game's servers are the game's
  assert.deepEqual(failed(en("Minecraft servers down worldwide", "Minecraft players could not log in on Friday, Mojang said.")), ["Minecraft"]);
});

test("not a brand introduced: an owner after the kind noun, a country, a known name, a failed known service", () => {
  assert.equal(introduced("Le jeu de Blizzard en panne", "Les joueurs ne peuvent plus se connecter.", "fr"), null);
  assert.equal(introduced("La banque de France alerte", "Des paiements échouent.", "fr"), null);
  assert.equal(introduced("Outage at the bank Barclays", "Customers could not log in.", "en"), null);
  assert.equal(introduced("Incendie chez OVH", "Selon le site spécialisé Webstatz, l'hébergeur abrite 3 % des sites.", "fr"), null);
  assert.equal(introduced("Cloud outage", "According to the website Hostwatch, the provider hosts one site in ten.", "en"), null);
  // a known service failing outside the kind phrase keeps the reading: the game is its customer
  const a = en("AWS outage takes down the game Valheim", "A failure in Amazon Web Services' Virginia region on Tuesday took many services offline.");
  assert.ok(failed(a).includes("AWS"));
  assert.ok(!failed(a).includes("Valheim"));
});

test("a kind word written before a name with an article is no part of it; capitalised without one it may be", () => {
  assert.deepEqual(failed(fr("L'hébergeur Infomaniak victime d'une panne", "Les sites de ses clients sont inaccessibles.")), ["Infomaniak"]);
  assert.deepEqual(failed(fr("Banque Populaire en panne", "Les clients ne peuvent plus consulter leurs comptes.")), ["Banque Populaire"]);
});

test("a brand that is also a person's name counts bare only away from other names and people's descriptions", () => {
  const has = (t: string, x: string, lang: "fr" | "en", name: string) => findServices(makeTextView(t, x, lang), lang).some((h) => h.entry.name === name);
  assert.ok(has("Schwab outage leaves traders unable to place orders", "Clients could not trade.", "en", "Charles Schwab"));
  assert.ok(has("Chase Customers Locked Out Of Online Banking", "The bank is working on it.", "en", "Chase"));
  assert.ok(has("Lydia : les paiements bloqués", "Les utilisateurs ne peuvent plus envoyer d'argent.", "fr", "Lydia"));
  assert.ok(has("Panne", "Lydia, l'application de paiement, ne répond plus.", "fr", "Lydia"));
  assert.ok(!has("Davos", "Klaus Schwab opened the forum on Monday.", "en", "Charles Schwab"));
  assert.ok(!has("Maryland", "A power cut hit Chevy Chase on Monday night.", "en", "Chase"));
  assert.ok(!has("Panne de la Société Générale", "Lydia, 34 ans, n'a pas pu retirer d'argent.", "fr", "Lydia"));
  assert.ok(!has("Outage", "Chase Elliott said the race went on.", "en", "Chase"));
});

test("a service that kept working was spared; one that kept working on a fix was not", () => {
  const k = en("Hypixel servers down", "Hypixel went down on Sunday and Minecraft itself kept working for other servers.");
  assert.equal(roleOf(k, "Minecraft"), "mentioned");
  const c = fr("Panne chez Orange", "Le réseau SFR a continué de fonctionner pendant la panne.");
  assert.equal(roleOf(c, "SFR"), "mentioned");
  const f = en("Cloudflare outage takes sites down", "Cloudflare suffered an outage on Tuesday and continued to work on a fix through the evening.");
  assert.equal(roleOf(f, "Cloudflare"), "failed");
});

test("sparing words spare the name right before them, not an earlier failed one outside a list (fr, en)", () => {
  const o = fr("Panne du réseau Orange", "Les appels sont impossibles chez Orange depuis midi et le réseau SFR n'a pas été touché.");
  assert.equal(roleOf(o, "Orange"), "failed");
  assert.equal(roleOf(o, "SFR"), "mentioned");
  const v = en("Verizon outage", "Calls failed on Verizon all morning while the T-Mobile network was not affected.");
  assert.equal(roleOf(v, "Verizon"), "failed");
  assert.equal(roleOf(v, "T-Mobile"), "mentioned");
  // a list shares its sparing words
  const b = fr("Bouygues Telecom en panne", "Les abonnés de Bouygues Telecom n'ont plus de réseau ; Free et SFR n'ont pas été touchés.");
  assert.equal(roleOf(b, "SFR"), "mentioned");
});

// round thirteen: a name the title itself names is a service beside a known one failing with it
// (the bank beside the payment rail it could not reach), but a product named only in the body is
// the failed service's own
test("an unknown name the title names, introduced or recurring, fails beside a known failed service (fr, en)", () => {
  const a = en("Zorvex bank app goes dark, PayPal payments fail for thousands", "Customers of Zorvex, the online bank with two million accounts, could not log in or pay with PayPal on Tuesday. The bank said it was working to restore service.");
  assert.ok(failed(a).includes("Zorvex"), JSON.stringify(a.services));
  const b = en("Kelvo restores app after six-hour disruption", "Kelvo said on Tuesday evening that its app and Apple Pay payments were working normally again after a six-hour outage. Customers of Kelvo had been unable to move money. A spokesperson said Kelvo would refund late fees. Kelvo was founded in 2019.");
  assert.ok(failed(b).includes("Kelvo"), JSON.stringify(b.services));
  const c = fr("Panne chez Zorvex : l'application et les paiements PayPal hors service", "Les clients de Zorvex, la néobanque lyonnaise, ne pouvaient plus se connecter ni payer avec PayPal mardi matin. La banque dit chercher la cause.");
  assert.ok(failed(c).includes("Zorvex"), JSON.stringify(c.services));
  const d = fr("Kelvo rétablit son application après six heures de panne", "Kelvo a annoncé mardi soir que son application et les paiements Apple Pay fonctionnaient de nouveau après une panne de six heures. Les clients de Kelvo ne pouvaient plus payer. Selon un porte-parole, Kelvo remboursera les frais. Kelvo revendique deux millions de clients.");
  assert.ok(failed(d).includes("Kelvo"), JSON.stringify(d.services));
});

test("not beside a known failed service: a product named only in the body, a name the title gives as a customer (fr, en, negative)", () => {
  const a = fr("BNP Paribas : l'application et le site inaccessibles ce jeudi", "Les clients de BNP Paribas n'ont pas pu consulter leurs comptes ce jeudi matin. Depuis 8 heures, l'application Zénith Mobile et le site affichaient un message d'erreur.");
  assert.deepEqual(failed(a), ["BNP Paribas"]);
  const b = en("Revolut app down for hours", "Revolut customers could not log in on Thursday. Since 8 a.m. the app Pocket Zorvex and the website showed an error message.");
  assert.deepEqual(failed(b), ["Revolut"]);
  const c = en("PayPal outage leaves Zorvex shoppers unable to pay", "A PayPal outage on Friday left shoppers at Zorvex, the online marketplace, unable to check out. Zorvex itself was working.");
  assert.ok(!failed(c).includes("Zorvex"), JSON.stringify(c.services));
});

test("a legal form after the name is no part of it, and the apposition after it still introduces it (fr, en)", () => {
  assert.equal(introduced("Bad day at the edge", "Zorvex B.V., the Dutch content delivery network, had a rough Tuesday as errors spread.", "en"), "Zorvex");
  assert.equal(introduced("Sites down for hours", "Kelvo GmbH, a German web host, went offline on Monday.", "en"), "Kelvo");
  assert.equal(introduced("Sites inaccessibles", "Zorvex SAS, l'hébergeur lyonnais, a subi une coupure mardi.", "fr"), "Zorvex");
  assert.equal(introduced("Panne réseau", "Kelvo N.V., le réseau de diffusion de contenu belge, est en panne depuis ce matin.", "fr"), "Kelvo");
  // no apposition of a kind after the legal form
  assert.equal(introduced("Sites down", "Zorvex B.V. said on Tuesday it was investigating errors.", "en"), null);
  assert.equal(introduced("Sites inaccessibles", "Zorvex SAS, qui emploie 40 personnes, enquête.", "fr"), null);
});

test("a content delivery network or a cloud provider is a kind of service (fr, en)", () => {
  assert.equal(introduced("Websites fail", "A failure at the content delivery network Zorvex took thousands of sites offline.", "en"), "Zorvex");
  assert.equal(introduced("Websites fail", "Errors at CDN provider Kelvo took shops offline on Friday.", "en"), "Kelvo");
  assert.equal(introduced("Sites en panne", "Une panne du réseau de diffusion de contenu Zorvex a rendu des milliers de sites inaccessibles.", "fr"), "Zorvex");
  assert.equal(introduced("Sites en panne", "Le fournisseur cloud Kelvo a subi une coupure mardi.", "fr"), "Kelvo");
  // a network with no kind of service ("le réseau de Zorvex") introduces nothing
  assert.equal(introduced("Sites en panne", "Une panne sur le réseau de Zorvex a rendu des sites inaccessibles.", "fr"), null);
});

test("a status page's title names a component, not a service beside the page's own (en, fr, negative)", () => {
  const status = { kind: "status" as const, sourceName: "Zorvex Status" };
  const a = outageFacts("Sync operations and Webhooks degraded", "Resolved - All Dropbox services are operating normally. Monitoring - Sync operations are succeeding again. Investigating - We are investigating failed Sync operations and Webhooks errors. Sync jobs may fail.", { ...status, lang: "en" });
  assert.ok(!a.services.some((s) => s.name === "Sync"), JSON.stringify(a.services));
  const b = outageFacts("Opérations Sync et Webhooks dégradées", "Résolu - Tous les services Dropbox fonctionnent normalement. Surveillance - Les opérations Sync réussissent de nouveau. Enquête - Nous enquêtons sur des échecs des opérations Sync et des erreurs Webhooks. Les tâches Sync peuvent échouer.", { ...status, lang: "fr" });
  assert.ok(!b.services.some((s) => s.name === "Sync"), JSON.stringify(b.services));
});

test("a country's possessive in the apposition introduces the service; another firm's does not", () => {
  assert.equal(introduced("Shoppers stranded as sale opens", "Kalimart, Kenya's biggest online marketplace, went offline on Monday as the sale opened.", "en"), "Kalimart");
  assert.equal(introduced("Sale day outage", "Dunova, Brazil's second-largest digital bank, said its app failed for two hours.", "en"), "Dunova");
  // a firm's product, a person before a role, a city before what it is: no service
  assert.equal(introduced("Orders failed", "Paxly, Acme's delivery app, and the rest went down.", "en"), null);
  assert.equal(introduced("Orders failed", "Amina Kouyaté, chief executive, said the site failed for two hours.", "en"), null);
  assert.equal(introduced("Panne à Casablanca", "Casablanca, la capitale économique, a vécu une matinée sans paiement par carte.", "fr"), null);
});
