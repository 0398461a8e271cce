// How outage reports say when it was over, in French and English: each sentence must yield a
// recovery or end time at the stated instant (UTC), and partial recoveries must stay partial.
import { test } from "node:test";
import assert from "node:assert/strict";
import { caseFacts, describeTimes, instantsWith, type Case } from "./cases-helpers";

const ENDS: (Case & { end: string })[] = [
  { lang: "en", text: "Users could not reach their inboxes for most of the day. Service was fully restored at 21:30 UTC on Tuesday.", end: "2025-06-10T21:30:00Z" },
  { lang: "en", text: "After hours of disruption, services came back online around 6pm ET, the company said.", end: "2025-06-10T22:00:00Z" },
  { lang: "en", text: "The outage began in the morning and was resolved at 3:45 p.m. PT.", end: "2025-06-10T22:45:00Z" },
  { lang: "en", text: "Resolved - This incident has been resolved and users should no longer see errors. Jun 10, 14:02 UTC", end: "2025-06-10T14:02:00Z" },
  { lang: "en", text: "Pages failed to load for hours. Everything was operating normally again by 11:05 GMT.", end: "2025-06-10T11:05:00Z" },
  { lang: "en", text: "The outage hit Teams users worldwide. Microsoft said the issue was mitigated at 18:10 UTC.", end: "2025-06-10T18:10:00Z" },
  { lang: "en", text: "Many people were locked out of the app. Users were able to log in again shortly after 7:15 p.m. ET.", end: "2025-06-10T23:15:00Z" },
  { lang: "en", text: "The service went down in the morning and was back up and running by 3 p.m. ET.", end: "2025-06-10T19:00:00Z" },
  { lang: "en", text: "The outage was over by 5:10 p.m. ET, according to the company.", end: "2025-06-10T21:10:00Z" },
  { lang: "en", text: "The outage knocked the app offline until 4:30 p.m. ET on Tuesday.", end: "2025-06-10T20:30:00Z" },
  { lang: "fr", text: "La panne a touché des milliers d'abonnés. Le service a été rétabli vers 23h (heure de Paris).", end: "2025-06-10T21:00:00Z" },
  { lang: "fr", text: "La panne a duré tout l'après-midi. Tout est rentré dans l'ordre vers 18h30, selon l'opérateur.", end: "2025-06-10T16:30:00Z" },
  { lang: "fr", text: "Après une longue panne, le réseau fonctionne à nouveau normalement depuis 21h.", end: "2025-06-10T19:00:00Z" },
  { lang: "fr", text: "La panne a privé les clients d'internet. Orange a annoncé la fin de l'incident à 14h05.", end: "2025-06-10T12:05:00Z" },
  { lang: "fr", text: "Les services sont de nouveau opérationnels depuis 16 h 20, après une panne de plusieurs heures.", end: "2025-06-10T14:20:00Z" },
  { lang: "fr", text: "La panne a débuté vers midi. Le problème a été corrigé à 15h40, a indiqué l'entreprise.", end: "2025-06-10T13:40:00Z" },
  { lang: "fr", text: "La panne a débuté vers midi. La situation est revenue à la normale à 17 heures.", end: "2025-06-10T15:00:00Z" },
  { lang: "fr", text: "Perturbé depuis le matin, le site est de nouveau accessible depuis 19 h.", end: "2025-06-10T17:00:00Z" },
];

for (const c of ENDS) {
  test(`end (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    assert.ok(instantsWith(f, ["end", "recovery"]).includes(c.end), describeTimes(f));
  });
}

const RANGES: (Case & { start: string; end: string })[] = [
  { lang: "en", text: "Customers could not log in between 15:40 and 22:30 UTC on Tuesday.", start: "2025-06-10T15:40:00Z", end: "2025-06-10T22:30:00Z" },
  { lang: "en", text: "The disruption lasted from 9:15 a.m. to 1:30 p.m. ET.", start: "2025-06-10T13:15:00Z", end: "2025-06-10T17:30:00Z" },
  { lang: "fr", text: "Les services ont été perturbés entre 15h40 et 22h30 mardi.", start: "2025-06-10T13:40:00Z", end: "2025-06-10T20:30:00Z" },
  { lang: "fr", text: "La panne a duré de 10 h 05 à 13 h 50.", start: "2025-06-10T08:05:00Z", end: "2025-06-10T11:50:00Z" },
];

for (const c of RANGES) {
  test(`range (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    const ranges = f.times.filter((t) => t.time.kind === "range" && t.role !== "report" && t.role !== "partial-recovery");
    assert.ok(ranges.some((t) => t.time.kind === "range" && t.time.start === c.start && t.time.end === c.end), describeTimes(f));
  });
}

const PARTIAL_THEN_FULL: (Case & { partial: string; full: string })[] = [
  { lang: "en", text: "By 4 p.m. ET most users could access the site again. Service was fully restored at 6:20 p.m. ET.", partial: "2025-06-10T20:00:00Z", full: "2025-06-10T22:20:00Z" },
  { lang: "en", text: "Access was partially restored at 1 p.m. ET, and the company declared the incident resolved at 3:30 p.m. ET.", partial: "2025-06-10T17:00:00Z", full: "2025-06-10T19:30:00Z" },
  { lang: "fr", text: "Le service a été progressivement rétabli à partir de 17h. Le retour complet à la normale a été annoncé à 19h45.", partial: "2025-06-10T15:00:00Z", full: "2025-06-10T17:45:00Z" },
  { lang: "fr", text: "Vers 14h, la plupart des utilisateurs pouvaient de nouveau se connecter. Le service a été entièrement rétabli à 16h10.", partial: "2025-06-10T12:00:00Z", full: "2025-06-10T14:10:00Z" },
];

for (const c of PARTIAL_THEN_FULL) {
  test(`partial then full recovery (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    assert.ok(instantsWith(f, ["partial-recovery"]).includes(c.partial), describeTimes(f));
    assert.ok(!instantsWith(f, ["end", "recovery"]).includes(c.partial), describeTimes(f));
    assert.ok(instantsWith(f, ["end", "recovery"]).includes(c.full), describeTimes(f));
  });
}

// "largely restored", "the situation improved": most is back, and postmortems date the end later
const PARTIAL_ONLY: (Case & { partial: string })[] = [
  { lang: "en", text: "The outage began in the morning. Service was largely restored by 2:30 p.m. ET.", partial: "2025-06-10T18:30:00Z" },
  { lang: "en", text: "The outage began in the morning. The situation improved around 1 p.m. ET.", partial: "2025-06-10T17:00:00Z" },
  { lang: "fr", text: "La panne a débuté vers midi. Vers 16h, la situation s'est globalement améliorée.", partial: "2025-06-10T14:00:00Z" },
];

for (const c of PARTIAL_ONLY) {
  test(`partial recovery only (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    assert.ok(instantsWith(f, ["partial-recovery"]).includes(c.partial), describeTimes(f));
    assert.ok(!instantsWith(f, ["end", "recovery"]).includes(c.partial), describeTimes(f));
  });
}
