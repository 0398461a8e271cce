// Round nine of issue 13: someone putting an end to the outage ("a mis fin à la panne", "put an end
// to the outage") marks its end, as "the outage came to an end" does; ending something else (a strike,
// a contract) is no end of the outage. Own phrasings, French and English, with negatives.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { TimeRole } from "../../../lib/domain/types";
import { caseFacts, describeTimes, instantsWith, type Case } from "./cases-helpers";

type RoleCase = Case & { roles: TimeRole[]; at: string; not?: true };
const ENDS: TimeRole[] = ["end", "recovery"];

const CASES: RoleCase[] = [
  { lang: "fr", text: "Les abonnés ont perdu internet vers 14 h. L'opérateur a mis fin à la panne vers 17 h 20.", roles: ENDS, at: "2025-06-10T15:20:00Z" },
  { lang: "fr", text: "Les techniciens ont mis fin à l'incident à 11 h 45, après le remplacement d'une carte réseau.", roles: ENDS, at: "2025-06-10T09:45:00Z" },
  { lang: "fr", text: "Panne géante chez Free : un correctif met fin à la panne à 13 h 30, après cinq heures sans réseau.", roles: ENDS, at: "2025-06-10T11:30:00Z" },
  { lang: "fr", text: "Un redémarrage des serveurs a mis fin à la coupure à 9 h 10.", roles: ENDS, at: "2025-06-10T07:10:00Z" },
  { lang: "en", text: "Engineers put an end to the outage at 4:15 p.m. ET by restarting the routers.", roles: ENDS, at: "2025-06-10T20:15:00Z" },
  // ending something else is no end of the outage
  { lang: "fr", text: "Le syndicat a mis fin à la grève à 18 h, sans lien avec la panne du matin.", roles: ENDS, at: "2025-06-10T16:00:00Z", not: true },
  { lang: "en", text: "The company put an end to the contract at 5 p.m. ET, a day after the outage.", roles: ENDS, at: "2025-06-10T21:00:00Z", not: true },
];

for (const c of CASES) {
  test(`${c.not ? "not " : ""}${c.roles.join("/")} at ${c.at} (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    assert.equal(instantsWith(f, c.roles).includes(c.at), !c.not, describeTimes(f));
  });
}

// A delay set beside the recovery's own clock ("restored at 7:40 p.m., more than 13 hours later")
// restates that end as a length from the start: no second end thirteen hours after the clock. A delay
// after another clause's clock ("back at 3 p.m., but working normally two hours later") still counts
// from that clock.
const APPOSED: (Case & { minutes: number; notAt: string })[] = [
  { lang: "en", text: "Problems began around 6 a.m. ET on Tuesday. The airline said its systems were fully restored at 7:40 p.m. ET, more than 13 hours later.", minutes: 780, notAt: "2025-06-11T12:40:00Z" },
  { lang: "en", text: "The bank's app went down at 8 a.m. ET. Access was restored at 1 p.m. ET — about five hours later.", minutes: 300, notAt: "2025-06-10T22:00:00Z" },
  { lang: "fr", text: "La panne a commencé vers 6 h ce mardi. Le service a été rétabli à 19 h 40, soit près de quatorze heures plus tard.", minutes: 840, notAt: "2025-06-11T07:40:00Z" },
];

for (const c of APPOSED) {
  test(`a delay beside the recovery's clock is its length (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    assert.ok(f.durations.some((d) => d.minutes === c.minutes), JSON.stringify(f.durations.map((d) => [d.minutes, d.span.text])));
    assert.ok(!instantsWith(f, ["recovery", "end"]).includes(c.notAt), describeTimes(f));
  });
}

test("a delay after another clause's clock still counts from it (en)", () => {
  const f = caseFacts({ lang: "en", text: "Problems began at 6 a.m. ET on Tuesday. Service came back at 3 p.m. ET, but the app only worked normally again two hours later." });
  assert.ok(instantsWith(f, ["recovery", "end"]).includes("2025-06-10T21:00:00Z"), describeTimes(f));
});

// A clock in a sentence set a year or more back ("L'an passé, …", "In a 2025 outage, …", "En juin
// 2025, …") is another outage's, though the time reader places it on this article's day: it dates
// nothing of this one. A clock read in the year its sentence names (a retrospective) and a year
// only compared with ("the worst outage since 2019") keep theirs.
const RECALLED: (Case & { at: string; kept: boolean })[] = [
  { lang: "fr", publishedAt: "2026-06-23T17:00:00Z", text: "Le réseau de SFR est en panne depuis 11 h 10 ce mardi. L'an passé, une panne avait coupé la région de 9 h à 16 h.", at: "2026-06-23T14:00:00Z", kept: false },
  { lang: "en", publishedAt: "2026-06-24T23:00:00Z", text: "Calls failed from about 12:30 p.m. ET on Wednesday. In a 2025 outage, service was down from 3 p.m. to 11 p.m.", at: "2026-06-25T03:00:00Z", kept: false },
  { lang: "fr", publishedAt: "2026-06-24T17:00:00Z", text: "Le site est en panne depuis 8 h. En mars 2025, une coupure avait duré de 14 h à 20 h.", at: "2026-06-24T18:00:00Z", kept: false },
  { lang: "en", publishedAt: "2026-06-24T23:00:00Z", text: "Two years ago, the bank's app was down until 6 p.m. ET.", at: "2026-06-24T22:00:00Z", kept: false },
  { lang: "en", publishedAt: "2026-06-24T23:00:00Z", text: "In the outage of October 4, 2021, Facebook went down at 15:39 UTC.", at: "2021-10-04T15:39:00Z", kept: true },
  // a clock the reader could not place in the year named is dropped too, rather than put on this day
  { lang: "en", publishedAt: "2026-06-24T23:00:00Z", text: "In October 2021, Facebook went down at 15:39 UTC.", at: "2026-06-24T15:39:00Z", kept: false },
  { lang: "en", publishedAt: "2026-06-24T23:00:00Z", text: "The worst outage since 2019 began at 2:10 p.m. ET on Wednesday.", at: "2026-06-24T18:10:00Z", kept: true },
  { lang: "fr", publishedAt: "2026-06-24T17:00:00Z", text: "En 2026, la panne a commencé à 9 h 15 ce mercredi.", at: "2026-06-24T07:15:00Z", kept: true },
];

for (const c of RECALLED) {
  test(`a clock set in another year is ${c.kept ? "" : "not "}this outage's (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    const read = f.times.flatMap((t) => (t.time.kind === "instant" ? [t.time.utc] : t.time.kind === "range" ? [t.time.start, t.time.end] : []));
    if (!c.kept) assert.ok(!read.includes(c.at), describeTimes(f));
    else assert.ok(read.some((r) => Date.parse(r) === Date.parse(c.at)), describeTimes(f));
  });
}

// The service's return as a noun, calls getting through again: recoveries.
const RETURNS: RoleCase[] = [
  { lang: "fr", text: "Après la panne du matin, l'opérateur annonce un retour du service vers 15 h 40.", roles: ENDS, at: "2025-06-10T13:40:00Z" },
  { lang: "fr", text: "Le retour du réseau a été constaté à 18 h 05 dans tout le département.", roles: ENDS, at: "2025-06-10T16:05:00Z" },
  { lang: "en", text: "The carrier said calls were going through again at 2:55 p.m. ET.", roles: ENDS, at: "2025-06-10T18:55:00Z" },
  { lang: "en", text: "Calls were still not going through at 2:55 p.m. ET.", roles: ENDS, at: "2025-06-10T18:55:00Z", not: true },
];

for (const c of RETURNS) {
  test(`${c.not ? "not " : ""}${c.roles.join("/")} at ${c.at} (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    assert.equal(instantsWith(f, c.roles).includes(c.at), !c.not, describeTimes(f));
  });
}
