// Shared by the time tests: a case shape like the dev corpus's and the scorer's matching rule
// (../shared/eval/score-times.mjs), replicated so tests run without the shared folder.
import assert from "node:assert/strict";
import { extractTimes } from "../../../lib/extract/time/extract-times";
import type { TimeExpression } from "../../../lib/domain/types";

export type TimeExpect =
  | { kind: "instant"; utc: string; tol?: number }
  | { kind: "date"; date: string }
  | { kind: "duration"; minutes: number; tol?: number }
  | { kind: "range"; start: string; end: string; tol?: number };

export interface TimeCase {
  id: string;
  lang: "fr" | "en";
  publishedAt: string;
  sourceZone: string | null;
  text: string;
  expect: TimeExpect;
  never?: TimeExpect[]; // readings that must NOT be found (a case passes only when none matches)
}

/** Builders for case tables: a case, and each kind of expected reading (tolerances in minutes, or a share of a length). */
export const timeCase = (id: string, lang: "fr" | "en", publishedAt: string, sourceZone: string | null, text: string, expect: TimeExpect, never?: TimeExpect[]): TimeCase => ({ id, lang, publishedAt, sourceZone, text, expect, ...(never ? { never } : {}) });
export const instantAt = (utc: string, tol = 20) => ({ kind: "instant" as const, utc, tol });
export const dateOn = (date: string) => ({ kind: "date" as const, date });
export const lengthOf = (minutes: number, tol = 0.15) => ({ kind: "duration" as const, minutes, tol });
export const rangeOf = (start: string, end: string, tol = 20) => ({ kind: "range" as const, start, end, tol });

const near = (a: string, b: string, tol: number) => Math.abs(Date.parse(a) - Date.parse(b)) / 60000 <= tol;

/** The scorer's rule: some result matches what is expected. */
export function matches(e: TimeExpect, rs: TimeExpression[]): boolean {
  const instants = rs.filter((r) => r.kind === "instant");
  switch (e.kind) {
    case "instant":
      return instants.some((r) => r.granularity !== "day" && near(r.utc, e.utc, e.tol ?? 20));
    case "date":
      return instants.some((r) => r.localDate === e.date);
    case "duration":
      return rs.some((r) => r.kind === "duration" && Math.abs(r.minutes - e.minutes) <= Math.max(10, (e.tol ?? 0.15) * e.minutes));
    case "range": {
      const t = e.tol ?? 20;
      return (
        rs.some((r) => r.kind === "range" && near(r.start, e.start, t) && near(r.end, e.end, t)) ||
        (instants.some((r) => near(r.utc, e.start, t)) && instants.some((r) => near(r.utc, e.end, t)))
      );
    }
  }
}

/** Runs one case through extractTimes. */
export function runCase(c: TimeCase): TimeExpression[] {
  return extractTimes(c.text, { publishedAt: new Date(c.publishedAt), sourceZone: c.sourceZone, lang: c.lang });
}

/** Asserts every case passes, listing the failures with what was found. */
export function assertCasesPass(cases: TimeCase[]): void {
  const failures = cases.filter((c) => {
    const rs = runCase(c);
    return !matches(c.expect, rs) || (c.never ?? []).some((n) => matches(n, rs));
  });
  assert.deepEqual(
    failures.map((c) => `${c.id}: ${c.text} -> ${JSON.stringify(runCase(c).map((r) => ({ ...r, phrase: undefined })))}`),
    [],
  );
}
