// Day anchors no clock time used become instants of their own: "Samedi" (day), "hier après-midi"
// (part of day), "la nuit de lundi à mardi" (the night's evening and its small hours).
import type { TimeExpression } from "../../domain/types";
import type { DayAnchor } from "./find-day-anchors";
import { gluedPart } from "./pick-day-anchor";
import { resolveDay } from "./resolve-day";
import { publishedIn, type TimeContext } from "./time-context";
import { addDays, isoDate, isoUtc, localToUtc, type LocalTime } from "./zone-clock";

// The small hours stand for the second day of a night that spans two ("la nuit de lundi à mardi").
const SMALL_HOURS = 2;

/** Instants for day anchors that no clock time claimed, read in the outlet's zone. */
export function resolveDayAnchors(c: TimeContext, days: DayAnchor[], parts: DayAnchor[], used: Set<DayAnchor>): TimeExpression[] {
  const out: TimeExpression[] = [];
  const zone = c.defaultZone;
  const pub = publishedIn(c, zone);
  for (const anchor of days) {
    if (used.has(anchor)) continue;
    const day = resolveDay(anchor, pub);
    if (!day) continue;
    const glued = anchor.part ? undefined : gluedPart(c, parts, anchor);
    const part = anchor.part ?? glued?.part;
    const start = glued ? Math.min(glued.index, anchor.index) : anchor.index;
    const end = glued ? Math.max(glued.end, anchor.end) : anchor.end;
    const phrase = c.text.slice(start, end);
    if (!part) {
      out.push(instant({ ...day, hour: 12, minute: 0 }, "day", zone, phrase, start));
      continue;
    }
    out.push(instant({ ...day, hour: part.hour, minute: part.minute ?? 0 }, "part-of-day", zone, phrase, start));
    if (anchor.nightSpan) out.push(instant({ ...addDays(day, 1), hour: SMALL_HOURS, minute: 0 }, "part-of-day", zone, phrase, start));
  }
  return out;
}

function instant(at: LocalTime, granularity: "day" | "part-of-day", zone: string, phrase: string, index: number): TimeExpression {
  return {
    kind: "instant",
    utc: isoUtc(localToUtc(zone, at)),
    granularity,
    localDate: isoDate(at),
    zone,
    zoneExplicit: false,
    phrase,
    index,
  };
}
