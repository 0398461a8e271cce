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
