// "vers 15 h (13 h GMT)", "at 10 a.m. (0900 GMT)": a clock restated right after it, in brackets, in
// a written zone is one moment told twice, the wire services' way of giving a local clock and its
// GMT. The written zone is the restatement's, not the frame of the text's bare clocks: those are in
// the local clock's zone, whose offset the pair gives.
import type { TimeExpression } from "../../domain/types";
import { utcToLocal } from "./zone-clock";

type Instant = Extract<TimeExpression, { kind: "instant" }>;

// Between a clock and its restatement: an opening bracket, nothing else.
export const RESTATEMENT_BRACKET = /^\s*[([]\s*$/;

/** The offsets (minutes east of UTC) of the bare clocks the text restates in a written zone, one per
 * pair, in text order (`times` sorted by offset). */
export function restatedOffsets(text: string, times: TimeExpression[]): number[] {
  const out: number[] = [];
  const instants = times.filter((t): t is Instant => t.kind === "instant" && t.granularity !== "day");
  for (let i = 1; i < instants.length; i++) {
    const [a, b] = [instants[i - 1], instants[i]];
    const gap = text.slice(a.index + a.phrase.length, b.index);
    if (!a.zoneExplicit && b.zoneExplicit && RESTATEMENT_BRACKET.test(gap)) out.push(offsetBetween(a, b));
  }
  return out;
}

// The wall clock `a` shows minus the instant `b` is, in minutes, within a day (UTC-12 to UTC+14).
function offsetBetween(a: Instant, b: Instant): number {
  const w = utcToLocal(a.zone, Date.parse(a.utc));
  const wall = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
  const diff = Math.round((wall - Date.parse(b.utc)) / 60_000);
  const inDay = ((diff % 1440) + 1440) % 1440;
  return inDay > 840 ? inDay - 1440 : inDay;
}

/** A fixed-offset zone name the tz reader knows ("UTC+1", "UTC-4", "UTC+5:30"; "UTC" for zero). */
export function offsetZone(offset: number): string {
  if (offset === 0) return "UTC";
  const a = Math.abs(offset);
  return `UTC${offset < 0 ? "-" : "+"}${Math.floor(a / 60)}${a % 60 ? `:${String(a % 60).padStart(2, "0")}` : ""}`;
}
