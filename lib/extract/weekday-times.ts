// A document with no date at all may still place its clocks on weekdays ("working normally again just
// after 7pm on Monday"): the day of the week is known, not the date. Such clocks are told apart from
// clocks on no day by reading the text against two stand-in dates three days apart: a clock on a
// named weekday keeps its weekday, one placed by the stand-in ("at 3 p.m.", "yesterday") moves with
// it. The incident that groups the document with dated reports gives the week
// (lib/timeline/place-yearless-times.ts).
import { DateTime } from "luxon";
import type { TimeExpression, TimeFact } from "../domain/types";
import { classifyTimes } from "./classify-times";
import type { CueHit } from "./outage-cue-hits";
import type { TextView } from "./text-view";
import { YEARLESS_REFERENCE } from "./yearless-times";

/** The second stand-in: three days before the first, so no weekday falls on both. */
export const SHIFTED_REFERENCE = new Date(YEARLESS_REFERENCE.getTime() - 3 * 86_400_000);

/** Time facts finer than a day on a weekday the text names, from its expressions read against the
 * stand-in (`expressions`) and against the shifted stand-in (`shifted`); days written with their month
 * (`days`, "MM-DD") are the yearless clocks' (yearless-times.ts). */
export function weekdayTimes(view: TextView, cues: CueHit[], days: string[], expressions: TimeExpression[], shifted: TimeExpression[]): TimeFact[] {
  const weekdayAt = new Map<number, number>();
  for (const t of shifted) if (t.kind === "instant" && t.granularity !== "day") weekdayAt.set(t.index, weekdayOf(t));
  return classifyTimes(view, expressions, cues).filter((f) => {
    const t = f.time;
    return t.kind === "instant" && t.granularity !== "day" && !days.includes(t.localDate.slice(5)) && weekdayAt.get(t.index) === weekdayOf(t);
  });
}

function weekdayOf(t: Extract<TimeExpression, { kind: "instant" }>): number {
  return DateTime.fromISO(t.localDate).weekday;
}
