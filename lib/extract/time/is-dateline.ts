// A wire dispatch opens with its dateline ("Rabat, 21 jan 2026 (AFP) —", "SYDNEY, Nov 12 (Reuters) -"):
// the day written there is when the dispatch was filed, its publication stamp, never a day of the
// events it tells ("… a privé mardi soir …"). Read as one, it dated an overnight outage's later bare
// clocks on the filing day instead of the evening before.
import type { DayAnchor } from "./find-day-anchors";
import type { TimeContext } from "./time-context";

// The agency in brackets right after the date (folded text): the world's and the francophone wires.
const AGENCY_AFTER = /^\s*\((?:afp|ap|reuters|upi|bloomberg|dpa|efe|ansa|xinhua|kyodo|pti|ians|belga|ats|ats-afp|aps|map|pana|apa|ips)\)/;

/** Whether the day anchor `d` is the date of a wire dateline. */
export function isDateline(c: Pick<TimeContext, "folded">, d: Pick<DayAnchor, "end">): boolean {
  return AGENCY_AFTER.test(c.folded.slice(d.end, d.end + 16));
}
