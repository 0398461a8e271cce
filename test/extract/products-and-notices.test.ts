import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";
import { outageCueHits } from "../../lib/extract/outage-cue-hits";
import { foldText } from "../../lib/text/fold-text";

// Issue 11's look-alikes told by general facts of language (phrasings written for these tests): a
// product or a plan about failures, French idioms of "panne" that are no service's, a past failure
// recalled after a possessive, a stop named as planned or dated ahead, a title that names itself a guide.

function cues(text: string): string[] {
  const folded = foldText(text);
  return outageCueHits(folded).map((c) => `${folded.slice(c.index, c.end)}${c.strong ? "!" : ""}`);
}

function weights(text: string): string[] {
  const folded = foldText(text);
  return outageCueHits(folded).map((c) => `${folded.slice(c.index, c.end)}:${c.weight}`);
}

test("a failure noun that qualifies a product or a plan is no failure (outage cover, assurance contre les pannes)", () => {
  assert.deepEqual(cues("Insurers launch cloud outage cover for small shops."), []);
  assert.deepEqual(cues("Demand for downtime insurance rose this year."), []);
  assert.deepEqual(cues("Acme sells insurance against cloud outages to retailers."), []);
  assert.deepEqual(cues("Zorvex lance une assurance contre les pannes informatiques."), []);
  assert.deepEqual(cues("La Banque Lumière propose une garantie en cas de coupure du réseau."), []);
  // a failure that hits an insurer, or said next to the product, stays one
  assert.deepEqual(cues("The outage hit the insurer's claims portal on Monday."), ["outage!"]);
  assert.deepEqual(cues("L'assureur Zorvex victime d'une panne de son site."), ["panne!"]);
  assert.deepEqual(cues("Zorvex Assurances en panne depuis ce matin."), ["panne!"]);
});

test("a failure noun quoted as a product's name is the product's, not a failure (assurance « panne », cover \"interruption\")", () => {
  assert.deepEqual(cues("Assurance « panne informatique » : ce que couvre l'offre de Zorvex."), []);
  assert.deepEqual(cues("La garantie « coupure réseau » coûte 12 euros par mois."), []);
  assert.deepEqual(cues('Brokers now sell cover "business interruption" for online shops.'), []);
  // a quoted failure told of a service stays one
  assert.deepEqual(cues("« Panne générale » : le site de Zorvex inaccessible depuis ce matin."), ["panne!", "inaccessible!"]);
});

test("'panne sèche' and 'panne offensive' are a car's or a team's, never a service's", () => {
  assert.deepEqual(cues("Les Verts en panne sèche : encore un match sans but."), []);
  assert.deepEqual(cues("La panne offensive de l'équipe inquiète le sélectionneur."), []);
  assert.deepEqual(cues("Tombé en panne sèche sur l'autoroute, il a attendu deux heures."), []);
  // a panne of a service stays one
  assert.deepEqual(cues("L'application Zorvex est en panne depuis ce matin."), ["panne!"]);
  assert.deepEqual(cues("Une panne sévère a touché la messagerie d'Acme."), ["panne!"]);
});

test("a failure after a possessive ('after February's outage', 'after last week's crash') is a backdrop", () => {
  assert.deepEqual(weights("Acme raises prices after February's four-hour disruption."), ["disruption:0.5"]);
  assert.deepEqual(weights("Zorvex adds a backup line after last week's outage."), ["outage:0.5"]);
  assert.deepEqual(weights("Zorvex adds a backup line after Acme's outage."), ["outage:0.5"]);
  // a failure that is the news keeps its full weight
  assert.deepEqual(weights("Zorvex's outage left users offline after lunch."), ["outage:1", "offline:1"]);
});

test("a stop named as planned, or dated ahead, is a notice, not an outage (interruption programmée, tomorrow)", () => {
  const notices: [string, string, "fr" | "en"][] = [
    ["Zorvex annonce une interruption programmée de ses services internet dans la nuit de dimanche",
      "Zorvex prévient ses abonnés : des travaux de modernisation de son réseau entraîneront une interruption temporaire de l'internet mobile et des services de recharge dans la nuit de dimanche à lundi, entre 1h et 5h.\n\n" +
      "L'opérateur explique qu'il remplace des équipements du cœur de réseau, dans le cadre du plan lancé après la panne de janvier. Les appels et SMS resteront disponibles.\n\n" +
      "Zorvex invite ses clients à effectuer leurs recharges avant dimanche soir.", "fr"],
    ["Banque Lumière : coupure planifiée de l'application mobile samedi",
      "La Banque Lumière procédera samedi à une mise à jour de ses systèmes informatiques. L'opération provoquera une coupure de l'application mobile et du site internet de 2h à 6h, les clients ne pourront pas se connecter à leurs comptes.\n\n" +
      "Les cartes bancaires fonctionneront normalement pendant l'opération.", "fr"],
    ["Zorvex Quest update maintenance: servers down for five hours tomorrow",
      "Zorvex Quest's servers will be offline for about five hours tomorrow as the studio rolls out the game's next version update.\n\n" +
      "Maintenance starts at 6 a.m. and is expected to end at 11 a.m. During that time, players will not be able to log in. The studio advises finishing quests before the servers shut down.\n\n" +
      "Players will receive in-game currency for every hour of maintenance.", "en"],
    ["Acme Bank: scheduled outage of its app and website on Sunday",
      "Acme Bank customers will not be able to use the mobile app or online banking on Sunday between 1 a.m. and 4 a.m., during a scheduled outage while the bank moves its systems to new servers.\n\n" +
      "Cards will keep working during the work, the bank said.", "en"],
  ];
  for (const [title, text, lang] of notices) {
    const f = facts(title, text, { lang });
    assert.equal(f.isOutage, false, title);
    // the rule decides it, not the model's score of a short text
    assert.equal(f.notOutageReason, "announced-stop", title);
  }
});

test("planned work named in the lead, with failures the notice says may happen, is a notice (maintenance programmée, may occur)", () => {
  const notices: [string, string, "fr" | "en"][] = [
    ["Communiqué : maintenance programmée sur le réseau fixe de Zorvex",
      "Zorvex informe ses abonnés que des travaux de maintenance programmée auront lieu dans la nuit du samedi au dimanche, de 1 heure à 5 heures.\n\n" +
      "Durant cette période, des coupures, voire des lenteurs de connexion, pourront être constatées sur l'internet fixe dans trois départements. La téléphonie mobile ne sera pas concernée.\n\n" +
      "Ces travaux doivent renforcer la fiabilité du réseau. Zorvex remercie ses clients de leur compréhension.", "fr"],
    ["Acme Bank planned maintenance this weekend",
      "Acme Bank is carrying out planned maintenance on its online banking platform this weekend, from 11 p.m. on Saturday to 3 a.m. on Sunday.\n\n" +
      "Short outages of the app and website may occur during that window, the bank said. Card payments are not affected.\n\n" +
      "The bank thanked customers for their patience.", "en"],
  ];
  for (const [title, text, lang] of notices) {
    const f = facts(title, text, { lang });
    assert.equal(f.isOutage, false, title);
    assert.equal(f.notOutageReason, "announced-stop", title);
  }
  // a report of an outage during planned work stays one
  const report = facts("Zorvex : une maintenance programmée tourne à la panne géante",
    "Les abonnés de Zorvex ont été privés d'internet fixe pendant six heures mardi. Des travaux de maintenance programmée ont provoqué une panne du cœur de réseau, a reconnu l'opérateur.\n\n" +
    "Le service a été rétabli vers 14 heures. Des milliers de clients se sont plaints sur les réseaux sociaux.", { lang: "fr" });
  assert.equal(report.isOutage, true);
});

test("a failure told now stays an outage beside words of a plan or of a time ahead", () => {
  const fr = facts("Zorvex en panne : l'internet mobile coupé depuis ce matin",
    "Les abonnés de Zorvex sont privés d'internet mobile depuis 8 heures ce mardi, une panne que l'opérateur attribue à un équipement défaillant.\n\n" +
    "Le service sera rétabli demain au plus tard, selon l'opérateur. Des milliers de clients se plaignent.", { lang: "fr" });
  assert.equal(fr.isOutage, true);
  const en = facts("Acme Bank app down for hours; fix expected tomorrow",
    "Acme Bank's app has been down since 9 a.m. on Tuesday, leaving customers unable to log in or pay.\n\n" +
    "The bank said users will not be able to transfer money until the fix is in place. It blamed a faulty update.", { lang: "en" });
  assert.equal(en.isOutage, true);
});

test("a title that names itself a guide, over a body of orders to the reader, is a guide", () => {
  const en = facts("When your host goes down: a survival guide for small shops",
    "Last month's hosting failures reminded many shops that their website depends on companies they rarely think about.\n\n" +
    "Know your providers. Keep a copy of your site with a second host. Don't put your status page behind the same provider. Consider a second DNS provider.", { lang: "en" });
  assert.equal(en.isOutage, false);
  assert.equal(en.notOutageReason, "advice");
  const fr = facts("Quand votre box tombe en panne : le guide pour rester connecté",
    "Une coupure d'internet à la maison arrive plus souvent qu'on ne le croit.\n\n" +
    "Vérifiez d'abord les câbles. Redémarrez la box. Notez l'heure de la coupure pour réclamer un dédommagement.", { lang: "fr" });
  assert.equal(fr.isOutage, false);
  assert.equal(fr.notOutageReason, "advice");
  // a service named in the title's report keeps it an outage
  const report = facts("Zorvex Guide down: users cannot log in",
    "Zorvex Guide, the travel app, has been down since 7 a.m., and users cannot log in.\n\n" +
    "Check the status page. Try again later, the company said.", { lang: "en" });
  assert.equal(report.isOutage, true);
});

test("the next failure is one to come, not one that happened (the next big outage, la prochaine panne)", () => {
  assert.deepEqual(cues("Why the next big cloud outage is only a matter of time."), ["outage"]);
  assert.deepEqual(cues("Shops should prepare for the next outage now."), ["outage"]);
  assert.deepEqual(cues("La prochaine panne géante n'est qu'une question de temps."), ["panne"]);
  assert.deepEqual(cues("Comment se préparer à une prochaine coupure ?"), ["coupure"]);
  // a failure told after "next" in another sense stays one
  assert.deepEqual(cues("The next morning, Acme's app was down again."), ["was down!"]);
  assert.deepEqual(cues("Le lendemain, la messagerie de Zorvex était à nouveau en panne."), ["panne!"]);
});

test("a title whose failure is dated by its own year, years back, recalls it: a lawsuit or earnings, not a report", () => {
  const opts = (lang: "fr" | "en") => ({ lang, publishedAt: new Date("2026-03-30T12:00:00Z") });
  const en = facts("Consumer group sues Acme Bank over 2024 app outage",
    "A consumer association has filed a lawsuit against Acme Bank over an app outage that lasted two days in September 2024, when customers could not pay bills and the app was down.\n\n" +
    "The bank says it refunded late fees at the time. The case could take years.", opts("en"));
  assert.equal(en.isOutage, false);
  assert.equal(en.notOutageReason, "retrospective");
  const en2 = facts("Zorvex revenue beats estimates as clients return after 2023 outage",
    "Zorvex reported revenue above estimates, saying clients lost after its global outage had come back. Its services were down for a day in 2023.", opts("en"));
  assert.equal(en2.notOutageReason, "retrospective");
  const fr = facts("La grande panne de 2019 qui a fait tomber Zorvex",
    "Il y a sept ans, la messagerie Zorvex était en panne pendant trois jours. Des millions d'utilisateurs étaient privés de messages.", opts("fr"));
  assert.equal(fr.isOutage, false);
  assert.equal(fr.notOutageReason, "retrospective");
  const fr2 = facts("Procès de la panne de 2022 : la Banque Lumière devant le tribunal",
    "La Banque Lumière comparaît pour la panne de son application, qui avait privé ses clients de paiements pendant deux jours.", opts("fr"));
  assert.equal(fr2.notOutageReason, "retrospective");
  // a failure of now in the title, beside an old one, keeps the report
  const again = facts("Two years after its 2024 outage, Acme Bank's app goes down again",
    "Acme Bank's app has been down since 8 a.m. on Monday, leaving customers unable to pay. It is the bank's worst outage since 2024.", opts("en"));
  assert.notEqual(again.notOutageReason, "retrospective");
  const recent = facts("Panne de 2026 : la Banque Lumière indemnise ses clients",
    "La Banque Lumière indemnise les clients privés de paiements lors de la panne de mars.", opts("fr"));
  assert.notEqual(recent.notOutageReason, "retrospective");
});

test("a title that opens on a count of years back recalls the failures of its first clause (il y a dix ans, ten years ago)", () => {
  const fr = facts("Il y a quinze ans, la panne géante qui avait coupé Zorvex",
    "Souvenirs des deux jours où les abonnés de l'opérateur avaient été privés de réseau mobile.", { lang: "fr" });
  assert.equal(fr.isOutage, false);
  assert.equal(fr.notOutageReason, "retrospective");
  const en = facts("Ten years ago today: the outage that took Acme Mail offline for three days",
    "How a storage fault left millions without email, and what the company changed afterwards.", { lang: "en" });
  assert.equal(en.notOutageReason, "retrospective");
  // a failure of now in a later clause keeps the report
  const again = facts("Il y a dix ans, Zorvex tombait en panne ; ce matin, son réseau mobile est de nouveau en panne",
    "Les abonnés de Zorvex sont privés de réseau mobile depuis 7 heures ce mardi, une panne que l'opérateur attribue à un équipement défaillant.", { lang: "fr" });
  assert.notEqual(again.notOutageReason, "retrospective");
});

test("a title whose failure is dated to last year in words recalls it, whatever the months between", () => {
  const opts = (lang: "fr" | "en") => ({ lang, publishedAt: new Date("2026-08-06T12:00:00Z") });
  const fr = facts("Zorvex : bénéfice en hausse malgré le coût de la panne de l'an dernier",
    "Le fournisseur Zorvex a publié mercredi des résultats supérieurs aux attentes. Les comptes de l'an dernier avaient été alourdis par les crédits versés après la panne, quand ses abonnés avaient été privés d'Internet pendant une journée.", opts("fr"));
  assert.equal(fr.notOutageReason, "retrospective");
  const fr2 = facts("La Banque Lumière condamnée pour la panne de l'année dernière",
    "Le tribunal a condamné mardi la Banque Lumière, dont l'application était restée en panne deux jours.", opts("fr"));
  assert.equal(fr2.notOutageReason, "retrospective");
  const en = facts("Acme Bank profit rises despite cost of last year's app outage",
    "Acme Bank reported higher quarterly profit on Wednesday. Last year's figures had been weighed down by refunds after its app was down for a day.", opts("en"));
  assert.equal(en.notOutageReason, "retrospective");
  const en2 = facts("Regulator fines Zorvex over outage of last year",
    "The regulator fined Zorvex on Tuesday for the outage that left its customers offline for a day.", opts("en"));
  assert.equal(en2.notOutageReason, "retrospective");
  // a failure of now in the title, beside last year's, keeps the report
  const again = facts("Acme Bank's app down again, a year after last year's outage",
    "Acme Bank's app has been down since 8 a.m. on Monday, leaving customers unable to pay.", opts("en"));
  assert.notEqual(again.notOutageReason, "retrospective");
  const frAgain = facts("Zorvex de nouveau en panne, comme l'an dernier",
    "Depuis ce matin 9 h, les abonnés de Zorvex sont privés d'Internet.", opts("fr"));
  assert.notEqual(frAgain.notOutageReason, "retrospective");
  assert.equal(frAgain.isOutage, true);
});

test("a title whose failure is dated by an earlier month or season alone recalls it; its own month, a day or a weekday does not", () => {
  const opts = (lang: "fr" | "en") => ({ lang, publishedAt: new Date("2026-10-14T12:00:00Z") });
  const fr = facts("Après la panne de juin, un commerçant attaque Zorvex en justice",
    "Un vendeur en ligne réclame 300 000 euros à l'hébergeur Zorvex, dont la panne avait rendu son site inaccessible une journée.", opts("fr"));
  assert.equal(fr.notOutageReason, "retrospective");
  const en = facts("Regulator to audit Acme Bank after summer outage",
    "The regulator said on Tuesday it would audit Acme Bank's systems. The bank's app was down for a day in July.", opts("en"));
  assert.equal(en.notOutageReason, "retrospective");
  const en2 = facts("Acme Bank shares recover from the August outage",
    "Acme Bank's shares closed higher on Tuesday, back above their level before the outage that took its app offline.", opts("en"));
  assert.equal(en2.notOutageReason, "retrospective");
  // the article's own month, a day of the month or a weekday date a failure of now
  const own = facts("Acme Bank explains the October outage",
    "Acme Bank said on Monday a faulty update took its app offline for six hours last week.", opts("en"));
  assert.notEqual(own.notOutageReason, "retrospective");
  const day = facts("Zorvex : la panne du 2 septembre venait d'un certificat expiré",
    "L'hébergeur Zorvex a publié son rapport d'incident : son service était resté inaccessible six heures.", opts("fr"));
  assert.notEqual(day.notOutageReason, "retrospective");
  // "a été" is a verb, not the summer; "may" a modal, not the month
  const verb = facts("Zorvex : l'application a été inaccessible toute la matinée", "L'application de la banque Zorvex n'a pas fonctionné lundi matin, ont signalé des milliers de clients. Le service est revenu vers midi.", opts("fr"));
  assert.notEqual(verb.notOutageReason, "retrospective");
  const modal = facts("Acme Bank payments may fail again tonight, bank warns",
    "Acme Bank said on Tuesday that card payments failed for two hours and may fail again tonight.", opts("en"));
  assert.notEqual(modal.notOutageReason, "retrospective");
  const weekday = facts("Zorvex rembourse ses clients après la panne de mardi",
    "L'hébergeur Zorvex, dont le service était resté inaccessible six heures, offre un mois d'abonnement.", opts("fr"));
  assert.notEqual(weekday.notOutageReason, "retrospective");
});

test("a title that opens on a price change is a story about cost, whatever outages it recalls (fr, en)", () => {
  const opts = (lang: "fr" | "en") => ({ lang, publishedAt: new Date("2026-08-14T12:00:00Z") });
  const fr = facts("Zorvex hausse ses forfaits, les clients crient à la panne",
    "Les abonnés de Zorvex verront leur facture augmenter de 3 à 5 euros par mois à partir du 1er octobre. L'opérateur explique la hausse par les investissements dans le réseau, quelques semaines après deux pannes qui ont touché la région en juin.", opts("fr"));
  assert.equal(fr.notOutageReason, "price-change");
  const fr2 = facts("Hausse des tarifs de la Banque Lumière au 1er avril",
    "La Banque Lumière augmentera ses frais de tenue de compte le 1er avril. Ses clients se souviennent de la panne de son application en février.", opts("fr"));
  assert.equal(fr2.notOutageReason, "price-change");
  const en = facts("Acme raises Zorvex Cloud prices by up to 15%",
    "Acme will raise the prices of its Zorvex Cloud plans from March 1, the company said on Tuesday. Customers complained that the service had gone down twice in the past year.", opts("en"));
  assert.equal(en.notOutageReason, "price-change");
  const en2 = facts("Price hike for Zorvex subscribers from January",
    "Zorvex subscribers will pay $2 more a month from January 1. The increase comes weeks after an outage took the service offline for a day.", opts("en"));
  assert.equal(en2.notOutageReason, "price-change");
  // the failure first, in the title or in the body's first sentence, keeps the report
  const down = facts("Zorvex down for hours, days after its price rise",
    "Zorvex has been down since 9 a.m. on Tuesday, leaving customers unable to log in.", opts("en"));
  assert.notEqual(down.notOutageReason, "price-change");
  const hike = facts("Price hike? Zorvex customers now face an outage too",
    "Zorvex's app has been down since 9 a.m. on Tuesday, days after the company raised its prices.", opts("en"));
  assert.notEqual(hike.notOutageReason, "price-change");
  const frDown = facts("Zorvex augmente ses tarifs : le site tombe en panne le jour même",
    "Le site de Zorvex est en panne depuis ce matin 9 h, le jour même de la hausse de ses tarifs.", opts("fr"));
  assert.notEqual(frDown.notOutageReason, "price-change");
  assert.equal(frDown.isOutage, true);
});
