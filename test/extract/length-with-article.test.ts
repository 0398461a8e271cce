// "N heures d'une coupure": a length, as "N heures de coupure" is, not a clock (our own phrasings).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../lib/extract/time/extract-times";

const read = (text: string) => extractTimes(text, { publishedAt: new Date("2026-01-15T15:00:00Z"), sourceZone: "Africa/Lagos", lang: "fr" });

test("a count of hours before 'd'une coupure' / 'd'une panne' is a length (fr)", () => {
  for (const text of ["Le réseau est revenu après près de 36 heures d'une coupure.", "Le service est reparti après 3 heures d'une panne générale."]) {
    const t = read(text);
    assert.ok(t.some((x) => x.kind === "duration"), JSON.stringify(t));
    assert.ok(t.every((x) => x.kind === "duration"), JSON.stringify(t));
  }
  // negative: a clock followed by another noun stays a clock
  const clock = read("Le réseau est revenu à 3 heures du matin.");
  assert.ok(clock.some((x) => x.kind === "instant"), JSON.stringify(clock));
});
