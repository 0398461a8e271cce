// Recoveries and starts dated only by a part of the day ("dans la soirée", "late in the afternoon"):
// each sentence must yield a fact with the role its cue words give, on the story's day.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { TimeRole } from "../../../lib/domain/types";
import { caseFacts, describeTimes, instantsWith, type Case } from "./cases-helpers";

// Tuesday 10 June 2025; French outlets read in Paris (UTC+2), English ones in New York (UTC-4).
const CASES: (Case & { role: TimeRole; at: string })[] = [
  { lang: "fr", text: "La messagerie est restée muette des heures durant. Elle a été rétablie en fin d'après-midi, d'après l'opérateur.", role: "recovery", at: "2025-06-10T15:30:00Z" },
  { lang: "fr", text: "Impossible de payer par carte pendant des heures. Dans la soirée, tout est rentré dans l'ordre.", role: "recovery", at: "2025-06-10T18:00:00Z" },
  { lang: "fr", text: "Les clients ne pouvaient plus se connecter. En début de soirée, la situation s'est nettement améliorée.", role: "partial-recovery", at: "2025-06-10T17:00:00Z" },
  { lang: "fr", text: "Les premières coupures sont apparues en milieu de journée, selon les signalements.", role: "start", at: "2025-06-10T10:00:00Z" },
  { lang: "en", text: "Viewers could not stream anything for hours. Service was back late in the afternoon.", role: "recovery", at: "2025-06-10T21:30:00Z" },
  { lang: "en", text: "Thousands of players could not log in. The studio said the problem was fixed by the evening.", role: "end", at: "2025-06-11T00:00:00Z" },
  { lang: "en", text: "The outage began in the early hours, when customers found they could not sign in.", role: "start", at: "2025-06-10T07:00:00Z" },
];

for (const c of CASES) {
  test(`part of the day (${c.lang}, ${c.role}): ${c.text}`, () => {
    const f = caseFacts(c);
    assert.ok(instantsWith(f, [c.role]).includes(c.at), describeTimes(f));
  });
}

test("'hier soir' and 'yesterday evening' keep their day when the sentence is a recovery", () => {
  const fr = caseFacts({ lang: "fr", text: "Le service a été rétabli hier soir, selon l'opérateur.", publishedAt: "2025-06-11T08:00:00Z" });
  assert.deepEqual(instantsWith(fr, ["recovery"]), ["2025-06-10T18:00:00Z"], describeTimes(fr));
  const en = caseFacts({ lang: "en", text: "Service was restored yesterday evening, the company said.", publishedAt: "2025-06-11T13:00:00Z" });
  assert.deepEqual(instantsWith(en, ["recovery"]), ["2025-06-11T00:00:00Z"], describeTimes(en));
});
