// Day anchors no clock time used become instants of their own: "Samedi" (day), "hier après-midi"
// (part of day), "la nuit de lundi à mardi" (the night's evening and its small hours).
import type { TimeExpression } from "../../domain/types";
import type { DayAnchor } from "./find-day-anchors";
import { findZoneAfter } from "./find-zone-after";
import { gluedPart } from "./pick-day-anchor";
import { resolveDay } from "./resolve-day";
import { publishedIn, type TimeContext } from "./time-context";
import { addDays, isoDate, isoUtc, localToUtc, type LocalTime } from "./zone-clock";

// The small hours stand for the second day of a night that spans two ("la nuit de lundi à mardi").
const SMALL_HOURS = 2;

/** Instants for day anchors that no clock time claimed, read in the zone stated after them ("this
 * morning UK time") or else the outlet's. */
export function resolveDayAnchors(c: TimeContext, days: DayAnchor[], parts: DayAnchor[], used: Set<DayAnchor>): TimeExpression[] {
  const out: TimeExpression[] = [];
  for (const anchor of days) {
    if (used.has(anchor)) continue;
    const glued = partOf(c, parts, anchor);
    const part = glued?.part ?? anchor.part;
    const start = glued ? Math.min(glued.index, anchor.index) : anchor.index;
    const stated = part ? findZoneAfter(c.text, c.folded, Math.max(glued?.end ?? 0, anchor.end)) : null;
    const zone = stated?.zone ?? c.defaultZone;
    const day = resolveDay(anchor, publishedIn(c, zone));
    if (!day) continue;
    const end = stated?.zone ? stated.end : glued ? Math.max(glued.end, anchor.end) : anchor.end;
    const at = { phrase: c.text.slice(start, end), index: start, zone, zoneExplicit: Boolean(stated?.zone) };
    if (!part) {
      out.push(instant({ ...day, hour: 12, minute: 0 }, "day", at));
      continue;
    }
    out.push(instant({ ...day, hour: part.hour, minute: part.minute ?? 0 }, "part-of-day", at));
    if (anchor.nightSpan) out.push(instant({ ...addDays(day, 1), hour: SMALL_HOURS, minute: 0 }, "part-of-day", at));
  }
  return out;
}

// The part of day written with the anchor; one written before a relative day that carries its own
// part is the narrower of the two ("the early hours of this morning", "tôt ce matin").
function partOf(c: TimeContext, parts: DayAnchor[], anchor: DayAnchor): DayAnchor | undefined {
  const glued = gluedPart(c, parts, anchor);
  if (!anchor.part) return glued;
  return glued && glued.end <= anchor.index ? glued : undefined;
}

interface Said {
  phrase: string;
  index: number;
  zone: string;
  zoneExplicit: boolean;
}

function instant(local: LocalTime, granularity: "day" | "part-of-day", said: Said): TimeExpression {
  return { kind: "instant", utc: isoUtc(localToUtc(said.zone, local)), granularity, localDate: isoDate(local), ...said };
}
