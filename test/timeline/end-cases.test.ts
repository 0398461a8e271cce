// The own end/duration incidents (fixtures/end-cases.ts) built as ingest builds them: each shows its
// expected start, end and duration, but for the misses listed here with what they wait on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { END_CASES } from "./fixtures/end-cases";
import { END_CASES_HELD_OUT } from "./fixtures/end-cases-held-out";
import { scoreEndCase } from "./fixtures/score-end-case";

// "totalement rétabli depuis mercredi vers 8 h, après la panne qui avait commencé mardi soir": the
// time reader puts "8 h" at 20 h (the evening named later in the sentence), lib/extract/time's concern
// "Service was restored at 2 p.m. ET, but a backlog … could take until Thursday to clear" (written on a
// Wednesday): the reader puts "2 p.m." on the previous week's Thursday (the time reader's concern);
// "was back up within the hour" gives a bound, not an end, and no rule reads it
const KNOWN_MISSES = new Set(["fr rétablissement progressif puis totalement rétabli le lendemain", "en restored at 2 p.m. with a backlog to clear", "en back up within the hour"]);

for (const c of [...END_CASES, ...END_CASES_HELD_OUT]) {
  test(`${KNOWN_MISSES.has(c.name) ? "(known miss) " : ""}${c.name}`, () => {
    const { incident, fields } = scoreEndCase(c);
    const wrong = Object.entries(fields).filter(([, ok]) => !ok).map(([k]) => k);
    const got = `${incident.startedAt} -> ${incident.endedAt} (${incident.durationMinutes}) ${incident.endKind ?? ""}`;
    if (KNOWN_MISSES.has(c.name)) assert.ok(wrong.length > 0, `now right, take it off the known misses: ${got}`);
    else assert.deepEqual(wrong, [], got);
  });
}
