import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, makeDoc } from "./article-helpers";
import { readDocument } from "../../lib/extract/extract-article";
import { leadNamesOneOutage } from "../../lib/extract/lead-names-one-outage";

const names = (title: string, text = "", lang: "fr" | "en" = "en") => {
  const doc = makeDoc(title, text, { lang });
  const { view, cues } = readDocument(doc);
  return leadNamesOneOutage(view, cues, doc.publishedAt);
};

test("a title measuring its outage names one outage, in French and English", () => {
  assert.ok(names("Pelorin restores checkout after a three-hour outage"));
  assert.ok(names("Brindle blames storage fault for 90-minute outage"));
  assert.ok(names("Sept heures de panne chez Olvane : les clients attendent des explications", "", "fr"));
  assert.ok(names("Tarvix : le service revient après deux jours de coupure", "", "fr"));
});

test("a title naming its outage by its weekday or by the days after it names one outage", () => {
  assert.ok(names("Halvo promises refunds after Thursday's payment outage"));
  assert.ok(names("Mérindol rembourse ses abonnés après la panne de vendredi soir", "", "fr"));
  assert.ok(names("Deux jours après la panne, Corlan dédommage ses clients", "", "fr"));
  assert.ok(names("A week after the outage, Quorra publishes its review"));
});

test("a first sentence naming the outage by its weekday or counting the days since it names one outage", () => {
  assert.ok(names("Calvia offers customers a month free", "A week after the outage that cut its Lyon region, Calvia apologised again."));
  assert.ok(names("Tesseline s'excuse auprès de ses clients", "Au lendemain de la panne, l'opérateur a promis un geste commercial.", "fr"));
  assert.ok(names("Orvane promet des avoirs", "La panne de jeudi soir a privé de réseau des milliers d'abonnés.", "fr"));
  assert.ok(!names("Calvia offers customers a month free", "The host said the offer runs until June. A week after the outage, it also published a report."));
  assert.ok(!names("Orvane lève des fonds", "L'opérateur lève 30 millions d'euros pour sa fibre.", "fr"));
});

test("a title or first sentence naming the outage by a day counted back from the writing names one outage", () => {
  assert.ok(names("Halvo credits customers for yesterday's payment outage"));
  assert.ok(names("MPs press Corlan over bank outage", "A committee has written to Corlan about last week's outage, which locked customers out of their accounts."));
  assert.ok(names("Tesseline s'excuse", "L'opérateur a attribué la panne d'hier à une mise à jour défectueuse.", "fr"));
  assert.ok(names("Orvane dédommage ses clients après la coupure de la semaine dernière", "", "fr"));
  assert.ok(names("Mérindol promet des avoirs", "La panne de samedi dernier a privé de réseau des milliers d'abonnés.", "fr"));
  // weeks back, or no outage named
  assert.ok(!names("Calvia shares fall after last month's outage"));
  assert.ok(!names("Sorvia lève 40 millions d'euros malgré la panne du mois dernier", "", "fr"));
  assert.ok(!names("Yesterday's match drew a record audience"));
  assert.ok(!names("Orvane publie ses résultats", "Les ventes de la semaine dernière ont battu un record.", "fr"));
});

test("a title or first sentence naming its outage by a written date of the last two weeks names one outage", () => {
  const on = (title: string, text: string, lang: "fr" | "en", published: string) => {
    const doc = makeDoc(title, text, { lang, publishedAt: new Date(published) });
    const { view, cues } = readDocument(doc);
    return leadNamesOneOutage(view, cues, doc.publishedAt);
  };
  assert.ok(on("Coupure du 3 février : le régulateur convoque Orvane", "", "fr", "2025-02-06T09:00:00Z"));
  assert.ok(on("Brindle's review of the outage on March 2", "", "en", "2025-03-09T09:00:00Z"));
  assert.ok(on("Halvo dédommage ses clients", "L'incident de paiement du jeudi 27 février 2025 a bloqué les cartes pendant quatre heures.", "fr", "2025-03-03T09:00:00Z"));
  // across the new year: "the outage of December 30" written on January 4 is five days back
  assert.ok(on("Quorra explains the outage of December 30", "", "en", "2026-01-04T09:00:00Z"));
  // months back, a date ahead, or a date of something else
  assert.ok(!on("Coupure du 3 février : des commerçants assignent Orvane", "", "fr", "2025-09-06T09:00:00Z"));
  assert.ok(!on("Traders sue Velmar over the outage of March 3, 2024", "", "en", "2026-03-05T09:00:00Z"));
  assert.ok(!on("Orvane annonce une maintenance", "La coupure du 20 mars durera deux heures.", "fr", "2025-03-10T09:00:00Z"));
  assert.ok(!on("Brindle to launch its app on March 2", "", "en", "2025-03-09T09:00:00Z"));
});

test("outages in general, an old one by its year or month, a stop ahead, or a weekday with no failure name none", () => {
  assert.ok(!names("How to keep selling online when your host has an outage"));
  assert.ok(!names("Traders sue Velmar over 2024 downtime"));
  assert.ok(!names("Sorvia lève 40 millions d'euros malgré la panne de mars", "", "fr"));
  assert.ok(!names("Patch Tuesday fixes four flaws in Windows"));
  assert.ok(!names("Grève : trafic perturbé ce jeudi sur les lignes de bus", "", "fr"));
  assert.ok(!names("Cloud outages cost businesses millions every year"));
  assert.ok(!names("Rain for the next three days across the north"));
});

test("a follow-up titled by its outage's weekday is detected though its service is new to the catalogue", () => {
  const f = facts(
    "Quendra says every refund is paid after Tuesday's checkout failure",
    "The payments start-up said on Friday that all customers charged twice have been repaid. Its chief executive apologised again to the merchants that rely on it.",
    { lang: "en", publishedAt: new Date("2024-03-08T10:00:00Z") },
  );
  assert.equal(f.isOutage, true);
  const measured = facts(
    "Trente heures de perturbations : Ombrelune promet une compensation aux joueurs",
    "L'éditeur du jeu offrira une semaine d'abonnement. Les joueurs pourront réclamer leur cadeau en jeu dès lundi.",
    { lang: "fr" },
  );
  assert.equal(measured.isOutage, true);
});

test("a look-alike recalling an old outage by its month stays a look-alike", () => {
  const f = facts(
    "After the January outage, a retailer takes Felmont to court",
    "The retailer seeks damages for lost sales. Felmont said it would contest the claim; the hearing is set for the autumn.",
    { lang: "en" },
  );
  assert.equal(f.isOutage, false);
});

test("a measured stop of a tram line, the grid or a power cut with no online service named stays no outage", () => {
  const tram = facts(
    "Ligne 3 du tramway : circulation interrompue pendant trois heures",
    "Les voyageurs du tramway ont attendu en vain ce matin. Une caténaire arrachée a bloqué les rames entre deux arrêts de 6 heures à 9 heures. Des navettes ont remplacé les trams. Le reste du réseau circulait normalement.",
    { lang: "fr" },
  );
  assert.equal(tram.isOutage, false);
  const grid = facts(
    "Storm leaves 40,000 homes without power after Tuesday's blackout",
    "Crews worked through the night to restore electricity to homes across the county after high winds brought down power lines.",
    { lang: "en" },
  );
  assert.equal(grid.isOutage, false);
});
