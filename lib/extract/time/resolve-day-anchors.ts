// Day anchors no clock time used become instants of their own: "Samedi" (day), "hier après-midi"
// (part of day), "la nuit de lundi à mardi" (the night's evening and its small hours).
import { DateTime } from "luxon";
import type { TimeExpression } from "../../domain/types";
import type { DayAnchor } from "./find-day-anchors";
import { gluedPart } from "./pick-day-anchor";
import { resolveDay } from "./resolve-day";
import type { TimeContext } from "./time-context";

// The small hours stand for the second day of a night that spans two ("la nuit de lundi à mardi").
const SMALL_HOURS = 2;

/** Instants for day anchors that no clock time claimed, read in the outlet's zone. */
export function resolveDayAnchors(c: TimeContext, days: DayAnchor[], parts: DayAnchor[], used: Set<DayAnchor>): TimeExpression[] {
  const out: TimeExpression[] = [];
  const zone = c.defaultZone;
  const pub = c.published.setZone(zone);
  for (const anchor of days) {
    if (used.has(anchor)) continue;
    const day = resolveDay(anchor, pub);
    if (!day) continue;
    const glued = anchor.part ? undefined : gluedPart(c, parts, anchor);
    const part = anchor.part ?? glued?.part;
    const end = glued ? glued.end : anchor.end;
    const phrase = c.text.slice(anchor.index, end);
    if (!part) {
      out.push(instant(day.set({ hour: 12 }), "day", zone, phrase, anchor.index));
      continue;
    }
    out.push(instant(day.set({ hour: part.hour, minute: part.minute ?? 0 }), "part-of-day", zone, phrase, anchor.index));
    if (anchor.nightSpan) out.push(instant(day.plus({ days: 1 }).set({ hour: SMALL_HOURS }), "part-of-day", zone, phrase, anchor.index));
  }
  return out;
}

function instant(at: DateTime, granularity: "day" | "part-of-day", zone: string, phrase: string, index: number): TimeExpression {
  return {
    kind: "instant",
    utc: at.toUTC().toISO({ suppressMilliseconds: true })!,
    granularity,
    localDate: at.toISODate()!,
    zone,
    zoneExplicit: false,
    phrase,
    index,
  };
}
