import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

const at = (f: ReturnType<typeof facts>, role: string) =>
  f.times.filter((t) => t.role === role).map((t) => (t.time.kind === "instant" ? t.time.utc : t.time.kind === "range" ? t.time.start : ""));

test("French start and recovery times: 'depuis', 'les premiers signalements', 'rétabli'", () => {
  const f = facts(
    "Panne de Facebook",
    "Facebook est en panne depuis 16h30 ce mardi. Vers 16h, les premiers signalements sont apparus sur Downdetector. Le service a été rétabli vers 19h15.",
    { lang: "fr", publishedAt: new Date("2024-03-05T20:00:00Z") },
  );
  assert.ok(at(f, "start").includes("2024-03-05T15:30:00Z"), JSON.stringify(f.times.map((t) => [t.role, t.time.phrase])));
  assert.ok(at(f, "start").includes("2024-03-05T15:00:00Z"));
  assert.ok(at(f, "recovery").includes("2024-03-05T18:15:00Z"));
});

test("English start, acknowledgement, partial recovery and end", () => {
  const f = facts(
    "Instagram outage",
    "Instagram went down at 11:40 a.m. ET on Wednesday. At 12:10 p.m. ET the company acknowledged the problem. Service was partially restored at 2 p.m. ET and the outage was resolved at 4:30 p.m. ET.",
    { lang: "en", publishedAt: new Date("2024-12-11T23:00:00Z") },
  );
  assert.deepEqual(at(f, "start"), ["2024-12-11T16:40:00Z"]);
  assert.deepEqual(at(f, "acknowledged"), ["2024-12-11T17:10:00Z"]);
  assert.deepEqual(at(f, "partial-recovery"), ["2024-12-11T19:00:00Z"]);
  assert.deepEqual(at(f, "end"), ["2024-12-11T21:30:00Z"]);
});

test("confidence is higher with an explicit zone and minute precision", () => {
  const f = facts("Panne", "La panne a commencé à 16h42, heure de Paris. Une autre coupure a commencé vers 18 heures.", { lang: "fr" });
  const [explicit, vague] = f.times.filter((t) => t.role === "start");
  assert.ok(explicit.confidence > vague.confidence, `${explicit.confidence} vs ${vague.confidence}`);
});

test("durations are kept apart, only near failure words", () => {
  const f = facts("WhatsApp down", "The outage lasted about six hours. The company has been around for fifteen years.", { lang: "en" });
  assert.deepEqual(f.durations.map((d) => d.minutes), [360]);
  const fr = facts("Panne", "Après deux heures de panne, le service est revenu.", { lang: "fr" });
  assert.deepEqual(fr.durations.map((d) => d.minutes), [120]);
});

test("a status update's own timestamp is a fact of its status", () => {
  const f = facts("Issue resolved", "This incident has been resolved.", { kind: "status", statusValue: "resolved", publishedAt: new Date("2025-11-18T17:06:00Z") });
  assert.deepEqual(at(f, "end"), ["2025-11-18T17:06:00Z"]);
});

test("a cue across a clause break does not steal a time ('restored at 20:50, and DNS began...')", () => {
  const f = facts(
    "Facebook outage",
    "Facebook went down at 15:39 UTC. Routing was restored at about 20:50 UTC, and DNS services began to be available again at 21:05 UTC.",
    { lang: "en", publishedAt: new Date("2021-10-05T08:00:00Z") },
  );
  assert.deepEqual(at(f, "start"), ["2021-10-04T15:39:00Z"]);
  assert.deepEqual(at(f, "recovery"), ["2021-10-04T20:50:00Z", "2021-10-04T21:05:00Z"]);
});

test("'un retour progressif à la normale a été confirmé' is a partial recovery, not an acknowledgement", () => {
  const f = facts("Panne de WhatsApp", "Peu avant 20 heures, un retour progressif à la normale a été confirmé par WhatsApp.", { lang: "fr", publishedAt: new Date("2024-12-11T22:00:00Z") });
  assert.deepEqual(f.times.map((t) => t.role), ["partial-recovery"]);
});

test("a start word that opens a recovery ('début de rétablissement', 'started to come back') marks a partial recovery", () => {
  const fr = facts(
    "Panne de Slack",
    "Slack est en panne depuis 9h ce jeudi. Vers 11h40 : début de rétablissement pour les utilisateurs.",
    { lang: "fr", publishedAt: new Date("2025-02-06T14:00:00Z") },
  );
  assert.deepEqual(at(fr, "start"), ["2025-02-06T08:00:00Z"], JSON.stringify(fr.times.map((t) => [t.role, t.time.phrase])));
  assert.deepEqual(at(fr, "partial-recovery"), ["2025-02-06T10:40:00Z"]);
  const en = facts(
    "Slack outage",
    "Slack went down at 9:05 a.m. ET on Thursday. At 11:40 a.m. ET, services started to come back.",
    { lang: "en", publishedAt: new Date("2025-02-06T20:00:00Z") },
  );
  assert.deepEqual(at(en, "start"), ["2025-02-06T14:05:00Z"], JSON.stringify(en.times.map((t) => [t.role, t.time.phrase])));
  assert.deepEqual(at(en, "partial-recovery"), ["2025-02-06T16:40:00Z"]);
});

test("a clock time saying the outage was still going on is a checkpoint, not the start", () => {
  const en = facts(
    "Streamly is down",
    "Streamly stopped working for viewers around the world shortly after 6 p.m. ET. At 7:15 p.m. ET the outage had lasted about an hour, and the status page still showed a major outage.",
    { lang: "en", publishedAt: new Date("2024-12-12T00:30:00Z") },
  );
  assert.ok(!at(en, "start").includes("2024-12-12T00:15:00Z"), JSON.stringify(en.times.map((t) => [t.role, t.time.phrase])));
  const fr = facts(
    "Streamly en panne",
    "La plateforme Streamly est en panne. À 20 h, le site était toujours inaccessible pour de nombreux abonnés.",
    { lang: "fr", publishedAt: new Date("2024-03-05T20:30:00Z") },
  );
  assert.deepEqual(at(fr, "start"), [], JSON.stringify(fr.times.map((t) => [t.role, t.time.phrase])));
});

test("a clock time in a sentence that only says the service failed is still read as the start", () => {
  const en = facts("Streamly outage", "Streamly was down at 14:05 GMT for viewers across Europe.", { lang: "en", publishedAt: new Date("2024-03-05T16:00:00Z") });
  assert.deepEqual(at(en, "start"), ["2024-03-05T14:05:00Z"]);
  const fr = facts("Panne de Streamly", "Streamly était inaccessible à 15 h 10, une fois encore.", { lang: "fr", publishedAt: new Date("2024-03-05T16:00:00Z") });
  assert.deepEqual(at(fr, "start"), ["2024-03-05T14:10:00Z"]);
});

test("a day in a sentence saying the service failed is the start known to the day; a day in a sentence that says nothing of a failure is not", () => {
  const fr = facts("Panne de Streamly", "Le 4 mars 2024, les abonnés de Streamly ont eu une surprise : le site est soudainement devenu inaccessible.", { lang: "fr", publishedAt: new Date("2024-03-06T09:00:00Z") });
  assert.deepEqual(fr.times.filter((t) => t.role === "start" && t.time.kind === "instant").map((t) => t.time.kind === "instant" && t.time.localDate), ["2024-03-04"], JSON.stringify(fr.times.map((t) => [t.role, t.time.phrase])));
  const en = facts("Streamly outage", "On March 4, 2024, Streamly went down for viewers across Europe.", { lang: "en", publishedAt: new Date("2024-03-06T09:00:00Z") });
  assert.deepEqual(en.times.filter((t) => t.role === "start" && t.time.kind === "instant").map((t) => t.time.kind === "instant" && t.time.localDate), ["2024-03-04"]);
  // negative: the day of a launch, in a sentence with no failure word
  const neg = facts("Streamly outage", "Streamly went down for viewers across Europe. The service launched on March 4, 2019 in ten countries.", { lang: "en", publishedAt: new Date("2024-03-06T09:00:00Z") });
  assert.deepEqual(at(neg, "start"), []);
});

test("'started to work again' / 'commencent à refonctionner' opens a recovery, never the start (en, fr)", () => {
  const en = facts(
    "Game login outage",
    "Players could not sign in to the launcher from 6 p.m. GMT on Friday. Sign-ins started to work again for most accounts at about 10.15pm GMT.",
    { lang: "en", publishedAt: new Date("2026-03-07T09:00:00Z") },
  );
  assert.deepEqual(at(en, "start"), ["2026-03-06T18:00:00Z"], JSON.stringify(en.times.map((t) => [t.role, t.time.phrase])));
  assert.deepEqual(at(en, "partial-recovery"), ["2026-03-06T22:15:00Z"]);
  const fr = facts(
    "Panne des paiements",
    "Les paiements par carte étaient refusés depuis 8 h 10 ce samedi. Vers 10 h 45, les terminaux ont commencé à refonctionner dans la plupart des magasins.",
    { lang: "fr", publishedAt: new Date("2026-03-07T14:00:00Z") },
  );
  assert.deepEqual(at(fr, "start"), ["2026-03-07T07:10:00Z"], JSON.stringify(fr.times.map((t) => [t.role, t.time.phrase])));
  assert.deepEqual(at(fr, "partial-recovery"), ["2026-03-07T09:45:00Z"]);
  // a start word that is not a return stays the start
  const neg = facts(
    "Game login outage",
    "Sign-in errors started at 6 p.m. GMT on Friday and the launcher stopped working for many players.",
    { lang: "en", publishedAt: new Date("2026-03-07T09:00:00Z") },
  );
  assert.deepEqual(at(neg, "start"), ["2026-03-06T18:00:00Z"]);
});
