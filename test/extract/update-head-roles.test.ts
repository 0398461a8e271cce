// One list of update heads for the reader and the roles (lib/extract/time/data/clock-words): a head
// with a clock alone heads what was true at that clock, in both languages alike ("Update (5:40 p.m.
// ET): the store is back" was a recovery while "Mise à jour 18 h 05 : le réseau est de retour" was
// the page's stamp); with a date after it, or a publication head, it is the page's stamp. Own phrasings.
import assert from "node:assert/strict";
import { test } from "node:test";
import { facts } from "./article-helpers";

const roles = (f: ReturnType<typeof facts>) => f.times.map((t) => `${t.role} ${t.time.kind === "instant" ? t.time.utc : ""}`);

test("an update head with a clock alone heads what was true then (en, fr alike)", () => {
  const en = facts("Steam outage", "Steam is down for many users.\n\nUpdated at 6:15 p.m.: the store is back online.", { lang: "en", publishedAt: new Date("2025-06-10T14:05:00Z") });
  assert.deepEqual(roles(en), ["recovery 2025-06-10T22:15:00Z"]);
  const fr = facts("Panne d'un opérateur", "Les abonnés n'ont plus de réseau.\n\nMise à jour 18 h 05 : le réseau est de retour.", { lang: "fr", publishedAt: new Date("2025-06-10T09:10:00Z") });
  assert.deepEqual(roles(fr), ["recovery 2025-06-10T16:05:00Z"]);
  const bracket = facts("Panne d'un opérateur", "Les abonnés n'ont plus de réseau.\n\n[Mise à jour à 18 h 05] L'opérateur annonce un retour à la normale.", { lang: "fr", publishedAt: new Date("2025-06-10T09:10:00Z") });
  assert.deepEqual(roles(bracket), ["recovery 2025-06-10T16:05:00Z"]);
});

test("an update head followed by a date, or a publication head, is the page's stamp (negatives)", () => {
  const dated = facts("Panne d'un opérateur", "Les abonnés n'ont plus de réseau.\n\n[Mis à jour le mardi 10 juin à 18 h 05] Le réseau est de retour.", { lang: "fr", publishedAt: new Date("2025-06-10T09:10:00Z") });
  assert.deepEqual(roles(dated), ["other 2025-06-10T16:05:00Z"]);
  const en = facts("Steam outage", "Steam is down.\n\nUpdated: June 10, 2025, 6:15 p.m. ET. The store is back online.", { lang: "en", publishedAt: new Date("2025-06-10T23:05:00Z") });
  assert.deepEqual(roles(en), ["other 2025-06-10T22:15:00Z"]);
  const published = facts("Panne d'un opérateur", "Les abonnés n'ont plus de réseau.\n\nPublié à 18 h 05 : le réseau est de retour.", { lang: "fr", publishedAt: new Date("2025-06-10T20:10:00Z") });
  assert.ok(roles(published).every((r) => r.startsWith("other")), JSON.stringify(roles(published)));
});

test("services that 'seem to start coming back' after an update head are recovering, not starting (fr)", () => {
  const fr = facts("Panne de services", "Les services sont en panne.\n\nMise à jour à 15 h 20 : les services semblent commencer à revenir, lentement.", { lang: "fr", publishedAt: new Date("2025-06-10T12:10:00Z") });
  assert.ok(!roles(fr).some((r) => r.startsWith("start")), JSON.stringify(roles(fr)));
  const emerge = facts("Panne de services", "Les services sont en panne.\n\nMise à jour à 15 h 20 : les sites commencent à émerger après la coupure.", { lang: "fr", publishedAt: new Date("2025-06-10T12:10:00Z") });
  assert.ok(!roles(emerge).some((r) => r.startsWith("start")), JSON.stringify(roles(emerge)));
  // negative: a start said with "commencer" stays a start
  const start = facts("Panne de services", "La panne a commencé à 15 h 20, selon l'opérateur.", { lang: "fr", publishedAt: new Date("2025-06-10T17:10:00Z") });
  assert.ok(roles(start).some((r) => r.startsWith("start")), JSON.stringify(roles(start)));
});
