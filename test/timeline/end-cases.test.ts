// The own end/duration incidents (fixtures/end-cases.ts) built as ingest builds them: each shows its
// expected start, end and duration, but for the misses listed here with what they wait on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { END_CASES } from "./fixtures/end-cases";
import { END_CASES_HELD_OUT } from "./fixtures/end-cases-held-out";
import { scoreEndCase } from "./fixtures/score-end-case";

// "was back up within the hour" gives a bound, not an end, and no rule reads it
const KNOWN_MISSES = new Set(["en back up within the hour"]);

for (const c of [...END_CASES, ...END_CASES_HELD_OUT]) {
  test(`${KNOWN_MISSES.has(c.name) ? "(known miss) " : ""}${c.name}`, () => {
    const { incident, fields } = scoreEndCase(c);
    const wrong = Object.entries(fields).filter(([, ok]) => !ok).map(([k]) => k);
    const got = `${incident.startedAt} -> ${incident.endedAt} (${incident.durationMinutes}) ${incident.endKind ?? ""}`;
    if (KNOWN_MISSES.has(c.name)) assert.ok(wrong.length > 0, `now right, take it off the known misses: ${got}`);
    else assert.deepEqual(wrong, [], got);
  });
}
