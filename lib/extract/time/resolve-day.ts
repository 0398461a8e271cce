// Turns a day anchor into a calendar day in a zone, relative to the publication instant:
// a weekday is the latest such day on or before publication; a date without a year takes the
// latest year at or before publication (the one where its weekday matches, when one is named).
import { DateTime } from "luxon";
import type { DayAnchor } from "./find-day-anchors";

/** The local day (start of day, in pub's zone) an anchor names; null when it names an impossible date. */
export function resolveDay(anchor: DayAnchor, pub: DateTime): DateTime | null {
  const today = pub.startOf("day");
  if (anchor.date) return resolveDate(anchor, today);
  if (anchor.offset !== undefined) {
    // "cette nuit" / "overnight" written in the morning is the night that just ended.
    const shift = anchor.byHour && pub.hour < 12 ? -1 : 0;
    return today.plus({ days: anchor.offset + shift });
  }
  if (anchor.weekday !== undefined) {
    if (anchor.next) return today.plus({ days: (anchor.weekday - today.weekday + 7) % 7 || 7 });
    let back = (today.weekday - anchor.weekday + 7) % 7;
    if (back === 0 && anchor.last) back = 7;
    return today.minus({ days: back });
  }
  return null;
}

function resolveDate(anchor: DayAnchor, today: DateTime): DateTime | null {
  const { day, month, year } = anchor.date!;
  const zone = today.zone;
  if (year !== null) {
    const d = DateTime.fromObject({ year, month, day }, { zone });
    return d.isValid ? d : null;
  }
  // A day or two of slack: outlets in other zones and late updates may name "tomorrow's" date.
  const latest = today.plus({ days: 1 });
  let fallback: DateTime | null = null;
  for (let y = today.year; y >= today.year - 28; y--) {
    const d = DateTime.fromObject({ year: y, month, day }, { zone });
    if (!d.isValid || d > latest) continue;
    if (anchor.weekday === undefined || d.weekday === anchor.weekday) return d;
    fallback ??= d;
  }
  return fallback;
}
