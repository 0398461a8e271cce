// Whether the weekdays an undated document puts its clocks on ("Saturday night around 8pm", "mardi
// vers 14 heures": lib/extract/weekday-times.ts) meet a dated group's outage day. A live report
// that prints no date still says which day of the week its outage was; across the training corpus
// and own sets 2-10, every undated outage article with such a clock names its outage's weekday,
// give or take a day (a night across midnight, the outlet's zone against UTC).
import type { DocumentFeatures } from "./document-features";
import { nearWeekday } from "./day-arithmetic";

/** How far a weekday may stand from the group's day: a night across midnight, zones. */
const WEEKDAY_REACH = 1;

/** True when a weekday of the undated profiles meets a day of the dated group, false when none
 * does, null when the undated side names no weekday or the group has no day. */
export function weekdayAgreement(undated: DocumentFeatures[], group: DocumentFeatures[]): boolean | null {
  const weekdays = undated.flatMap((d) => d.weekdays);
  const days = group.flatMap((d) => (d.day === null ? [] : [d.day]));
  if (weekdays.length === 0 || days.length === 0) return null;
  return weekdays.some((w) => days.some((day) => nearWeekday(w, day, WEEKDAY_REACH)));
}
