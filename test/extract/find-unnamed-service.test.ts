import { test } from "node:test";
import assert from "node:assert/strict";
import { findUnnamedService } from "../../lib/extract/find-unnamed-service";
import { makeTextView } from "../../lib/extract/text-view";
import { facts, outageFacts } from "./article-helpers";

const failed = (title: string, text: string) => facts(title, text).services.filter((s) => s.role === "failed").map((s) => s.name);
const unnamed = (title: string, text = "") => findUnnamedService(makeTextView(title, text))?.entry.name ?? null;

test("an unknown service named next to a failure word in the title or lead is the failed service", () => {
  assert.equal(unnamed("Why is Zapier down? Customers locked out"), "Zapier");
  assert.equal(unnamed("Massive outage hits Qonto accounts"), "Qonto");
  assert.equal(unnamed("Wero suffers a nationwide outage"), "Wero");
  assert.equal(unnamed("Panne géante chez Qonto ce matin"), "Qonto");
  assert.equal(unnamed("Lydia en panne : les virements bloqués"), "Lydia");
  assert.equal(unnamed("Le site Pronote inaccessible pour les élèves"), "Pronote");
  assert.equal(unnamed("Quick update", "Ecole Directe est hors service depuis ce matin."), "Ecole Directe");
});

test("generic capitalised words, days, countries, markets and power cuts are never services", () => {
  assert.equal(unnamed("Monday outage: what we know so far"), null);
  assert.equal(unnamed("Internet down across the region"), null);
  assert.equal(unnamed("La France en panne"), null);
  assert.equal(unnamed("Stocks down as markets slide"), null);
  assert.equal(unnamed("Power outage hits Texas"), null);
  assert.equal(unnamed("Panne d'électricité chez Enedis"), null);
  assert.equal(unnamed("Users down tools over pay"), null);
  // an owner is not a service: it keeps the company path it had
  assert.equal(unnamed("Meta outage: what happened"), null);
});

test("only the title and the first two sentences with words are read", () => {
  assert.equal(unnamed("Quick update", "Nothing new here. Nor there. Later in the day Zapier was down for some."), null);
  assert.equal(unnamed("Quick update", "Nothing new here. Later in the day Zapier was down for some."), "Zapier");
});

test("an article about an unknown service failing is detected, with that service failed and owning itself", () => {
  const f = facts("Zapier down for thousands of customers", "The automation tool stopped working on Tuesday morning and came back two hours later.");
  assert.equal(f.isOutage, true, `${f.outageScore} ${f.notOutageReason}`);
  assert.deepEqual(f.services.map((s) => [s.name, s.company, s.role]), [["Zapier", "Zapier", "failed"]]);
  const fr = facts("Pronote inaccessible ce lundi", "Les élèves et les parents ne peuvent plus consulter leurs notes depuis ce matin.");
  assert.equal(fr.isOutage, true, `${fr.outageScore} ${fr.notOutageReason}`);
  assert.equal(fr.services[0]?.name, "Pronote");
});

test("two articles about the same unknown service on the same day share a cluster key", async () => {
  const { indexKeys } = await import("../../lib/cluster/index-keys");
  const a = facts("Zapier down for thousands of customers", "The automation tool stopped working on Tuesday morning.");
  const b = facts("Massive outage hits Zapier", "Workflows failed to run for several hours on Tuesday, the company said.");
  const shared = indexKeys(a, "2024-03-05T20:00:00Z").filter((k) => indexKeys(b, "2024-03-05T20:00:00Z").includes(k));
  assert.ok(shared.includes("zapier|2024-03-05"), JSON.stringify(shared));
});

test("title-cased headlines keep only the name: no headline verbs, adjectives or years", () => {
  assert.equal(unnamed("Zapier Faces Widespread Outage, Leaving Customers Stuck"), "Zapier");
  assert.equal(unnamed("Zapier Suffers Second Major Outage This Week"), "Zapier");
  assert.equal(unnamed("The 2023 Zapier outage, one year on"), "Zapier");
});

test("a technology named as failing is not taken for a service's name", () => {
  assert.equal(unnamed("A Kubernetes outage took half of the site down", "Requests failed for three hours."), null);
  assert.equal(unnamed("Panne DNS : des milliers de sites inaccessibles", "Le résolveur a cessé de répondre."), null);
  assert.equal(unnamed("Zapier outage leaves automations stuck", "Requests failed for three hours."), "Zapier");
});

test("a part of the service or its users may stand between its name and the failure word", () => {
  assert.equal(unnamed("Halifax app down for thousands on payday"), "Halifax");
  assert.equal(unnamed("Fortuneo's app is down again"), "Fortuneo");
  assert.equal(unnamed("Halifax online banking not working this morning"), "Halifax");
  assert.equal(unnamed("Fortuneo customers unable to log in"), "Fortuneo");
  assert.equal(unnamed("L'appli Yuka ne fonctionne plus depuis ce matin"), "Yuka");
  assert.equal(unnamed("Panne de l'application Yuka : impossible de scanner"), "Yuka");
  assert.equal(unnamed("Les serveurs de Skyrock sont en panne"), "Skyrock");
  assert.equal(unnamed("Les clients de la Banque Populaire privés de carte bancaire"), "Banque Populaire");
});

test("people, their titles, devices and list headlines are not the failed service", () => {
  assert.equal(unnamed("Staff not working on Sunday after the strike"), null);
  assert.equal(unnamed("Acme CEO apologises for the outage"), null);
  assert.equal(unnamed("Acme's Smith Calls Email Outage 'Unacceptable'"), null);
  assert.equal(unnamed("10 Famous Outages That Changed the Web"), null);
  assert.equal(unnamed("Mon téléphone ne fonctionne plus"), null);
  assert.equal(unnamed("Les services en ligne de la console Acme Station sont en panne"), null);
  assert.equal(unnamed("My Acme phone not working after the update"), null);
  assert.equal(unnamed("Mobile network down in the north"), null);
});

test("the catalogue helps rather than gates: a known platform named further down does not hide the failed one", () => {
  const f = facts("Panne chez Qonto : les clients privés de paiements", "Depuis ce matin, impossible de payer par carte. Les clients se plaignent en masse sur Twitter.");
  assert.equal(f.services[0]?.name, "Qonto");
  assert.equal(f.services[0]?.role, "failed");
  assert.notEqual(f.services.find((s) => s.name === "X")?.role, "failed");
  // (a bank the catalogue does not know: Halifax itself is now one of its entries)
  const en = facts("Skipton app down for thousands", "Since 8am customers cannot pay by card. Many took to Twitter to complain.");
  assert.equal(en.services[0]?.name, "Skipton");
  // a known service in the headline keeps its capitalised neighbours from being read as another
  const known = facts("Gmail Early Morning Outage", "Gmail was down for two hours on Tuesday.");
  assert.deepEqual(known.services.map((s) => s.name), ["Gmail"]);
});

test("more ways a lead says the unknown service failed, and corporate suffixes left out of its name", () => {
  assert.equal(unnamed("", "Une panne de téléphonie générale chez Telmex a privé des milliers d'abonnés d'appels."), "Telmex");
  assert.equal(unnamed("Telmex Communications hit by a nationwide outage"), "Telmex");
  assert.equal(unnamed("Le service de messagerie Wire est tombé hier soir"), "Wire");
  assert.equal(unnamed("Fortuneo a été touché par une panne importante"), "Fortuneo");
  assert.equal(unnamed("Wire had a lengthy outage on Monday"), "Wire");
  assert.equal(unnamed("Telmex customers reporting widespread outages"), "Telmex");
});

test("a text with no title is read from its first sentence with words, and the failure's own noun phrase is no name", () => {
  assert.equal(unnamed("", "Telmex est en panne depuis ce matin dans tout le pays."), "Telmex");
  assert.equal(unnamed("What Happened During the Outage?"), null);
  assert.equal(unnamed("Nov. 28 outage: the report"), null);
});

test("a year or a length before the failure word, and a CDN or cloud word, are not part of the name", () => {
  assert.equal(unnamed("Zorvex 2021 Outage: what a configuration change did"), "Zorvex");
  assert.equal(unnamed("The Zorvex CDN global outage, explained"), "Zorvex");
  assert.equal(unnamed("Inside the 34-hour outage"), null);
});

test("a known service in the lead's body no longer hides the unknown one the title names; one in the title does", () => {
  const f = facts("Telmex en panne dans tout le pays", "Sur Twitter, des milliers d'abonnés se plaignent de ne plus pouvoir appeler. Le réseau est coupé depuis 8 heures.");
  assert.equal(f.services.find((s) => s.role === "failed")?.name, "Telmex");
  const known = facts("Gmail down: a 12-hour outage", "Gmail was down for twelve hours on Tuesday.");
  assert.deepEqual(known.services.map((s) => s.name), ["Gmail"]);
});

test("times and prepositions a title-cased headline capitalises are no name, so the body is read", () => {
  assert.equal(unnamed("Telmex Offering Credit For Last Week’s Massive Outage", "Telmex had a massive outage last week."), "Telmex");
  assert.equal(unnamed("Credit For Last Week’s Massive Outage"), null);
  assert.equal(unnamed("Après La Panne De Mardi, Les Abonnés Attendent"), null);
});

test("more ways a title or lead says an unknown service failed (en, fr)", () => {
  assert.equal(unnamed("Zapier was hit with a DDoS attack"), "Zapier");
  assert.equal(unnamed("Qonto victime de perturbations mondiales"), "Qonto");
  assert.equal(unnamed("Quick update", "Wero is experiencing widespread issues this morning."), "Wero");
  assert.equal(unnamed("Quick update", "Lydia a connu de nombreux bugs ce mardi soir."), "Lydia");
  assert.equal(unnamed("Zapier disrupted globally"), "Zapier");
  assert.equal(unnamed("Quick update", "Les clients de Qonto sont aux prises avec une interruption de service."), "Qonto");
  assert.equal(unnamed("Quick update", "Le problème se trouve chez Lydia, selon les premiers éléments."), "Lydia");
  // a part or feature between the name and the failure word is passed over
  assert.equal(unnamed("Zapier chat is down"), "Zapier");
  assert.equal(unnamed("Lengthy Qonto Mail outage angers users"), "Qonto");
  // negatives: an attack on a country or a thing, a power cut, a problem without a name
  assert.equal(unnamed("France hit by a wave of attacks"), null);
  assert.equal(unnamed("Power grid suffered a major outage"), null);
  assert.equal(unnamed("Le problème se trouve chez nous"), null);
});

test("an outage story no sentence of which names a known failed service has the unknown name it keeps naming, read anywhere (en, fr)", () => {
  const en = facts(
    "A dark night for Zapier",
    "The automation tool was the talk of the evening. Engineers worked through the night. Later on, Zapier was hit by a major outage that left customers unable to run their workflows. Zapier said service was restored on Saturday.",
  );
  assert.deepEqual(en.services.filter((s) => s.role === "failed").map((s) => s.name), ["Zapier"], JSON.stringify(en.services));
  const fr = facts(
    "Interruption de service à Québec",
    "Les abonnés attendent des réponses. La soirée a été longue. Les clients de Cogetel sont aux prises avec une interruption des services internet et télé mercredi soir. Cogetel n'a pas précisé la cause de la panne.",
  );
  assert.deepEqual(fr.services.filter((s) => s.role === "failed").map((s) => s.name), ["Cogetel"], JSON.stringify(fr.services));
  // named once, deep in the text: a place, a person or an aside more often than the subject
  const once = facts(
    "Interruption de service à Québec",
    "Les abonnés attendent des réponses. La soirée a été longue. Les clients de Cogetel sont aux prises avec une interruption des services internet et télé mercredi soir. La cause de la panne reste inconnue.",
  );
  assert.deepEqual(once.services.filter((s) => s.role === "failed"), [], JSON.stringify(once.services));
});

test("people having trouble with an unknown service name it as failed (en, fr); lower-case and generic objects name nothing", () => {
  assert.equal(unnamed("Users report problems accessing Zorvex", "Since Monday morning customers have been unable to get online."), "Zorvex");
  assert.equal(unnamed("Outage update", "Thousands of people were experiencing difficulties with Qonto on Tuesday, according to Downdetector."), "Qonto");
  assert.equal(unnamed("Outage update", "Customers said they were unable to log in to Zorvex for most of the day."), "Zorvex");
  assert.equal(unnamed("Des utilisateurs rencontrent des difficultés avec Qonto", "Les virements ne passent plus depuis ce matin."), "Qonto");
  assert.equal(unnamed("Point sur la panne", "Depuis 8 heures, des milliers de clients ne parviennent plus à se connecter à Zorvex."), "Zorvex");
  assert.equal(unnamed("Users report problems accessing their accounts", "Many people had trouble with the app on Monday."), null);
  assert.equal(unnamed("Des difficultés avec Internet ce matin", "Les abonnés ont des problèmes avec la connexion."), null);
  assert.equal(unnamed("Drivers unable to reach Paris", "Problems with the A6 motorway blocked traffic."), null);
});

test("a generic word closing its sentence is still generic ('difficultés d'accès à Internet. Une panne…')", () => {
  assert.equal(unnamed("Point sur la situation", "Dix pays subissent des difficultés d'accès à Internet. Une panne de câbles en est la cause."), null);
});

test("a body's online system named as failing is that body's service; a system of no one names nothing (en, fr)", () => {
  assert.equal(unnamed("The DMV's online system is down", "Drivers could not renew licences online on Tuesday."), "DMV");
  assert.equal(unnamed("The payment system is down", "Shops could not take cards on Friday."), null);
  assert.equal(unnamed("Le système informatique est en panne"), null);
});

test("a body telling the follow-up in the past names the service as its title would: 'has apologised for', 's'est excusé pour'", () => {
  assert.equal(unnamed("", "Ferncast has apologised for a two-hour internet outage that hit customers on Friday."), "Ferncast");
  assert.equal(unnamed("", "Ferncast blamed the outage on a faulty update."), "Ferncast");
  assert.equal(unnamed("", "Ferncast s'est excusé pour la panne de vendredi."), "Ferncast");
  // a person apologising stays a person
  assert.equal(unnamed("", "Ferncast CEO has apologised for the outage."), null);
});

test("whose customers, users or subscribers lost the service names the service that failed (en)", () => {
  assert.equal(unnamed("Internet down for Tarvik customers"), "Tarvik");
  assert.equal(unnamed("Outage leaves Tarvik subscribers without service"), "Tarvik");
  assert.equal(unnamed("Outage affecting Tarvik customers across the north"), "Tarvik");
  assert.equal(unnamed("Problems for Tarvik users on Friday"), "Tarvik");
  assert.equal(unnamed("Quick update", "Tarvik users could not log in on Tuesday morning."), "Tarvik");
  assert.equal(unnamed("Quick update", "Many Tarvik subscribers lost their connection overnight."), "Tarvik");
  assert.equal(unnamed("Quick update", "Tarvik's members have been unable to book since noon."), "Tarvik");
  // where they are may stand between; the genitive says whose as well
  assert.equal(unnamed("Quick update", "Tarvik subscribers in and around Leeds lost broadband on Monday."), "Tarvik");
  assert.equal(unnamed("Quick update", "Tarvik customers across the north were having trouble making calls."), "Tarvik");
  assert.equal(unnamed("Quick update", "Customers of Tarvik could not withdraw cash on Friday."), "Tarvik");
  assert.equal(unnamed("Quick update", "Most users of Tarvik experienced errors for an hour."), "Tarvik");
  // a brand that opens on a place word is still whole
  assert.equal(unnamed("Quick update", "Irish Quarvo customers could not buy tickets on Monday."), "Irish Quarvo");
});

test("whose clients, abonnés or utilisateurs were deprived names the service that failed, with or without 'de' (fr)", () => {
  assert.equal(unnamed("Les abonnés Tarvik privés de télévision"), "Tarvik");
  assert.equal(unnamed("Panne internet pour les utilisateurs de Tarvik"), "Tarvik");
  assert.equal(unnamed("Internet coupé pour les clients Tarvik"), "Tarvik");
  assert.equal(unnamed("Point sur la situation", "Les clients de Tarvik n'ont plus accès à leur compte depuis lundi."), "Tarvik");
  assert.equal(unnamed("Point sur la situation", "Les clients de Tarvik ne pouvaient plus payer par carte mardi."), "Tarvik");
  assert.equal(unnamed("Point sur la situation", "Les usagers de Tarvik touchés par une panne géante."), "Tarvik");
  assert.equal(unnamed("Point sur la situation", "Les clients professionnels de Tarvik privés d'internet depuis lundi."), "Tarvik");
  assert.equal(unnamed("Point sur la situation", "De nombreux utilisateurs de Tarvik n'ont pas pu accéder à leurs fichiers."), "Tarvik");
  assert.equal(unnamed("Point sur la situation", "Une partie des abonnés de Tarvik ne parvient plus à téléphoner."), "Tarvik");
  assert.equal(unnamed("Soirée sans connexion pour de nombreux abonnés de Tarvik"), "Tarvik");
});

test("customers counted, segmented, placed or on a device, spared or only complaining name no service (en, fr)", () => {
  assert.equal(unnamed("Quick update", "Business customers were unable to make payments."), null);
  assert.equal(unnamed("Quick update", "Premium subscribers were left without service."), null);
  assert.equal(unnamed("Quick update", "Thousands of customers could not pay."), null);
  assert.equal(unnamed("Quick update", "French users could not log in."), null);
  assert.equal(unnamed("Quick update", "Many British customers were left without service."), null);
  assert.equal(unnamed("Quick update", "Android users could not open the app."), null);
  assert.equal(unnamed("Quick update", "Blipper customers were not affected by the outage."), null);
  assert.equal(unnamed("Point sur la situation", "Les clients Particuliers ne peuvent plus payer."), null);
  assert.equal(unnamed("Point sur la situation", "Les clients de Blipper ne sont pas touchés par la panne."), null);
  assert.equal(unnamed("Point sur la situation", "Pas de panne pour les clients de Blipper, précise l'opérateur."), null);
  assert.equal(unnamed("Point sur la situation", "Les utilisateurs de Blipper se plaignent depuis ce matin."), null);
  assert.equal(unnamed("Quick update", "Users of Blipper reported the problem on Friday."), null);
  assert.equal(unnamed("Quick update", "Customers of Blipper in Spain were not affected."), null);
  assert.equal(unnamed("Quick update", "Customers in London could not pay."), null);
});

test("the customers of an unknown name cut off by a known provider's failure are its knock-on victims (en, fr)", () => {
  const roles = (title: string, text: string) => outageFacts(title, text).services.map((s) => `${s.name}:${s.role}`);
  assert.deepEqual(roles("Quick update", "Tarvik customers were unable to pay on Tuesday after an outage at Cloudflare. Cloudflare said a configuration change was to blame."), ["Cloudflare:failed", "Tarvik:knock-on"]);
  assert.deepEqual(roles("Point sur la situation", "Les clients de Tarvik ne pouvaient plus payer mardi à cause d'une panne de Cloudflare. Cloudflare a évoqué un changement de configuration."), ["Cloudflare:failed", "Tarvik:knock-on"]);
  assert.deepEqual(roles("Tarvik down for thousands", "Tarvik customers could not log in on Tuesday. Blipper customers were not affected, Blipper said."), ["Tarvik:failed"]);
});

test("a capitalised adjective after a capitalised kind noun is part of the name; a kind noun alone is no name", () => {
  assert.equal(unnamed("Panne à la Caisse Centrale : virements bloqués", "Les clients de la Caisse Centrale ne peuvent plus se connecter."), "Caisse Centrale");
  assert.equal(unnamed("La Banque Générale en panne depuis ce matin"), "Banque Générale");
  assert.equal(unnamed("Outage hits Federal Bank customers"), "Federal Bank");
  // a headline's adjective before a failure word is still no name, nor a kind noun on its own
  assert.equal(unnamed("Banque en panne : que faire ?"), null);
  assert.equal(unnamed("Panne Nationale : le réseau tombe"), null);
  assert.equal(unnamed("L'Assemblée Nationale en panne d'idées"), null);
});

test("a service said to be back after its failure is the one that failed (en, fr); power, a country or a plain return name nothing", () => {
  assert.equal(unnamed("Zorvex restores service after six-hour disruption"), "Zorvex");
  assert.equal(unnamed("Quick update", "Plenvo has restored access for its customers after Tuesday's outage."), "Plenvo");
  assert.equal(unnamed("Zorvex back online after hours of downtime"), "Zorvex");
  assert.equal(unnamed("Plenvo rétablit son service après une longue panne"), "Plenvo");
  assert.equal(unnamed("Quick update", "Zorvex a rétabli l'accès à ses comptes après la panne de mardi."), "Zorvex");
  assert.equal(unnamed("Plenvo de nouveau accessible après la panne"), "Plenvo");
  // negatives: power or a place restored, a return that follows no failure, a failure word without a service
  assert.equal(unnamed("Power restored after storm outage"), null);
  assert.equal(unnamed("France restores service after rail strike"), null);
  assert.equal(unnamed("Zorvex back online after a summer break"), null);
  assert.equal(unnamed("Plenvo rétablit le dialogue après la crise"), null);
});

// round thirteen: "une panne de 8h50 à 9h35" named a service "8h50"
test("a clock time after a failure word is no name (fr, en, negative)", () => {
  assert.equal(unnamed("Messages bloqués ce lundi", "La messagerie a connu une panne de 8h50 à 9h35, heure de Paris."), null);
  assert.equal(unnamed("Messages bloqués ce lundi", "Une panne de 10h a privé les clients de paiements."), null);
  assert.equal(unnamed("Messages stuck on Monday", "The app suffered an outage from 14:05 to 15:20 UTC."), null);
  assert.equal(unnamed("Messages stuck on Monday", "An outage at 9.30 left users without messages."), null);
  // a name with digits in it is still read ("Panne chez Zorvex 24")
  assert.equal(unnamed("Panne géante chez Qonto ce matin"), "Qonto");
});

test("a service said paralysed, or that its users could not reach, is the failed one (fr, en)", () => {
  assert.equal(unnamed("Philippines : le portefeuille mobile Zorvex paralysé par une mise à jour"), "Zorvex");
  assert.equal(unnamed("Quick update", "Depuis ce matin, la messagerie Qonto est paralysée."), "Qonto");
  assert.equal(unnamed("Quick update", "Mercredi soir, des millions de clients n'ont pas pu accéder à Lydia."), "Lydia");
  assert.equal(unnamed("Quick update", "Les abonnés ne pouvaient plus se connecter à Zorvex depuis midi."), "Zorvex");
  assert.equal(unnamed("Zapier paralysed by a faulty update"), "Zapier");
  assert.equal(unnamed("Acmepay paralyzed for hours"), "Acmepay");
  // a place paralysed, or a person who could not reach someone, is no service
  assert.equal(unnamed("La France paralysée par la grève"), null);
  assert.equal(unnamed("Les transports paralysés par la neige"), null);
});

test("a city, region or country is where a failure happened, never what failed", () => {
  assert.equal(unnamed("Outage hits Chicago"), null);
  assert.equal(unnamed("Sao Paulo down for hours"), null);
  assert.equal(findUnnamedService(makeTextView("Copenhague en panne", "", "fr"))?.entry.name ?? null, null);
  assert.equal(findUnnamedService(makeTextView("Toulouse privée d'internet", "", "fr"))?.entry.name ?? null, null);
  // the service failing there is still read
  assert.equal(unnamed("Zorvex Air check-in outage at Lisbon blamed on supplier"), "Zorvex Air");
  assert.equal(unnamed("Dublin outage leaves Zorvex customers offline"), "Zorvex");
  assert.equal(findUnnamedService(makeTextView("Panne chez Acmetel à Bordeaux", "", "fr"))?.entry.name ?? null, "Acmetel");
});

test("a carrier's desk systems written between its name and the failure word are its parts", () => {
  assert.equal(unnamed("Check-in outage at Madrid airport"), null);
  assert.equal(unnamed("Zorvex booking system down for hours"), "Zorvex");
  assert.equal(unnamed("Zorvex Air ticketing outage strands passengers"), "Zorvex Air");
});

test("French news telling one failure a name went through ('a subi une panne') names what failed", () => {
  const fr = (text: string) => findUnnamedService(makeTextView("Nouvelles du jour", text, "fr"))?.entry.name ?? null;
  assert.equal(fr("Zorvex a subi une panne mardi. Zorvex promet un rapport."), "Zorvex");
  assert.equal(fr("Le fournisseur danois Kelmora a connu mardi l'une des pannes les plus longues de son histoire."), "Kelmora");
  assert.equal(fr("Son hébergeur, Acmehost, a essuyé une coupure de plusieurs heures."), "Acmehost");
  // a success, a change or a growth is no failure
  assert.equal(fr("Zorvex a connu une croissance record cette année."), null);
  assert.equal(fr("Kelmora a subi une refonte complète de son application."), null);
});

test("a service said unreachable or unavailable, with its verb, is the failed one; one unavailable for comment or a status page's list of components is not", () => {
  assert.equal(unnamed("Quick update", "Encrypted email provider Zorvex was unreachable for about an hour on Tuesday morning."), "Zorvex");
  assert.equal(unnamed("Quick update", "Streaming service Kelvora became unavailable to most viewers during the final."), "Kelvora");
  assert.equal(unnamed("Card payments fail nationwide", "Shops could not take cards for two hours. Zorvex was unavailable for comment."), null);
  assert.equal(unnamed("[PAR-3] Instances, Block Storage and Managed Queues unavailable"), null);
});

test("a name behind a French elided article is read from the word after the apostrophe; trade words alone name no one", () => {
  const fr = (title: string, text = "") => findUnnamedService(makeTextView(title, text, "fr"))?.entry.name ?? null;
  assert.equal(fr("Le réseau d'Azorel Télécom paralysé toute la journée"), "Azorel Télécom");
  assert.deepEqual(failed("Panne géante sur le réseau d'Ovaro Mobile", "Les abonnés d'Ovaro Mobile ont été privés d'internet mardi. L'opérateur évoque une coupure de câble."), ["Ovaro Mobile"]);
  // an elided article before a lower-case word opens no name
  assert.equal(fr("Le réseau d'électricité paralysé toute la journée"), null);
  // nor before a place or a point of the compass
  assert.equal(fr("Le réseau d'Afrique de l'Ouest paralysé toute la journée"), null);
  assert.equal(fr("Le réseau de l'Est paralysé depuis ce matin"), null);
  assert.equal(unnamed("Telecom Down Across The Country"), null);
});

test("a game's genre is never its name: the owner before an adjective and a genre or part is read", () => {
  assert.equal(unnamed("Brightwave's new shooter knocked offline on launch day"), "Brightwave");
  assert.equal(unnamed("Zorvex's new app knocked offline"), "Zorvex");
  assert.equal(unnamed("The MMO knocked offline by attack"), null);
});

test("a name blaming a cause for its outage, or said to fall over, is the failed one; a place's possessive is not its owner", () => {
  assert.equal(unnamed("Orvala Pay blames card processor for Friday's outage"), "Orvala Pay");
  assert.equal(unnamed("Kenya's Orvala Pay blames card processor for weekend outage"), "Orvala Pay");
  assert.equal(unnamed("Zorvex blames Nimbo Cloud for outage"), "Zorvex");
  assert.equal(unnamed("Kelmora blames the weather for poor sales"), null);
  assert.equal(unnamed("Sunbright app falls over for the third time this month"), "Sunbright");
  assert.equal(unnamed("Sunbright fell over twice during the sale"), "Sunbright");
  assert.equal(unnamed("Minister fell over on stage"), null);
});

test("a place of two or three words before a possessive is the place, never the name or part of it (en)", () => {
  assert.equal(unnamed("New Zealand's Tarvik Bank hit by online banking outage"), "Tarvik Bank");
  assert.equal(unnamed("Sri Lanka's Orvala Pay down for hours after upgrade"), "Orvala Pay");
  assert.equal(unnamed("Hong Kong's Zorvex Telecom suffers network outage"), "Zorvex Telecom");
  // an owner that is no place is still the name the possessive ends at
  assert.equal(unnamed("Tarvik's app is down again"), "Tarvik");
});

test("a cut placed at an unknown operator with \"chez\" names it, as a \"panne\" there does", () => {
  assert.equal(unnamed("Nouvelle coupure d'Internet chez Vantelo, sans explication"), "Vantelo");
  assert.equal(unnamed("Quick update", "Des perturbations du réseau mobile chez Kelmora ont privé les abonnés d'appels ce matin."), "Kelmora");
  // people at home are no operator
  assert.equal(unnamed("Coupure de courant chez les voisins"), null);
});
