// Pure layout of the incident timeline chart: the time domain, phase bands, event marks and ticks,
// as fractions of the width (0..1), so the SVG component only draws.
import type { IncidentExport, TimelineEntry } from "../../lib/domain/types";

export interface TimelineGeometry {
  from: number; // epoch ms at x = 0
  to: number; // epoch ms at x = 1
  bands: { phase: "outage" | "recovery"; x0: number; x1: number; open: boolean }[];
  marks: { n: number; x: number; row: number; kind: TimelineEntry["kind"]; at: string }[];
  ticks: { x: number; at: string; newDay: boolean }[];
}

const MIN = 60_000;
const STEPS = [15, 30, 60, 120, 180, 360, 720, 1440, 2880, 10080].map((m) => m * MIN);
const RECOVERY: TimelineEntry["kind"][] = ["partial-recovery"];
// post-mortems, statements and reactions can come days after the end; they would squash the
// outage to a sliver, so the window stops a little after the end and later marks sit on its edge
const AFTERMATH_SLACK = 0.5;

function ms(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

/** The chart layout for an incident, or null when it has no usable time at all. */
export function layoutTimeline(inc: Pick<IncidentExport, "startedAt" | "endedAt" | "status" | "timeline">, now: number): TimelineGeometry | null {
  const entries = inc.timeline.map((e) => ({ e, t: ms(e.at) })).filter((x): x is { e: TimelineEntry; t: number } => x.t !== null);
  const start = ms(inc.startedAt) ?? (entries.length ? Math.min(...entries.map((x) => x.t)) : null);
  if (start === null) return null;
  const ended = ms(inc.endedAt);
  const horizon = ended === null ? Infinity : ended + Math.max(2 * 60 * MIN, (ended - start) * AFTERMATH_SLACK);
  const core = entries.filter((v) => v.t <= horizon);
  const lastEntry = core.length ? Math.max(...core.map((x) => x.t)) : start;
  const end = ms(inc.endedAt) ?? (inc.status === "ongoing" ? Math.max(lastEntry, Math.min(now, lastEntry + 6 * 60 * MIN)) : lastEntry);
  const lo = Math.min(start, ...core.map((x) => x.t));
  const hi = Math.max(end, lastEntry, lo + 30 * MIN);
  const pad = (hi - lo) * 0.06;
  const from = lo - pad;
  const to = hi + pad;
  // marks outside the window (a later post-mortem) sit on its edge
  const x = (t: number) => Math.min(1, Math.max(0, (t - from) / (to - from)));
  const recoveryAt = entries.filter((v) => RECOVERY.includes(v.e.kind) && v.t > start && v.t < end).map((v) => v.t)[0];
  const bands: TimelineGeometry["bands"] = [];
  const open = !inc.endedAt;
  bands.push({ phase: "outage", x0: x(start), x1: x(recoveryAt ?? end), open: open && recoveryAt === undefined });
  if (recoveryAt !== undefined) bands.push({ phase: "recovery", x0: x(recoveryAt), x1: x(end), open });
  return { from, to, bands, marks: placeMarks(entries, x), ticks: makeTicks(from, to) };
}

/** Marks in timeline order, numbered from 1, stacked on up to 3 rows where they would overlap. */
function placeMarks(entries: { e: TimelineEntry; t: number }[], x: (t: number) => number): TimelineGeometry["marks"] {
  const lastX = [-1, -1, -1];
  return entries.map(({ e, t }, i) => {
    const px = x(t);
    let row = lastX.findIndex((lx) => px - lx > 0.035);
    if (row === -1) row = lastX.indexOf(Math.min(...lastX));
    lastX[row] = px;
    return { n: i + 1, x: px, row, kind: e.kind, at: e.at };
  });
}

/** About 4 to 8 ticks on round UTC times. */
function makeTicks(from: number, to: number): TimelineGeometry["ticks"] {
  const step = STEPS.find((s) => (to - from) / s <= 8) ?? STEPS[STEPS.length - 1];
  const ticks: TimelineGeometry["ticks"] = [];
  let prevDay = "";
  for (let t = Math.ceil(from / step) * step; t <= to; t += step) {
    const at = new Date(t).toISOString();
    ticks.push({ x: (t - from) / (to - from), at, newDay: at.slice(0, 10) !== prevDay });
    prevDay = at.slice(0, 10);
  }
  return ticks;
}
