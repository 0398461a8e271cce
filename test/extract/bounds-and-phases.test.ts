// Round eight's time roles and lengths, on own phrasings (fr + en, with negatives): a bound governed by
// a length word is the outage's length while a count "in under an hour" is not; "mitigated" before a
// full recovery is the mitigation; "from X until Y" opens at X; customers "reconnected" are a
// recovery; "revenir sur la panne" goes back over it; users who "remain without" service are no start;
// a recovery "to all" in its own clause is full whatever an earlier clause's share.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

type Lang = "fr" | "en";
const read = (text: string, lang: Lang, published: string) => facts("X", text, { lang, publishedAt: new Date(published) });
const minutes = (text: string, lang: Lang) => read(text, lang, "2026-02-10T18:00:00Z").durations.map((d) => d.minutes);
const roles = (text: string, lang: Lang, published: string) =>
  read(text, lang, published).times.map((f) => `${f.role} ${f.time.kind === "instant" ? f.time.utc : f.time.kind}`);

test("a bound after a length word is the outage's length; a count within a bound is not (en, fr)", () => {
  assert.deepEqual(minutes("The outage lasted less than an hour on Tuesday.", "en"), [60]);
  assert.deepEqual(minutes("The app was down for under an hour on Tuesday.", "en"), [60]);
  assert.deepEqual(minutes("La panne a duré moins d'une heure mardi.", "fr"), [60]);
  assert.deepEqual(minutes("Le site est resté inaccessible pendant moins de deux heures.", "fr"), [120]);
  // negatives: how fast complaints came in
  assert.deepEqual(minutes("Downdetector logged more than 15,000 reports in under an hour.", "en"), []);
  assert.deepEqual(minutes("The site received 4,000 complaints in less than an hour.", "en"), []);
  assert.deepEqual(minutes("Plus de 8 000 signalements en moins d'une heure sur Downdetector.", "fr"), []);
});

test("'mitigated' followed by a full recovery in the sentence is the mitigation step (en, fr); alone it stays the end", () => {
  const en = roles("Impact began at 09:12 UTC. The impact was mitigated at 09:40 UTC, and all services fully recovered by 10:25 UTC.", "en", "2026-02-10T18:00:00Z");
  assert.ok(en.includes("mitigation 2026-02-10T09:40:00Z"), en.join(" | "));
  assert.ok(en.includes("recovery 2026-02-10T10:25:00Z"), en.join(" | "));
  const fr = roles("L'impact a été atténué à 10 h 40, et le service a été entièrement rétabli à 11 h 25.", "fr", "2026-02-10T18:00:00Z");
  assert.ok(fr.includes("mitigation 2026-02-10T09:40:00Z"), fr.join(" | "));
  assert.ok(fr.includes("recovery 2026-02-10T10:25:00Z"), fr.join(" | "));
  // negative: Azure's "mitigated at" alone is the end of the impact
  const alone = roles("Customers saw errors until the issue was mitigated at 09:40 UTC.", "en", "2026-02-10T18:00:00Z");
  assert.ok(alone.includes("end 2026-02-10T09:40:00Z"), alone.join(" | "));
});

test("'from X until Y, when it came back' opens the outage at X", () => {
  // read as two instants (start, end) or, since round nine's time reader joins a range whose clocks
  // each carry their own day, as one range: the timeline takes a range's ends as start and end
  // unless it is a report or a partial recovery (time-candidates.ts)
  const text = "Viewers could not watch from 10:45 p.m. ET on Saturday until about 1 a.m. Sunday, when the service came back.";
  const en = roles(text, "en", "2026-02-08T15:00:00Z");
  const window = read(text, "en", "2026-02-08T15:00:00Z").times.find((f) => f.time.kind === "range");
  const asRange = window !== undefined && window.time.kind === "range" && window.role !== "report" && window.role !== "partial-recovery" &&
    window.time.start === "2026-02-08T03:45:00Z" && window.time.end.startsWith("2026-02-08T06:00");
  const asInstants = en.includes("start 2026-02-08T03:45:00Z") && en.some((r) => r.startsWith("end 2026-02-08T06:00"));
  assert.ok(asRange || asInstants, en.join(" | "));
  // a clause between the two clocks keeps them two instants: the opening one is the start
  const apart = roles("Viewers could not watch from 10:45 p.m. ET on Saturday, as the final began, until about 1 a.m. Sunday, when the service came back.", "en", "2026-02-08T15:00:00Z");
  assert.ok(apart.includes("start 2026-02-08T03:45:00Z"), apart.join(" | "));
  assert.ok(apart.some((r) => r.startsWith("end 2026-02-08T06:00")), apart.join(" | "));
  // negative: a recovery that holds from a time on, with no closing "until"
  const back = roles("The service came back from 1 a.m. ET on Sunday, the company said.", "en", "2026-02-08T15:00:00Z");
  assert.ok(!back.some((r) => r.startsWith("start")), back.join(" | "));
});

test("customers reconnected are a recovery (en, fr); having to reconnect is not", () => {
  assert.ok(roles("All customers were reconnected by 4pm on Thursday, the operator said.", "en", "2026-02-12T20:00:00Z").some((r) => r.startsWith("recovery")));
  assert.ok(roles("Tous les abonnés ont été reconnectés jeudi vers 16 h, selon l'opérateur.", "fr", "2026-02-12T20:00:00Z").some((r) => r.startsWith("recovery")));
  const must = roles("Les utilisateurs devaient se reconnecter à leur compte jeudi vers 16 h.", "fr", "2026-02-12T20:00:00Z");
  assert.ok(!must.some((r) => r.startsWith("recovery")), must.join(" | "));
});

test("'revenir sur la panne' goes back over the outage, it tells no recovery; 'revenu sur l'ensemble du territoire' does", () => {
  const revisit = roles("La banque est revenue mardi sur la panne de samedi, qui a duré toute la matinée.", "fr", "2026-06-09T09:00:00Z");
  assert.ok(!revisit.some((r) => r.startsWith("recovery")), revisit.join(" | "));
  const back = roles("Le réseau est revenu sur l'ensemble du territoire vers 18 h mardi.", "fr", "2026-06-09T19:00:00Z");
  assert.ok(back.some((r) => r.startsWith("recovery")), back.join(" | "));
});

test("users who remain without the service on a day are a checkpoint, not the start (en, fr)", () => {
  const en = roles("Thousands of customers remain without broadband on Tuesday, the company said.", "en", "2026-01-27T18:00:00Z");
  assert.ok(!en.some((r) => r.startsWith("start")), en.join(" | "));
  const fr = roles("Des milliers d'abonnés restent privés d'internet mardi, selon l'opérateur.", "fr", "2026-01-27T18:00:00Z");
  assert.ok(!fr.some((r) => r.startsWith("start")), fr.join(" | "));
  // negative: losing the service at a time is its start
  assert.ok(roles("Customers lost their connection at about 6pm on Monday.", "en", "2026-01-27T18:00:00Z").some((r) => r.startsWith("start")));
});

test("a recovery for everyone in its own clause is full, after a share in an earlier clause (fr, en)", () => {
  const fr = roles("L'opérateur a rétabli le service pour la plupart de ses clients mardi vers 20 h, et pour tous mercredi vers 9 h.", "fr", "2026-02-11T12:00:00Z");
  assert.ok(fr.includes("recovery 2026-02-11T08:00:00Z"), fr.join(" | "));
  assert.ok(fr.includes("partial-recovery 2026-02-10T19:00:00Z"), fr.join(" | "));
  const en = roles("The carrier restored service to most customers by 8 p.m. Tuesday, and to all of them by 9 a.m. Wednesday.", "en", "2026-02-11T18:00:00Z");
  assert.ok(en.includes("recovery 2026-02-11T14:00:00Z"), en.join(" | "));
  // negative: the share alone stays partial
  const most = roles("Le service a été rétabli mardi vers 20 h pour la plupart des clients.", "fr", "2026-02-11T12:00:00Z");
  assert.ok(most.includes("partial-recovery 2026-02-10T19:00:00Z"), most.join(" | "));
});

test("'a pris fin' / 'came to an end' dates the end (fr, en)", () => {
  const fr = roles("La panne a débuté samedi à 21 h 40 et a pris fin dimanche à 1 h 10, selon la plateforme.", "fr", "2026-04-12T09:00:00Z");
  assert.ok(fr.includes("end 2026-04-11T23:10:00Z"), fr.join(" | "));
  assert.ok(fr.includes("start 2026-04-11T19:40:00Z"), fr.join(" | "));
  const en = roles("The outage came to an end at 4:20 p.m. ET on Friday.", "en", "2026-04-10T22:00:00Z");
  assert.ok(en.includes("end 2026-04-10T20:20:00Z"), en.join(" | "));
});

test("a payment system that 'stopped processing' at a time failed then (en, fr)", () => {
  const en = roles("Terminals stopped processing payments at 1:05 p.m. ET on Thursday.", "en", "2026-03-12T22:00:00Z");
  assert.ok(en.includes("start 2026-03-12T17:05:00Z"), en.join(" | "));
  const fr = roles("Les terminaux ont cessé de traiter les paiements jeudi à 14 h 05.", "fr", "2026-03-12T22:00:00Z");
  assert.ok(fr.includes("start 2026-03-12T13:05:00Z"), fr.join(" | "));
});

test("the day a written account came out dates no part of the outage (en, fr)", () => {
  const en = roles("On March 12, Square card readers stopped processing payments from 1:05 p.m. to 3:40 p.m. ET, the company said in a report published on Friday.", "en", "2026-03-20T15:00:00Z");
  assert.ok(!en.some((r) => /^(start|end|recovery) 2026-03-20/.test(r)), en.join(" | "));
  const fr = roles("Le site a été inaccessible jeudi de 9 h à 11 h, selon un communiqué publié lundi.", "fr", "2026-03-16T15:00:00Z");
  assert.ok(!fr.some((r) => /^(start|end|recovery) 2026-03-16/.test(r)), fr.join(" | "));
  // negative: the faulty update going out ("la mise à jour publiée à 6 h") is not an account
  const update = roles("La mise à jour a été publiée à 6 h 10 et les applications ont planté.", "fr", "2026-03-16T15:00:00Z");
  assert.ok(update.some((r) => r.startsWith("trigger")), update.join(" | "));
});
