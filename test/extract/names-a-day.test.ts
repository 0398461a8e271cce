import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";
import { namesADay } from "../../lib/extract/names-a-day";
import { foldText } from "../../lib/text/fold-text";

// A report says when its outage happened; a piece about outages in general seldom names a day
// (phrasings written for these tests).

const names = (text: string) => namesADay(foldText(text));

test("a weekday, a day relative to writing, a day of a month, a clock time or 'now' anchors a text in time", () => {
  assert.equal(names("Le service Zorvex était inaccessible mardi."), true);
  assert.equal(names("Les clients de la Banque Lumière n'ont pas pu payer hier soir."), true);
  assert.equal(names("La panne a commencé le 4 octobre vers 14h30."), true);
  assert.equal(names("En ce moment, l'application Zorvex ne répond plus."), true);
  assert.equal(names("Acme's app went down this morning."), true);
  assert.equal(names("The outage began on Oct. 4 at 9:15."), true);
  assert.equal(names("Acme Pay failed at 3pm, its status page said."), true);
  assert.equal(names("Acme Mail is currently down for many users."), true);
  assert.equal(names("Incident report, 2026-03-14: Acme Cloud storage errors."), true);
  assert.equal(names("Le site de Zorvex a cédé le soir de Noël."), true);
  assert.equal(names("Acme Shop buckled under Black Friday traffic earlier this week."), true);
});

test("numbers, years and durations name no day", () => {
  assert.equal(names("Une panne de deux heures coûte en moyenne 300 000 euros aux entreprises."), false);
  assert.equal(names("Les assureurs proposent des contrats depuis 2024 ; 15 % des PME en ont signé un."), false);
  assert.equal(names("Cloud outages cost firms 4.5 billion dollars a year, up 12% since 2023."), false);
  assert.equal(names("Plans start at 10 users and 2 hours of support."), false);
});

// each scores between the model's threshold and the rule's bar by its words alone (checked when written)
const UNDATED: [string, string, "fr" | "en"][] = [
  ["Insurers roll out outage cover for small businesses",
    "Small businesses can now buy insurance that pays a fixed sum when their cloud provider has an outage, with no need to prove a loss. Cover starts after several hours of downtime at a named provider.\n\n" +
    "Brokers say demand grew as more shops moved their tills and websites to hosted services. Premiums depend on how many providers a business relies on and how long it could keep working without them.\n\n" +
    "Planned maintenance and cyberattacks are excluded. Business groups welcomed the product but said the payouts were too low for firms that lose a whole day of sales, and that most owners do not know which provider their software runs on.", "en"],
  ["Tribune : arrêtons de dire que « le cloud est en panne »",
    "Chaque fois qu'une application populaire ne répond plus, on lit que le cloud est en panne. C'est rarement le cas : il s'agit le plus souvent d'un seul hébergeur, d'une seule région ou d'une mise à jour défectueuse.\n\n" +
    "Parler de panne du cloud masque ce qui a vraiment cassé et qui doit le réparer. Les entreprises qui répartissent leurs services sur plusieurs régions continuent de fonctionner quand l'une d'elles flanche.\n\n" +
    "Les clients devraient demander à leurs prestataires ce qui se passe quand un centre de données tombe, et lire les réponses. Le cloud n'est pas une météo qui s'impose à tous.", "fr"],
];

test("a full article about outages in general, naming no day, is no report (insurance cover, an opinion)", () => {
  for (const [title, text, lang] of UNDATED) {
    const f = facts(title, text, { lang });
    assert.equal(f.isOutage, false, title);
    assert.equal(f.notOutageReason, "undated", title);
  }
});

test("a report that names its day, or a short item, or one whose words leave no doubt, stays an outage", () => {
  // the same kind of text once it tells when: a report
  const dated = facts("Zorvex Cloud outage leaves small shops unable to take payments",
    "Small businesses could not take card payments or open their websites on Tuesday morning after Zorvex Cloud had an outage in its Paris region. " +
    "The provider said the failure began at 9:40 and that service was restored shortly after noon.\n\n" +
    "Shop owners said they lost a morning of sales. Zorvex blamed a faulty network update and said it would publish a report.", { lang: "en" });
  assert.equal(dated.isOutage, true);
  const datedFr = facts("Panne chez Zorvex Cloud : des commerçants privés de paiement",
    "Des milliers de commerçants n'ont pas pu encaisser de paiements par carte mardi matin, à cause d'une panne de l'hébergeur Zorvex Cloud. " +
    "L'incident a commencé vers 9h40 et le service a été rétabli en début d'après-midi, selon l'entreprise.\n\n" +
    "Zorvex Cloud met en cause une mise à jour défectueuse de son réseau et promet un rapport détaillé.", { lang: "fr" });
  assert.equal(datedFr.isOutage, true);
  // a short item names no day as often as not
  const short = facts("Acme Mail down for thousands of users", "Acme Mail is down for thousands of users, who cannot send or receive messages. The company said it was investigating.", { lang: "en" });
  assert.equal(short.isOutage, true);
  const shortFr = facts("Panne géante de la messagerie Zorvex", "La messagerie Zorvex est en panne pour des milliers d'utilisateurs, qui ne peuvent plus envoyer de messages. L'entreprise dit enquêter.", { lang: "fr" });
  assert.equal(shortFr.isOutage, true);
});
