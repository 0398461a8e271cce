// The own end/duration incidents (fixtures/end-cases.ts) built as ingest builds them: each shows its
// expected start, end and duration, but for the misses listed here with what they wait on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { END_CASES } from "./fixtures/end-cases";
import { END_CASES_HELD_OUT } from "./fixtures/end-cases-held-out";
import { END_CASES_FOURTH } from "./fixtures/end-cases-fourth";
import { END_CASES_THIRD } from "./fixtures/end-cases-third";
import { scoreEndCase } from "./fixtures/score-end-case";

// "was back up within the hour" gives a bound, not an end, and no rule reads it (the time reader
// reads "within an hour" as a length, not "within the hour"); the two French ones wait on the time
// reader: a part of day said before a clock ("mardi soir, et pour tous mercredi vers 9 h", "de 11 h
// jusqu'en fin d'après-midi") turns the clock into the evening's or afternoon's.
// In the fourth set, "by the end of the day" is read by no rule, and "Le 2 avril, … de 14 h à 15 h 30"
// in an article of April 7 puts the range on the publication's eve (the time reader's day anchoring).
const KNOWN_MISSES = new Set([
  "en back up within the hour", "en back up within the hour (bound)", "fr la plupart le soir, tous le lendemain matin",
  "fr de 11 h jusqu'en fin d'après-midi", "en working by the end of the day", "fr le 2 avril, publié cinq jours après",
]);

for (const c of [...END_CASES, ...END_CASES_HELD_OUT, ...END_CASES_THIRD, ...END_CASES_FOURTH]) {
  test(`${KNOWN_MISSES.has(c.name) ? "(known miss) " : ""}${c.name}`, () => {
    const { incident, fields } = scoreEndCase(c);
    const wrong = Object.entries(fields).filter(([, ok]) => !ok).map(([k]) => k);
    const got = `${incident.startedAt} -> ${incident.endedAt} (${incident.durationMinutes}) ${incident.endKind ?? ""}`;
    if (KNOWN_MISSES.has(c.name)) assert.ok(wrong.length > 0, `now right, take it off the known misses: ${got}`);
    else assert.deepEqual(wrong, [], got);
  });
}
