// Pure layout of the incident timeline chart: the time domain, phase bands, event marks and ticks,
// as fractions of the chart's length (0..1), so the SVG components (horizontal and vertical) only
// draw. The axis is broken in two when events come long after the outage (statements, reactions,
// a post-mortem days later): the outage keeps most of the length and a "later" zone on its own
// scale holds the rest, so every mark sits at its true time instead of on the edge.
import type { IncidentExport, TimelineEntry } from "../../lib/domain/types";

/** A stretch of the axis: times `from`..`to` (epoch ms) drawn between fractions x0..x1. */
export interface AxisSegment { from: number; to: number; x0: number; x1: number }

export interface TimelineGeometry {
  from: number; // epoch ms at the start of the main segment
  to: number; // epoch ms at its end
  segments: AxisSegment[]; // the main window, then the "later" zone when there is one
  bands: { phase: "outage" | "recovery"; x0: number; x1: number; open: boolean }[];
  marks: { n: number; x: number; row: number; kind: TimelineEntry["kind"]; at: string; approximate: boolean }[];
  ticks: { x: number; at: string; newDay: boolean; segment: number }[];
}

const MIN = 60_000;
const STEPS = [15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map((m) => m * MIN);
const RECOVERY: TimelineEntry["kind"][] = ["partial-recovery"];
// post-mortems, statements and reactions can come days after the end; past this horizon they go
// to the "later" zone rather than squash the outage to a sliver
const AFTERMATH_SLACK = 0.5;
// how much of the length the main window keeps when there is a later zone, and the gap between
const MAIN_SHARE = 0.74;
const GAP = 0.06;

function ms(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** Where time `t` is drawn: in the segment that holds it (segments cover every event). */
export function positionOf(segments: AxisSegment[], t: number): number {
  const s = segments.find((g) => t <= g.to) ?? segments[segments.length - 1];
  const f = s.to === s.from ? 0.5 : (t - s.from) / (s.to - s.from);
  return s.x0 + Math.min(1, Math.max(0, f)) * (s.x1 - s.x0);
}

/** The chart layout for an incident, or null when it has no usable time at all. */
export function layoutTimeline(inc: Pick<IncidentExport, "startedAt" | "endedAt" | "status" | "timeline">, now: number): TimelineGeometry | null {
  const entries = inc.timeline.map((e) => ({ e, t: ms(e.at) })).filter((x): x is { e: TimelineEntry; t: number } => x.t !== null);
  const start = ms(inc.startedAt) ?? (entries.length ? Math.min(...entries.map((x) => x.t)) : null);
  if (start === null) return null;
  const ended = ms(inc.endedAt);
  const horizon = ended === null ? Infinity : ended + Math.max(2 * 60 * MIN, (ended - start) * AFTERMATH_SLACK);
  const core = entries.filter((v) => v.t <= horizon);
  const later = entries.filter((v) => v.t > horizon).map((v) => v.t);
  const lastEntry = core.length ? Math.max(...core.map((x) => x.t)) : start;
  const end = ended ?? (inc.status === "ongoing" ? Math.max(lastEntry, Math.min(now, lastEntry + 6 * 60 * MIN)) : lastEntry);
  const lo = Math.min(start, ...core.map((x) => x.t));
  const hi = Math.max(end, lastEntry, lo + 30 * MIN);
  const pad = (hi - lo) * 0.06;
  const main: AxisSegment = { from: lo - pad, to: hi + pad, x0: 0, x1: later.length ? MAIN_SHARE : 1 };
  const segments = [main];
  if (later.length) {
    const a = Math.min(...later);
    const b = Math.max(...later);
    const lpad = Math.max((b - a) * 0.08, 30 * MIN);
    segments.push({ from: Math.max(a - lpad, main.to), to: b + lpad, x0: MAIN_SHARE + GAP, x1: 1 });
  }
  const x = (t: number) => positionOf(segments, t);
  const recoveryAt = entries.filter((v) => RECOVERY.includes(v.e.kind) && v.t > start && v.t < end).map((v) => v.t)[0];
  const bands: TimelineGeometry["bands"] = [];
  const open = !inc.endedAt;
  bands.push({ phase: "outage", x0: x(start), x1: x(recoveryAt ?? end), open: open && recoveryAt === undefined });
  if (recoveryAt !== undefined) bands.push({ phase: "recovery", x0: x(recoveryAt), x1: x(end), open });
  const ticks = segments.flatMap((s, i) => makeTicks(s, i, i === 0 ? 8 : 2));
  return { from: main.from, to: main.to, segments, bands, marks: placeMarks(entries, x), ticks };
}

/** Marks in timeline order, numbered from 1, stacked on up to 3 rows where they would overlap. */
function placeMarks(entries: { e: TimelineEntry; t: number }[], x: (t: number) => number): TimelineGeometry["marks"] {
  const lastX = [-1, -1, -1];
  return entries.map(({ e, t }, i) => {
    const px = x(t);
    let row = lastX.findIndex((lx) => px - lx > 0.035);
    if (row === -1) row = lastX.indexOf(Math.min(...lastX));
    lastX[row] = px;
    return { n: i + 1, x: px, row, kind: e.kind, at: e.at, approximate: e.precision !== "minute" };
  });
}

/** About `most` ticks on round UTC times inside a segment. */
function makeTicks(s: AxisSegment, segment: number, most: number): TimelineGeometry["ticks"] {
  const step = STEPS.find((st) => (s.to - s.from) / st <= most) ?? STEPS[STEPS.length - 1];
  const ticks: TimelineGeometry["ticks"] = [];
  let prevDay = "";
  for (let t = Math.ceil(s.from / step) * step; t <= s.to; t += step) {
    const at = new Date(t).toISOString();
    ticks.push({ x: s.x0 + ((t - s.from) / (s.to - s.from)) * (s.x1 - s.x0), at, newDay: at.slice(0, 10) !== prevDay, segment });
    prevDay = at.slice(0, 10);
  }
  return ticks;
}
