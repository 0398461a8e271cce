import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

test("the start time's UTC date is the outage day", () => {
  const f = facts("Panne", "Instagram est tombé en panne mardi vers 17h.", { lang: "fr", publishedAt: new Date("2024-03-06T08:00:00+01:00") });
  assert.equal(f.outageDay, "2024-03-05");
});

test("an article published the next day about yesterday's outage gives yesterday (fr, en)", () => {
  const fr = facts("La panne d'hier", "Hier, Facebook et Instagram étaient inaccessibles pendant deux heures.", { lang: "fr", publishedAt: new Date("2024-03-06T07:00:00+01:00") });
  assert.equal(fr.outageDay, "2024-03-05");
  const en = facts("What happened yesterday", "Yesterday's WhatsApp outage left users unable to send messages.", { lang: "en", publishedAt: new Date("2024-12-12T09:00:00Z") });
  assert.equal(en.outageDay, "2024-12-11");
});

test("a postmortem published days later naming the date gives that date", () => {
  const f = facts(
    "Update about the October 4 outage",
    "Our services went down on October 4 because of a configuration change. Today we share what happened.",
    { lang: "en", publishedAt: new Date("2021-10-08T16:00:00Z") },
  );
  assert.equal(f.outageDay, "2021-10-04");
});

test("without any time the publication day is used; without a date, null", () => {
  const f = facts("Slack is down", "Slack is down for many users.", { lang: "en", publishedAt: new Date("2025-02-26T15:00:00Z") });
  assert.equal(f.outageDay, "2025-02-26");
  const g = facts("Slack is down", "Slack is down for many users.", { lang: "en", publishedAt: null });
  assert.equal(g.outageDay, null);
});

test("the lead's first date is the outage reported; an earlier day the trouble 'began' is background (en, fr)", () => {
  const en = facts(
    "Discord outage",
    "On March 9, 2025, Discord suffered a widespread outage that cut off voice chat for many users. The issue, which began around March 7, stemmed from a storage fault. The disruption started late Friday, and users again reported errors.",
    { lang: "en", publishedAt: new Date("2025-03-09T20:00:00Z") },
  );
  assert.equal(en.outageDay, "2025-03-09", JSON.stringify(en.times.map((t) => [t.role, t.time.phrase])));
  const fr = facts(
    "Panne de Discord",
    "Le 9 mars 2025, Discord a subi une panne d'ampleur qui a coupé les salons vocaux. Le problème, qui a commencé vers le 7 mars, viendrait d'un incident de stockage. Les perturbations ont commencé vendredi soir.",
    { lang: "fr", publishedAt: new Date("2025-03-09T20:00:00Z") },
  );
  assert.equal(fr.outageDay, "2025-03-09", JSON.stringify(fr.times.map((t) => [t.role, t.time.phrase])));
});

test("an outage recalled from weeks before does not outvote today's (fr, en)", () => {
  const fr = facts(
    "Nouvelle panne",
    "La panne du 18 novembre avait déjà privé les internautes de nombreux sites. Le 18 novembre, tout était tombé. Ce vendredi 5 décembre, le service est de nouveau en panne.",
    { lang: "fr", publishedAt: new Date("2025-12-05T14:00:00Z") },
  );
  assert.equal(fr.outageDay, "2025-12-05");
  const en = facts(
    "Down again",
    "The outage of November 18 took down many sites. On November 18 everything failed. On Friday, December 5, the service went down again.",
    { lang: "en", publishedAt: new Date("2025-12-05T14:00:00Z") },
  );
  assert.equal(en.outageDay, "2025-12-05");
});

test("a day ahead written without its year is not read as the same day a year before (en, fr)", () => {
  // the time reader resolves a yearless date to its last occurrence, a year back when it lies ahead
  const en = facts("Restart planned", "The servers of the burnt site will be restarted on Friday, March 19 at 7 pm.", { lang: "en", publishedAt: new Date("2021-03-12T10:00:00Z") });
  assert.equal(en.outageDay, "2021-03-12", JSON.stringify(en.times.map((t) => [t.role, t.time.phrase])));
  const fr = facts("Redémarrage prévu", "Les serveurs du site seront redémarrés vendredi 19 mars vers 19h00.", { lang: "fr", publishedAt: new Date("2021-03-12T10:00:00Z") });
  assert.equal(fr.outageDay, "2021-03-12", JSON.stringify(fr.times.map((t) => [t.role, t.time.phrase])));
});

test("an outage a year before written with its year stays the outage day (en, fr)", () => {
  const en = facts("One year later", "The outage of June 3, 2023 cut payments for six hours.", { lang: "en", publishedAt: new Date("2024-06-20T10:00:00Z") });
  assert.equal(en.outageDay, "2023-06-03");
  const fr = facts("Un an après", "La panne du 3 juin 2023 avait coupé les paiements pendant six heures.", { lang: "fr", publishedAt: new Date("2024-06-20T10:00:00Z") });
  assert.equal(fr.outageDay, "2023-06-03");
});

test("with no publication date, the page's own date line does not outvote the outage it recounts (en, fr)", () => {
  const en = facts(
    "How the control plane went dark",
    "Acme · Engineering · 12 June 2026\n\nOn March 3, 2024, the Acme API went down for six hours after a power failure.",
    { lang: "en", publishedAt: null },
  );
  assert.equal(en.outageDay, "2024-03-03", JSON.stringify(en.times.map((t) => [t.role, t.time.phrase])));
  const fr = facts(
    "Retour sur la panne",
    "Acme · Ingénierie · 12 juin 2026\n\nLe 3 mars 2024, l'API d'Acme est tombée en panne pendant six heures après une coupure de courant.",
    { lang: "fr", publishedAt: null },
  );
  assert.equal(fr.outageDay, "2024-03-03", JSON.stringify(fr.times.map((t) => [t.role, t.time.phrase])));
});

test("a page dated only to its month gives the day it names later in that month (en, fr); a dated page does not", () => {
  const en = facts("Webmail outage", "The webmail service went down for thousands of users on March 27, the company said.", { lang: "en", publishedAt: new Date("2019-03-01T00:00:00Z") });
  assert.equal(en.outageDay, "2019-03-27");
  const fr = facts("Panne de la messagerie", "Le 27 mars, la messagerie est tombée en panne pour des milliers d'abonnés.", { lang: "fr", publishedAt: new Date("2019-03-01T00:00:00Z") });
  assert.equal(fr.outageDay, "2019-03-27");
  // negative: a page dated the 14th cannot tell of the 27th of its month
  const dated = facts("Webmail outage", "The webmail service went down for thousands of users on March 27, the company said.", { lang: "en", publishedAt: new Date("2019-03-14T00:00:00Z") });
  assert.notEqual(dated.outageDay, "2019-03-27");
  // negative: a bare date later in the month is a deadline, not the outage
  const aim = facts("Service to return by March 27", "The online store was taken down on February 20 after an intrusion; the company aims to have it back by March 27.", { lang: "en", publishedAt: new Date("2019-03-01T00:00:00Z") });
  assert.equal(aim.outageDay, "2019-02-20", JSON.stringify(aim.times.map((t) => [t.role, t.time.phrase])));
});

test("a date written as the text's present ('Ce 5 décembre', 'This December 5') is the day reported, not an older outage it compares with (fr, en)", () => {
  const pub = new Date("2025-12-05T14:47:00Z");
  const fr = facts(
    "Fastly : nouvelles perturbations",
    "Ce 5 décembre 2025, le réseau de Fastly connaît des ralentissements un peu partout. Les clients retrouvent les mêmes erreurs que lors de la panne du 18 novembre, survenue deux semaines plus tôt (18/11/25).",
    { lang: "fr", publishedAt: pub },
  );
  assert.equal(fr.outageDay, "2025-12-05", JSON.stringify(fr.times.map((t) => [t.role, t.time.phrase])));
  const en = facts(
    "Fastly slowdowns",
    "This December 5, 2025, Fastly's network is going through a rough patch. Customers report the same errors as during the November 18 outage, which happened two weeks earlier (11/18/25).",
    { lang: "en", publishedAt: pub },
  );
  assert.equal(en.outageDay, "2025-12-05", JSON.stringify(en.times.map((t) => [t.role, t.time.phrase])));
});

test("'ce' / 'this' before an older date is no present: a report on that day's outage keeps it (fr, en)", () => {
  const pub = new Date("2025-12-05T14:47:00Z");
  const fr = facts("Le rapport de Fastly", "Fastly publie son rapport sur la panne du 18 novembre. Ce 18 novembre, un fichier de configuration trop gros avait fait tomber le réseau pendant trois heures.", { lang: "fr", publishedAt: pub });
  assert.equal(fr.outageDay, "2025-11-18");
  const en = facts("Fastly's report", "Fastly published its report on the November 18 outage. This November 18 outage began when an oversized configuration file took the network down for three hours.", { lang: "en", publishedAt: pub });
  assert.equal(en.outageDay, "2025-11-18");
});
