// More ways the press and status pages say an outage ended or began, written for this project (round
// seven of issue 13, from the own incidents of test/timeline/fixtures/end-cases.ts): users getting the
// service back or losing it, a state "as of" a clock, a statement at a clock that tells a recovery,
// "fully" after a partial recovery in one sentence, a day that names the outage, French status heads.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { TimeRole } from "../../../lib/domain/types";
import { caseFacts, describeTimes, instantsWith, type Case } from "./cases-helpers";

type RoleCase = Case & { roles: TimeRole[]; at: string; not?: true };

const CASES: RoleCase[] = [
  // users getting the service back (partial with a share under 100 %)
  { lang: "fr", text: "Après une coupure débutée vers 17 h, 99 % des clients avaient retrouvé le réseau mobile à 23 h, selon l'opérateur.", roles: ["partial-recovery"], at: "2025-06-10T21:00:00Z" },
  { lang: "fr", text: "Les abonnés ont retrouvé l'accès à leur messagerie vers 16 h 30.", roles: ["recovery"], at: "2025-06-10T14:30:00Z" },
  { lang: "en", text: "Customers regained access to their accounts at 6:20 p.m. ET, the bank said.", roles: ["recovery"], at: "2025-06-10T22:20:00Z" },
  // a state from a clock on
  { lang: "en", text: "\"All systems are operational as of 1:25 p.m. ET,\" the company wrote on its status page.", roles: ["recovery"], at: "2025-06-10T17:25:00Z" },
  { lang: "en", text: "The app has been back online as of 4 p.m. ET, according to the company.", roles: ["recovery"], at: "2025-06-10T20:00:00Z" },
  { lang: "fr", text: "Le service est de nouveau opérationnel à compter de 15 h, a indiqué l'entreprise.", roles: ["recovery"], at: "2025-06-10T13:00:00Z" },
  { lang: "en", text: "As of 3 p.m. ET the site remained down, and the company did not say when it would be back.", roles: ["recovery", "end", "partial-recovery"], at: "2025-06-10T19:00:00Z", not: true },
  // a statement at a clock telling a recovery
  { lang: "en", text: "The operator finally confirmed at 7:30 p.m. ET that all services were back to normal.", roles: ["recovery"], at: "2025-06-10T23:30:00Z" },
  { lang: "fr", text: "Orange a confirmé à 19 h 30 que le réseau était rétabli dans toute la région.", roles: ["recovery"], at: "2025-06-10T17:30:00Z" },
  { lang: "en", text: "The carrier confirmed at 9 a.m. ET that engineers were investigating the outage.", roles: ["recovery", "end", "partial-recovery"], at: "2025-06-10T13:00:00Z", not: true },
  { lang: "fr", text: "L'opérateur a confirmé la panne à 9 h, sans donner de cause.", roles: ["recovery", "end", "partial-recovery"], at: "2025-06-10T07:00:00Z", not: true },
  // "fully" after a partial recovery in the same sentence
  { lang: "en", text: "Microsoft said service was restored for most users by 3 p.m. ET and fully restored by 5 p.m. ET.", roles: ["recovery"], at: "2025-06-10T21:00:00Z" },
  { lang: "en", text: "Microsoft said service was restored for most users by 3 p.m. ET and fully restored by 5 p.m. ET.", roles: ["partial-recovery"], at: "2025-06-10T19:00:00Z" },
  { lang: "fr", text: "Le service a été rétabli pour la plupart des abonnés vers 15 h et totalement rétabli vers 17 h.", roles: ["recovery"], at: "2025-06-10T15:00:00Z" },
  { lang: "fr", text: "Le service a été rétabli pour la plupart des abonnés vers 15 h et totalement rétabli vers 17 h.", roles: ["partial-recovery"], at: "2025-06-10T13:00:00Z" },
  // users losing the service, a service that stopped doing its job: the start
  { lang: "fr", text: "Des milliers d'abonnés ont perdu leur connexion fibre mardi vers 14 h en Bretagne.", roles: ["start"], at: "2025-06-10T12:00:00Z" },
  { lang: "en", text: "Thousands of customers lost access to their accounts at 9:15 a.m. ET on Tuesday.", roles: ["start"], at: "2025-06-10T13:15:00Z" },
  { lang: "en", text: "The music app stopped playing songs for many listeners shortly after 2 p.m. ET.", roles: ["start"], at: "2025-06-10T18:00:00Z" },
  { lang: "fr", text: "Le club a perdu le match à 21 h, devant son public.", roles: ["start"], at: "2025-06-10T19:00:00Z", not: true },
  // a French status page's investigating head: the operator knew by then
  { lang: "fr", text: "En cours d'analyse - Nous constatons des erreurs sur les paiements par carte.\n\n10 juin 2025 - 08:41 CEST", roles: ["acknowledged"], at: "2025-06-10T06:41:00Z" },
  // found on the held-out own incidents (end-cases-held-out.ts): no longer able, access again, failing
  { lang: "fr", text: "Les utilisateurs n'ont plus pu écouter de musique vers 10 h 40 mardi.", roles: ["start"], at: "2025-06-10T08:40:00Z" },
  { lang: "en", text: "Subscribers could no longer stream shows at 9 p.m. ET on Tuesday.", roles: ["start"], at: "2025-06-11T01:00:00Z" },
  { lang: "fr", text: "Vers 22 h, la majorité des clients avaient de nouveau accès au réseau, selon l'opérateur.", roles: ["partial-recovery"], at: "2025-06-10T20:00:00Z" },
  { lang: "en", text: "By 6 p.m. ET, customers had access again, the bank said.", roles: ["recovery"], at: "2025-06-10T22:00:00Z" },
  { lang: "en", text: "Transfers failed from 9 a.m. ET on Tuesday.", roles: ["start"], at: "2025-06-10T13:00:00Z" },
  { lang: "en", text: "Card payments started failing at 14:10 UTC, the processor said.", roles: ["start"], at: "2025-06-10T14:10:00Z" },
  // a status update's state label decides what its stamp marks, whatever else the update says
  { lang: "en", text: "Resolved - This incident has been resolved and meetings are starting normally.\nJun 10, 2025 - 19:40 UTC", roles: ["end"], at: "2025-06-10T19:40:00Z" },
  { lang: "en", text: "Resolved\nThis incident has been resolved and calls are starting to connect.\nJun 10, 2025 - 19:40 UTC", roles: ["end"], at: "2025-06-10T19:40:00Z" },
  { lang: "fr", text: "Résolu - Le problème est résolu, les paiements redémarrent.\n10 juin 2025 - 10:32 CEST", roles: ["end"], at: "2025-06-10T08:32:00Z" },
  { lang: "fr", text: "Surveillance - Un correctif a été déployé, nous suivons la situation.\n10 juin 2025 - 09:55 CEST", roles: ["partial-recovery"], at: "2025-06-10T07:55:00Z" },
  { lang: "en", text: "Resolved - This incident has been resolved and meetings are starting normally.\nJun 10, 2025 - 19:40 UTC", roles: ["start"], at: "2025-06-10T19:40:00Z", not: true },
];

for (const c of CASES) {
  test(`${c.not ? "not " : ""}${c.roles.join("/")} at ${c.at} (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    assert.equal(instantsWith(f, c.roles).includes(c.at), !c.not, describeTimes(f));
  });
}

// A day that names the outage ("Tuesday's outage", "la panne de mardi") is no end; said of the fix, it is.
const DAY_NAMES: (Case & { end: boolean })[] = [
  { lang: "en", text: "Discord says it has fully resolved Tuesday's outage.", end: false },
  { lang: "fr", text: "Discord a résolu la panne de mardi, selon un porte-parole.", end: false },
  { lang: "en", text: "The problem was resolved on Tuesday, the company said.", end: true },
  { lang: "fr", text: "Le problème a été résolu mardi, selon l'entreprise.", end: true },
];

for (const c of DAY_NAMES) {
  test(`a day naming the outage is ${c.end ? "" : "not "}an end (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    const dayEnds = f.times.filter((t) => ["end", "recovery", "partial-recovery"].includes(t.role) && t.time.kind === "instant" && t.time.granularity === "day");
    assert.equal(dayEnds.length > 0, c.end, describeTimes(f));
  });
}

// A length that counts reports within a window is no outage length; the outage's own length is.
const WINDOWS: (Case & { minutes: number; length: boolean })[] = [
  { lang: "en", text: "In the first 30 minutes, Downdetector logged more than 50,000 reports about the app.", minutes: 30, length: false },
  { lang: "fr", text: "En l'espace de deux heures, plus de 30 000 signalements ont été enregistrés.", minutes: 120, length: false },
  { lang: "fr", text: "Au cours des deux premières heures, 20 000 internautes ont signalé un problème.", minutes: 120, length: false },
  { lang: "en", text: "The outage lasted 30 minutes, the company said.", minutes: 30, length: true },
  { lang: "fr", text: "La panne a duré deux heures, selon l'opérateur.", minutes: 120, length: true },
  // a window after the fix measures the outage: it was over within it
  { lang: "fr", text: "Le service a été rétabli en moins d'une heure, selon l'opérateur.", minutes: 60, length: true },
  { lang: "fr", text: "Le problème a été résolu en une quarantaine de minutes.", minutes: 40, length: true },
  { lang: "en", text: "Engineers fixed the problem within 30 minutes, the company said.", minutes: 30, length: true },
  { lang: "en", text: "In less than an hour, 10,000 users reported problems.", minutes: 60, length: false },
];

for (const c of WINDOWS) {
  test(`${c.minutes} min is ${c.length ? "" : "not "}the outage's length (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    assert.equal(f.durations.some((d) => d.minutes === c.minutes), c.length, JSON.stringify(f.durations.map((d) => [d.minutes, d.span.text])));
  });
}

// Days in brackets qualify what comes before them ("deux jours d'inaccessibilité (jeudi et vendredi)"),
// never the recovery told after the closing bracket; the day outside the brackets is the recovery's.
const BRACKETED: (Case & { inside: string; outside: string })[] = [
  { lang: "fr", text: "Après deux jours de panne (jeudi et vendredi derniers), le site a retrouvé un fonctionnement normal samedi.", inside: "jeudi", outside: "samedi" },
  { lang: "en", text: "After two days offline (last Thursday and Friday), the service was back to normal on Saturday.", inside: "Thursday", outside: "Saturday" },
];

for (const c of BRACKETED) {
  test(`a day in brackets is not the recovery after them (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    const recoveryPhrases = f.times.filter((t) => ["end", "recovery", "partial-recovery"].includes(t.role)).map((t) => t.time.phrase);
    assert.ok(!recoveryPhrases.some((p) => p.includes(c.inside)), describeTimes(f));
    assert.ok(recoveryPhrases.some((p) => p.includes(c.outside)), describeTimes(f));
  });
}

// Statuspage prints each update's age before its stamp ("Posted 3 hours ago. Jun 10, 2025 - 16:48
// UTC"): the stamp dates the update above the age line.
const AGED_STAMPS: (Case & { roles: [TimeRole, string][] })[] = [
  { lang: "en", publishedAt: "2025-06-10T19:00:00Z", text: "Resolved\nThis incident has been resolved.\nPosted 3 hours ago. Jun 10, 2025 - 16:48 UTC\nInvestigating\nWe are investigating elevated error rates for API requests.\nPosted 5 hours ago. Jun 10, 2025 - 14:52 UTC",
    roles: [["end", "2025-06-10T16:48:00Z"], ["acknowledged", "2025-06-10T14:52:00Z"]] },
  { lang: "fr", publishedAt: "2025-06-10T19:00:00Z", text: "Résolu\nCet incident a été résolu.\nPublié il y a 3 heures. 10 juin 2025 - 18:48 CEST\nEn cours d'analyse\nNous analysons actuellement ce problème.\nPublié il y a 5 heures. 10 juin 2025 - 16:52 CEST",
    roles: [["end", "2025-06-10T16:48:00Z"], ["acknowledged", "2025-06-10T14:52:00Z"]] },
];

for (const c of AGED_STAMPS) {
  test(`a stamp after an age line dates the update above (${c.lang})`, () => {
    const f = caseFacts(c, c.lang === "fr" ? "Erreurs de l'API" : "API errors");
    for (const [role, at] of c.roles) assert.ok(instantsWith(f, [role]).includes(at), `${role} ${at}: ${describeTimes(f)}`);
  });
}
