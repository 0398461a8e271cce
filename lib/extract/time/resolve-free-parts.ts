// Parts of the day said with no day of their own ("en fin d'après-midi, la situation s'est améliorée",
// "services were back late in the afternoon"): read at the part's representative hour (PARTS_OF_DAY)
// on the day a clock time with no day would take, and marked part-of-day so precise times win over them.
import type { TimeExpression } from "../../domain/types";
import type { DayAnchor } from "./find-day-anchors";
import { gluedPart, pickDayAnchor } from "./pick-day-anchor";
import { foretells } from "./foretells";
import { instantOf } from "./resolve-clocks";
import type { TimeContext } from "./time-context";
import { isoDate, isoUtc, utcToLocal } from "./zone-clock";

// "vers 20 h dans la soirée", "dans la soirée, vers 20 h", "in the evening, at around 8": the clock says it.
const CLOCK_GAP = /^[\s,(]*(?:(?:vers|environ|a|at|around|about|roughly|approximately)\s+)*$/;

/** Instants for the framed parts of the day that no day anchor and no clock time next to them claim. */
export function resolveFreeParts(c: TimeContext, days: DayAnchor[], parts: DayAnchor[], clocks: { index: number; end: number }[]): TimeExpression[] {
  const glued = new Set(days.map((d) => gluedPart(c, parts, d)));
  const out: TimeExpression[] = [];
  for (const p of parts) {
    if (!p.framed || !p.part || glued.has(p) || clocks.some((k) => besideClock(c, p, k))) continue;
    const zone = c.defaultZone;
    const choice = { ...pickDayAnchor(c, days, parts, p.index, p.end), part: p.part };
    // a forecast's part of day, as its clock ("should be restored by the end of the day"), is that day's, ahead
    const foretold = foretells(c, p.index);
    const at = instantOf(c, { hour: p.part.hour, minute: p.part.minute ?? 0, period: null }, zone, choice, foretold && !choice.day && !choice.framing);
    out.push({
      kind: "instant", utc: isoUtc(at), granularity: "part-of-day", localDate: isoDate(utcToLocal(zone, at)),
      zone, zoneExplicit: false, phrase: c.text.slice(p.index, p.end), index: p.index,
      ...(foretold && at > c.horizon ? { ahead: true } : {}),
    });
  }
  return out;
}

function besideClock(c: TimeContext, p: DayAnchor, k: { index: number; end: number }): boolean {
  const gap = k.end <= p.index ? c.folded.slice(k.end, p.index) : p.end <= k.index ? c.folded.slice(p.end, k.index) : "";
  return CLOCK_GAP.test(gap);
}
