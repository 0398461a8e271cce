// Phases read from phrasings written for this project (EN + FR), with negative cases: the faulty
// change going out, its undoing, how much was back, recoveries told in the present, residual impact.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ArticleFacts } from "../../lib/domain/types";
import { facts } from "./article-helpers";

const PUB = { publishedAt: new Date("2024-07-19T12:00:00Z"), sourceZone: "UTC" };
const roles = (f: ArticleFacts) => f.times.filter((t) => t.time.kind === "instant").map((t) => [t.role, t.time.kind === "instant" ? t.time.utc.slice(11, 16) : ""]);

test("trigger and mitigation: a bad update pushed then pulled (en, fr)", () => {
  const en = facts("Bad update crashes PCs", "Computers crashed worldwide. The faulty update was pushed at 04:09 UTC and pulled at 05:27 UTC.", PUB);
  assert.deepEqual(roles(en), [["trigger", "04:09"], ["mitigation", "05:27"]]);
  const fr = facts("Panne mondiale", "Des ordinateurs plantent partout. La mise à jour défectueuse a été diffusée à 6 h 09 UTC puis retirée à 7 h 27 UTC.", { ...PUB, lang: "fr" });
  assert.deepEqual(roles(fr), [["trigger", "06:09"], ["mitigation", "07:27"]]);
  const rollback = facts("CDN outage", "Sites went down worldwide at 09:48 UTC. Engineers rolled back the configuration at 10:27 UTC.", PUB);
  assert.deepEqual(roles(rollback), [["start", "09:48"], ["mitigation", "10:27"]]);
});

test("negative: a recovery is not a mitigation, a start is not a trigger", () => {
  const f = facts("Outage", "The site went down at 14:00 UTC and service was restored at 16:00 UTC.", PUB);
  assert.deepEqual(roles(f), [["start", "14:00"], ["recovery", "16:00"]]);
});

test("how much was back: a share or a word, and it makes the recovery partial", () => {
  const pct = facts("Outage", "The apps went down at 17:30 UTC. By 23:40 UTC, 99% of users were back online.", PUB);
  const p = pct.times.find((t) => t.role === "partial-recovery");
  assert.equal(p?.extent, "99%");
  const fr = facts("Panne", "Les applications sont tombées en panne à 17 h 30 UTC. Vers 23 h UTC, la plupart des utilisateurs avaient retrouvé l'accès, le service était rétabli.", { ...PUB, lang: "fr" });
  assert.equal(fr.times.find((t) => t.role === "partial-recovery")?.extent, "la plupart");
  const full = facts("Outage", "The apps went down at 17:30 UTC. Service was fully restored at 23:40 UTC.", PUB);
  assert.ok(!full.times.some((t) => t.role === "partial-recovery"), "no share, no partial");
});

test("a recovery told in the present is dated by the publication, only near the outage day and not when denied", () => {
  const pub = new Date("2024-12-11T23:10:00Z");
  const en = facts("Apps back", "The apps went down on December 11 at 17:30 UTC. Our apps are now working again for almost everyone.", { publishedAt: pub, sourceZone: "UTC", kind: "official" });
  const p = en.times.find((t) => t.fromPublication);
  assert.equal(p?.role, "partial-recovery");
  assert.equal(p?.time.kind === "instant" && p.time.utc, "2024-12-11T23:10:00Z");
  const fr = facts("Retour", "Les applications sont tombées en panne le 11 décembre à 17 h 30 UTC. Le service est désormais rétabli.", { publishedAt: pub, sourceZone: "UTC", lang: "fr" });
  assert.equal(fr.times.find((t) => t.fromPublication)?.role, "recovery");
  const denied = facts("Still down", "The apps went down on December 11 at 17:30 UTC. The apps are now still not working again.", { publishedAt: pub, sourceZone: "UTC" });
  assert.ok(!denied.times.some((t) => t.fromPublication));
  const later = facts("Retrospective", "The apps went down on December 11 at 17:30 UTC. The apps are now working again.", { publishedAt: new Date("2024-12-20T10:00:00Z"), sourceZone: "UTC" });
  assert.ok(!later.times.some((t) => t.fromPublication), "a week later, 'now' is not the recovery's time");
});

test("residual impact once a fix is told (en, fr); the outage itself is not residual", () => {
  const en = facts("Fix deployed", "Windows PCs crashed worldwide. A fix was deployed at 05:27 UTC. Machines that already crashed must be repaired by hand, one by one.", PUB);
  assert.equal(en.residual?.length, 1);
  const fr = facts("Correctif", "Les PC plantent. Le correctif a été déployé à 7 h 27 UTC, mais les postes déjà touchés doivent être réparés un par un.", { ...PUB, lang: "fr" });
  assert.equal(fr.residual?.length, 1);
  const live = facts("Panne", "Facebook est en panne depuis 18 h 30 : les messages restent bloqués et les photos ne s'affichent pas.", { ...PUB, lang: "fr" });
  assert.equal(live.residual, undefined, "no fix told, nothing is residual");
});

test("'until' dates the time after it: an outage at 6:27 that lasted until 7:42 (en, fr)", () => {
  const en = facts("CDN outage", "Cloudflare suffered an outage at 6:27 UTC that lasted until 7:42 UTC.", PUB);
  assert.deepEqual(roles(en), [["start", "06:27"], ["end", "07:42"]]);
  const fr = facts("Panne", "Le site est tombé en panne à 9 h UTC, jusqu'à 11 h UTC.", { ...PUB, lang: "fr" });
  assert.deepEqual(fr.times.filter((t) => t.role !== "other").map((t) => t.role), ["start", "end"]);
});

test("reports still climbing later are a checkpoint, not the start; the first reports are", () => {
  const f = facts("Outage", "The apps stopped working at 15:40 UTC. Downdetector logged thousands of complaints within the first half hour, and the curve was still climbing at 18:00 UTC.", PUB);
  assert.deepEqual(roles(f), [["start", "15:40"], ["report", "18:00"]]);
  const first = facts("Outage", "The first reports on Downdetector came at 15:45 UTC.", PUB);
  assert.deepEqual(roles(first), [["start", "15:45"]]);
});

test("'en moins d'une heure' counting reports is no outage length; 'pendant une heure' is", () => {
  const window = facts("Panne", "WhatsApp est en panne. Des milliers d'utilisateurs ont signalé un problème en moins d'une heure.", { ...PUB, lang: "fr" });
  assert.equal(window.durations.length, 0);
  const length = facts("Panne", "WhatsApp est tombé en panne pendant une heure.", { ...PUB, lang: "fr" });
  assert.deepEqual(length.durations.map((d) => d.minutes), [60]);
});

test("a time restated in another zone takes the role of the one it restates (en, fr); a separate time does not", () => {
  const en = facts("Outage", "The outage lasted from 22:44 AEST until 11:25 AEST (01:25 UTC) the next day.", PUB);
  const restated = en.times.find((t) => t.time.kind === "instant" && t.time.phrase === "01:25 UTC");
  assert.equal(restated?.role, "end", "the range's end restated in UTC");
  const fr = facts("Panne", "Le service a été rétabli à 18 h 37 heure de Paris, soit 16 h 37 UTC.", { ...PUB, lang: "fr" });
  assert.ok(fr.times.filter((t) => t.time.kind === "instant").every((t) => t.role === "recovery"));
  const apart = facts("Outage", "The site went down at 09:00 UTC. Reports peaked at 10:00 UTC.", PUB);
  assert.deepEqual(apart.times.map((t) => t.role), ["start", "report"]);
});

test("a reading time is no outage length (en, fr)", () => {
  assert.equal(facts("Outage", "Cloudflare went down. 2 min read. It brought down many websites.", PUB).durations.length, 0);
  assert.equal(facts("Panne", "Cloudflare est tombé en panne. 3 min de lecture.", { ...PUB, lang: "fr" }).durations.length, 0);
  assert.deepEqual(facts("Outage", "Cloudflare went down for 30 minutes.", PUB).durations.map((d) => d.minutes), [30]);
});

test("'after the start' refers to the start, it does not mark the time beside it (fr, en)", () => {
  const fr = facts("Panne", "La panne a commencé vers 15 h UTC. À 22 h 16 UTC, soit près de 15 heures après le début de la panne, tout était rentré dans l'ordre.", { ...PUB, lang: "fr" });
  assert.deepEqual(fr.times.filter((t) => t.time.kind === "instant").map((t) => t.role), ["start", "recovery"]);
  const en = facts("Outage", "At 18:00 UTC, three hours after the start of the outage, service was back.", PUB);
  assert.equal(en.times.find((t) => t.time.kind === "instant")?.role, "recovery");
  const own = facts("Outage", "The outage started at 15:00 UTC.", PUB);
  assert.equal(own.times[0].role, "start");
});

test("a fire brought under control is a mitigation, not the start (fr, en)", () => {
  const fr = facts("Incendie", "Un incendie a touché le centre de données. Le feu a été circonscrit vers 5 h 30 UTC.", { ...PUB, lang: "fr" });
  assert.equal(fr.times.find((t) => t.time.kind === "instant")?.role, "mitigation");
  const en = facts("Fire", "A fire hit the data centre. The fire was brought under control at 05:30 UTC.", PUB);
  assert.equal(en.times.find((t) => t.time.kind === "instant")?.role, "mitigation");
});

test("'some' before a number is 'about', no extent: the recovery stays full (en, fr)", () => {
  const en = facts("Outage", "The host went down at 01:10 UTC on Monday. All customer services were back online by 09:00 UTC on Tuesday, some 32 hours after the fire.", PUB);
  assert.deepEqual(roles(en).filter(([r]) => r !== "start"), [["recovery", "09:00"]]);
  const fr = facts("Panne", "L'hébergeur est tombé en panne lundi à 1 h 10 UTC. Tous les services étaient de retour mardi à 9 h UTC, quelque 32 heures après l'incendie.", { ...PUB, lang: "fr" });
  assert.ok(!fr.times.some((t) => t.role === "partial-recovery"), JSON.stringify(roles(fr)));
  // negatives: "some" before a noun, "certains", still tell a partial recovery
  const some = facts("Outage", "The host went down at 01:10 UTC on Monday. Some services were back online by 09:00 UTC on Tuesday.", PUB);
  assert.equal(some.times.find((t) => t.role === "partial-recovery")?.extent, "some");
  const certains = facts("Panne", "L'hébergeur est tombé en panne lundi à 1 h 10 UTC. Certains services étaient de retour mardi à 9 h UTC.", { ...PUB, lang: "fr" });
  assert.equal(certains.times.find((t) => t.role === "partial-recovery")?.extent, "certains");
});
