// Time roles from cue words, written for the project (fr + en, with negative cases): promises of the
// next update date nothing, looking into reports is an acknowledgement, "occurred" marks a start, and
// an article's reading time is no outage length.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

const roles = (f: ReturnType<typeof facts>) => f.times.map((t) => [t.role, t.time.kind === "instant" ? t.time.utc : ""]);
const at = (f: ReturnType<typeof facts>, role: string) => f.times.filter((t) => t.role === role).map((t) => (t.time.kind === "instant" ? t.time.utc : ""));

test("a promised next update dates nothing, even beside a word for the resolution (fr + en)", () => {
  const fr = facts("Panne de Slack", "Slack est en panne. « Nous vous tiendrons informés d'ici 15 h 40 et nous indiquerons le délai de résolution », a écrit l'éditeur.",
    { lang: "fr", publishedAt: new Date("2025-02-03T16:00:00Z") });
  assert.deepEqual(at(fr, "end"), [], JSON.stringify(roles(fr)));
  assert.deepEqual(at(fr, "recovery"), []);
  const en = facts("Slack outage", "Slack is down for many users. The company said it would provide an update by 4:15 p.m. ET on when the issue will be resolved.",
    { lang: "en", publishedAt: new Date("2025-02-03T20:00:00Z") });
  assert.deepEqual(at(en, "end"), [], JSON.stringify(roles(en)));
  // negative: a resolution with no promise keeps its role
  const done = facts("Slack back", "The issue was resolved at 4:15 p.m. ET, the company said.", { lang: "en", publishedAt: new Date("2025-02-03T22:00:00Z") });
  assert.deepEqual(at(done, "end"), ["2025-02-03T21:15:00Z"], JSON.stringify(roles(done)));
});

test("looking into reports at a time is the operator's acknowledgement (fr + en)", () => {
  const fr = facts("Panne de Gmail", "Gmail est perturbé. C'est à 9 h 20 que Google a indiqué étudier les rapports d'incident.", { lang: "fr", publishedAt: new Date("2025-02-04T12:00:00Z") });
  assert.deepEqual(at(fr, "acknowledged"), ["2025-02-04T08:20:00Z"], JSON.stringify(roles(fr)));
  const en = facts("Gmail outage", "Gmail is down. Google said it was looking into the problem at 9:20 a.m. ET.", { lang: "en", publishedAt: new Date("2025-02-04T18:00:00Z") });
  assert.deepEqual(at(en, "acknowledged"), ["2025-02-04T14:20:00Z"], JSON.stringify(roles(en)));
});

test("'occurred' dates the start; a timeline line 'HH:MM UTC problem occurs' too", () => {
  const en = facts("CDN outage", "The outage occurred at 06:12 UTC and took down thousands of sites.", { lang: "en", publishedAt: new Date("2025-02-05T12:00:00Z") });
  assert.deepEqual(at(en, "start"), ["2025-02-05T06:12:00Z"], JSON.stringify(roles(en)));
  const line = facts("CDN incident timeline", "Timeline of the incident on 5 February 2025.\n\n06:12 UTC Problem occurs\n\n07:30 UTC All locations back online",
    { lang: "en", publishedAt: new Date("2025-02-05T12:00:00Z") });
  assert.ok(at(line, "start").includes("2025-02-05T06:12:00Z"), JSON.stringify(roles(line)));
});

test("an article's reading time ('4 min read', '3 min de lecture') is not how long the outage lasted", () => {
  const en = facts("Why the CDN went down", "4 min readMar 2, 2025\n\nThe CDN went down for many sites.", { lang: "en", publishedAt: new Date("2025-03-02T12:00:00Z") });
  assert.deepEqual(en.durations.map((d) => d.minutes), []);
  const fr = facts("Pourquoi le CDN est tombé", "3 min de lecture\n\nLe CDN est tombé en panne pendant deux heures.", { lang: "fr", publishedAt: new Date("2025-03-02T12:00:00Z") });
  assert.deepEqual(fr.durations.map((d) => d.minutes), [120]);
});

test("an article's own stamp opening a sentence dates nothing of the outage; a statement posted at a time still does", () => {
  const fr = facts("Incendie chez un hébergeur", "[Mise à jour le jeudi 6 mars 2025 à 10h12] Après un incendie qui s'est déclaré dans la nuit, une vingtaine de services sont en panne.",
    { lang: "fr", publishedAt: new Date("2025-03-06T10:00:00Z") });
  assert.ok(!at(fr, "start").includes("2025-03-06T09:12:00Z"), JSON.stringify(roles(fr)));
  const en = facts("Host fire", "Updated: March 6, 2025, 10:12 a.m. ET. The outage began overnight after a fire at the data centre.",
    { lang: "en", publishedAt: new Date("2025-03-06T16:00:00Z") });
  assert.ok(!at(en, "start").includes("2025-03-06T15:12:00Z"), JSON.stringify(roles(en)));
  // negative: not at the sentence's start, the time is the statement's
  const said = facts("Meta outage", "Meta posted at 23:10 UTC that its apps were working again for almost everyone.", { lang: "en", publishedAt: new Date("2025-03-07T08:00:00Z") });
  assert.ok(said.times.some((t) => t.role === "partial-recovery" || t.role === "recovery"), JSON.stringify(roles(said)));
});

test("working to restore, expected to be restored, 'pour rétablir' are aims, not recoveries (fr + en)", () => {
  const en = facts("Telecom outage", "At 9:10 a.m. ET the carrier said its teams were working hard to restore service as quickly as possible.", { lang: "en", publishedAt: new Date("2025-04-02T18:00:00Z") });
  assert.deepEqual(at(en, "recovery"), [], JSON.stringify(roles(en)));
  const fr = facts("Panne d'un opérateur", "Vers 10 h, l'opérateur a indiqué que ses équipes travaillaient pour rétablir le réseau au plus vite.", { lang: "fr", publishedAt: new Date("2025-04-02T18:00:00Z") });
  assert.deepEqual(at(fr, "recovery"), [], JSON.stringify(roles(fr)));
  // negatives: a recovery that happened, and one that began, keep their role
  const done = facts("Telecom outage", "Service was restored at 4:30 p.m. ET.", { lang: "en", publishedAt: new Date("2025-04-02T22:00:00Z") });
  assert.deepEqual(at(done, "recovery"), ["2025-04-02T20:30:00Z"], JSON.stringify(roles(done)));
  const frDone = facts("Panne d'un opérateur", "Le réseau a été rétabli vers 16 h 30.", { lang: "fr", publishedAt: new Date("2025-04-02T18:00:00Z") });
  assert.deepEqual(at(frDone, "recovery"), ["2025-04-02T14:30:00Z"], JSON.stringify(roles(frDone)));
});

test("'la grande majorité' makes a recovery partial, with its extent", () => {
  const fr = facts("Panne d'un opérateur", "Samedi vers 9 h, l'opérateur a rétabli le service pour la grande majorité de ses clients.", { lang: "fr", publishedAt: new Date("2025-04-05T12:00:00Z") });
  const p = fr.times.find((t) => t.role === "partial-recovery");
  assert.ok(p, JSON.stringify(roles(fr)));
  assert.equal(p.extent, "la grande majorite");
});

test("a page's age ('Il y a 22 min', '3 hours ago') or byline date under the title is no update stamp", () => {
  const fr = facts("Le jeu est de retour après trois jours de panne", "Il y a 22 min\n\nLe jeu en ligne a enfin rouvert ses serveurs.", { lang: "fr", publishedAt: new Date("2025-04-06T12:00:00Z") });
  assert.deepEqual(at(fr, "recovery"), [], JSON.stringify(roles(fr)));
  const en = facts("The game is back online after a three-day outage", "Game | 2025-04-03T00:00:00Z\nThe game reopened its servers.", { lang: "en", publishedAt: new Date("2025-04-06T12:00:00Z") });
  assert.deepEqual(at(en, "recovery"), [], JSON.stringify(roles(en)));
  // negative: a status update's stamp line under the update keeps the update's role
  const status = facts("Incident on the API", "Resolved - This incident has been resolved.\nApr 6, 14:02 UTC", { lang: "en", publishedAt: new Date("2025-04-06T15:00:00Z") });
  assert.ok(at(status, "end").includes("2025-04-06T14:02:00Z"), JSON.stringify(roles(status)));
});

test("confirming a problem, or noticing it, at a time is a bound on the start, not the start (fr + en)", () => {
  const en = facts("Carrier outage", "The outage began early on Tuesday morning, with the carrier confirming the problem at roughly 9 a.m. ET.",
    { lang: "en", publishedAt: new Date("2025-04-08T18:00:00Z") });
  assert.deepEqual(at(en, "acknowledged"), ["2025-04-08T13:00:00Z"], JSON.stringify(roles(en)));
  assert.ok(!at(en, "start").includes("2025-04-08T13:00:00Z"), JSON.stringify(roles(en)));
  const fr = facts("Panne chez l'hébergeur", "Il était 6 h du matin, heure de Paris, lorsque l'hébergeur s'est aperçu d'une coupure de courant dans son centre de données.",
    { lang: "fr", publishedAt: new Date("2025-04-08T18:00:00Z") });
  assert.deepEqual(at(fr, "acknowledged"), ["2025-04-08T04:00:00Z"], JSON.stringify(roles(fr)));
  // negatives: noticing that it was back is a recovery; a start said with its own clock keeps it
  const back = facts("Panne", "Les abonnés se sont aperçus vers 9 h que le réseau était rétabli.", { lang: "fr", publishedAt: new Date("2025-04-08T18:00:00Z") });
  assert.deepEqual(at(back, "acknowledged"), [], JSON.stringify(roles(back)));
  const restored = facts("Carrier outage", "Service came back later, with the carrier confirming that it was fully restored at 3 p.m. ET.",
    { lang: "en", publishedAt: new Date("2025-04-08T22:00:00Z") });
  assert.deepEqual(at(restored, "acknowledged"), [], JSON.stringify(roles(restored)));
  const start = facts("Carrier outage", "The outage began at 4:30 a.m. ET on Tuesday, the carrier said.", { lang: "en", publishedAt: new Date("2025-04-08T18:00:00Z") });
  assert.deepEqual(at(start, "start"), ["2025-04-08T08:30:00Z"], JSON.stringify(roles(start)));
});

test("a fire breaking out at a time is when the outage began (fr + en); a spokesperson who 'a déclaré' stays an acknowledgement", () => {
  const fr = facts("Incendie chez un hébergeur", "Un incendie s'est déclaré vers 2 h dans une salle du centre de données, privant des milliers de sites d'hébergement.",
    { lang: "fr", publishedAt: new Date("2025-06-11T08:00:00Z") });
  assert.deepEqual(at(fr, "start"), ["2025-06-11T00:00:00Z"], JSON.stringify(roles(fr)));
  const fr2 = facts("Incendie chez un hébergeur", "Le bâtiment a pris feu peu après 3 h du matin et les serveurs ont été coupés.",
    { lang: "fr", publishedAt: new Date("2025-06-11T08:00:00Z") });
  assert.deepEqual(at(fr2, "start"), ["2025-06-11T01:00:00Z"], JSON.stringify(roles(fr2)));
  const en = facts("Data centre fire", "A fire broke out at 01:12 local time in a power room of the Frankfurt data centre.",
    { lang: "en", publishedAt: new Date("2025-06-11T08:00:00Z") });
  assert.deepEqual(at(en, "start"), ["2025-06-10T23:12:00Z"], JSON.stringify(roles(en)));
  // negatives: a spokesperson's declaration is when it was said, a fire put out is a mitigation
  const said = facts("Panne chez un hébergeur", "Le porte-parole a déclaré vers 10 h que les équipes étaient mobilisées.", { lang: "fr", publishedAt: new Date("2025-06-11T12:00:00Z") });
  assert.deepEqual(at(said, "start"), [], JSON.stringify(roles(said)));
  const out = facts("Data centre fire", "The fire was contained at 05:30 local time, but the servers stayed off.", { lang: "en", publishedAt: new Date("2025-06-11T12:00:00Z") });
  assert.deepEqual(at(out, "start"), [], JSON.stringify(roles(out)));
});

test("a confirmation at a time followed by a quoted promise of news is the acknowledgement; a promise around the time dates nothing (fr + en)", () => {
  const fr = facts("Panne d'un jeu en ligne", "Le compte officiel du jeu a confirmé les problèmes de connexion à 20h15 : « Nous vous tiendrons informés dès que possible ».",
    { lang: "fr", publishedAt: new Date("2025-06-12T22:00:00Z") });
  assert.deepEqual(at(fr, "acknowledged"), ["2025-06-12T18:15:00Z"], JSON.stringify(roles(fr)));
  const en = facts("Game outage", "The studio confirmed the login problems at 3:10 p.m. ET: \"We will keep you posted as we learn more.\"",
    { lang: "en", publishedAt: new Date("2025-06-12T22:00:00Z") });
  assert.deepEqual(at(en, "acknowledged"), ["2025-06-12T19:10:00Z"], JSON.stringify(roles(en)));
  // negative: the time inside the promise is the next update's
  const next = facts("Game outage", "The studio posted: \"We will provide an update by 4:30 p.m. ET.\"", { lang: "en", publishedAt: new Date("2025-06-12T22:00:00Z") });
  assert.deepEqual(next.times.filter((t) => t.role !== "other").map((t) => t.role), [], JSON.stringify(roles(next)));
});

test("users left without the service or unable to use it at a time: that is when it failed (fr + en); a checkpoint or another inability is not", () => {
  const pub = { publishedAt: new Date("2025-06-12T06:00:00Z") };
  const fr = facts("Panne de réseau", "Les clients de l'opérateur étaient sans réseau mardi vers 15 h.", { lang: "fr", ...pub });
  assert.deepEqual(at(fr, "start"), ["2025-06-10T13:00:00Z"], JSON.stringify(roles(fr)));
  const fr2 = facts("Panne de réseau", "Les abonnés ne pouvaient plus appeler lundi vers 9 h.", { lang: "fr", ...pub });
  assert.deepEqual(at(fr2, "start"), ["2025-06-09T07:00:00Z"], JSON.stringify(roles(fr2)));
  const en = facts("Network outage", "Customers were left without internet on Tuesday at 3 p.m. ET.", { lang: "en", ...pub });
  assert.deepEqual(at(en, "start"), ["2025-06-10T19:00:00Z"], JSON.stringify(roles(en)));
  const en2 = facts("App outage", "Users could not connect to the app on Monday at 3 p.m. ET.", { lang: "en", ...pub });
  assert.deepEqual(at(en2, "start"), ["2025-06-09T19:00:00Z"], JSON.stringify(roles(en2)));
  // negatives: still without it is a checkpoint; a person unable to do something says nothing of a service
  const still = facts("Panne de réseau", "Les clients étaient toujours sans réseau mardi à 18 h.", { lang: "fr", ...pub });
  assert.deepEqual(at(still, "start"), [], JSON.stringify(roles(still)));
  const ceo = facts("Réseau", "Le directeur n'a pas pu répondre mardi à 15 h.", { lang: "fr", ...pub });
  assert.deepEqual(at(ceo, "start"), [], JSON.stringify(roles(ceo)));
  const meet = facts("Network", "The CEO could not attend the meeting on Monday at 3 p.m. ET.", { lang: "en", ...pub });
  assert.deepEqual(at(meet, "start"), [], JSON.stringify(roles(meet)));
});

test("a cable or line damaged or cut at a time dates the start (fr + en); a budget cut is not", () => {
  const pub = { publishedAt: new Date("2025-06-12T06:00:00Z") };
  const fr = facts("Panne de fibre", "Le câble de fibre optique de l'opérateur a été endommagé lors de travaux lundi après-midi.", { lang: "fr", ...pub });
  assert.deepEqual(at(fr, "start"), ["2025-06-09T13:00:00Z"], JSON.stringify(roles(fr)));
  const fr2 = facts("Panne de fibre", "Deux câbles de l'opérateur ont été sectionnés vers 14 h par une pelleteuse.", { lang: "fr", ...pub });
  assert.deepEqual(at(fr2, "start"), ["2025-06-11T12:00:00Z"], JSON.stringify(roles(fr2)));
  const en = facts("Fibre outage", "The operator's fibre cable was severed at 1 a.m. ET by a construction crew.", { lang: "en", ...pub });
  assert.deepEqual(at(en, "start"), ["2025-06-12T05:00:00Z"], JSON.stringify(roles(en)));
  const off = facts("Fibre outage", "The operator's budget was cut at a board meeting on Monday at 3 p.m. ET.", { lang: "en", ...pub });
  assert.deepEqual(at(off, "start"), [], JSON.stringify(roles(off)));
});

test("'first flagged' at a time is the start, as 'first reported' is; 'flagged' alone a report (en; fr 'signalé pour la première fois' the same)", () => {
  const en = facts("Payroll app down", "The problem was first flagged at 14:05 UTC on the company's status page and described as fixed by 15:10 UTC.", { lang: "en", publishedAt: new Date("2025-03-04T18:00:00Z") });
  assert.deepEqual(at(en, "start"), ["2025-03-04T14:05:00Z"], JSON.stringify(roles(en)));
  assert.deepEqual(at(en, "end"), ["2025-03-04T15:10:00Z"]);
  const fr = facts("Panne de l'appli de paie", "Le problème a été signalé pour la première fois à 15 h 05 sur la page d'état du service.", { lang: "fr", publishedAt: new Date("2025-03-04T18:00:00Z") });
  assert.deepEqual(at(fr, "start"), ["2025-03-04T14:05:00Z"], JSON.stringify(roles(fr)));
  // negative: flagged with no "first" is a report of trouble then, not when it began
  const later = facts("Payroll app down", "Customers flagged errors at 16:40 UTC as the app kept failing.", { lang: "en", publishedAt: new Date("2025-03-04T18:00:00Z") });
  assert.deepEqual(at(later, "start"), [], JSON.stringify(roles(later)));
  assert.deepEqual(at(later, "report"), ["2025-03-04T16:40:00Z"]);
});

test("a sector or customers plugged back in ('rebranché') is a recovery, and its delay after the start the length (fr)", () => {
  const a = facts("Panne de Zorvex", "Selon Zorvex, le dernier secteur a été rebranché vers 23 h 15, près de vingt heures après le début de la panne.", { lang: "fr", publishedAt: new Date("2025-05-22T22:30:00Z") });
  assert.deepEqual(at(a, "recovery"), ["2025-05-22T21:15:00Z"], JSON.stringify(roles(a)));
  assert.deepEqual(a.durations.map((d) => d.minutes), [1200]);
  const b = facts("Panne de Zorvex", "La panne de Zorvex est terminée : les abonnés ont tous été rebranchés à 6 h 40 ce jeudi.", { lang: "fr", publishedAt: new Date("2025-05-22T12:00:00Z") });
  assert.deepEqual(at(b, "recovery"), ["2025-05-22T04:40:00Z"], JSON.stringify(roles(b)));
  // negative: advice to plug a modem back in dates no recovery
  const c = facts("Panne de Zorvex", "Panne de Zorvex : l'opérateur conseille de rebrancher la box vers 9 h si le voyant reste rouge.", { lang: "fr", publishedAt: new Date("2025-05-22T12:00:00Z") });
  assert.deepEqual(at(c, "recovery"), [], JSON.stringify(roles(c)));
});
