// The chart is honest: every mark drawn at its true time, events a day (or days) after the outage
// in a "later" zone on its own scale rather than squeezed onto the edge of the main window.
import { test } from "node:test";
import assert from "node:assert/strict";
import { layoutTimeline, type TimelineGeometry } from "../../app/_lib/timeline-geometry";
import type { TimelineEntry } from "../../lib/domain/types";

const e = (at: string, kind: TimelineEntry["kind"] = "statement", precision: TimelineEntry["precision"] = "minute"): TimelineEntry => ({ at, precision, kind, text: "", sources: [] });

/** The time a fraction of the axis stands for, reading the segments back. */
function timeAt(g: TimelineGeometry, x: number): number {
  const s = g.segments.find((seg) => x >= seg.x0 - 1e-9 && x <= seg.x1 + 1e-9)!;
  return s.from + ((x - s.x0) / (s.x1 - s.x0)) * (s.to - s.from);
}

test("events a day apart: each mark reads back as its own time, distinct and in order", () => {
  const timeline = [
    e("2021-10-04T15:40:00Z", "start"), e("2021-10-04T21:40:00Z", "recovery"),
    e("2021-10-05T07:15:00Z", "reaction"), e("2021-10-05T15:20:00Z", "reaction"), e("2021-10-08T09:00:00Z", "postmortem", "hour"),
  ];
  const g = layoutTimeline({ startedAt: timeline[0].at, endedAt: timeline[1].at, status: "resolved", timeline }, 0)!;
  assert.equal(g.segments.length, 2, "a later zone holds what came after the outage");
  for (const m of g.marks) {
    assert.ok(Math.abs(timeAt(g, m.x) - Date.parse(m.at)) < 60_000, `mark ${m.n} drawn at its own time (${m.at})`);
  }
  const xs = g.marks.map((m) => m.x);
  assert.deepEqual([...xs].sort((a, b) => a - b), xs, "marks in time order");
  assert.equal(new Set(xs.map((x) => x.toFixed(3))).size, xs.length, "no two different times on one spot");
  assert.ok(xs.every((x) => x < 1 && x > 0), "nothing pinned to an edge");
  assert.equal(g.marks[4].approximate, true);
  assert.ok(g.ticks.some((t) => t.segment === 1 && t.newDay), "the later zone says which day it shows");
});

test("statements the same morning after an early outage (CrowdStrike-like) are not drawn at the end", () => {
  const timeline = [e("2024-07-19T04:09:00Z", "start"), e("2024-07-19T05:27:00Z", "recovery"), e("2024-07-19T07:30:00Z"), e("2024-07-19T22:00:00Z", "reaction")];
  const g = layoutTimeline({ startedAt: timeline[0].at, endedAt: timeline[1].at, status: "resolved", timeline }, 0)!;
  const end = g.bands[g.bands.length - 1].x1;
  assert.ok(g.marks[2].x > end + 0.02 && g.marks[3].x > g.marks[2].x + 0.02, "07:30 and 22:00 drawn after 05:27 and apart");
  for (const m of g.marks) assert.ok(Math.abs(timeAt(g, m.x) - Date.parse(m.at)) < 60_000);
});

test("an outage with no aftermath keeps one segment over the whole length", () => {
  const timeline = [e("2025-05-24T14:00:00Z", "start"), e("2025-05-24T18:00:00Z", "recovery")];
  const g = layoutTimeline({ startedAt: timeline[0].at, endedAt: timeline[1].at, status: "resolved", timeline }, 0)!;
  assert.equal(g.segments.length, 1);
  assert.equal(g.segments[0].x1, 1);
});
