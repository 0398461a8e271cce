// A document with no publication date (none in the feed, none on the page) still says when things
// happened when it writes full dates ("On December 7, 2021", "le 29 février 2012"): the latest of
// them bounds when it was written, so its times can be read against that day instead of nothing.
import { findDayAnchors } from "./time/find-day-anchors";
import type { TextView } from "./text-view";

const DAY_MS = 86_400_000;

/** Noon UTC of the day after the latest full date (day, month and year) the text writes, or null. */
export function textReferenceDate(view: TextView, lang: "fr" | "en"): Date | null {
  let latest: number | null = null;
  for (const a of findDayAnchors(view.full, view.folded, lang).days) {
    const d = a.date;
    if (!d || d.year === null) continue;
    const at = Date.UTC(d.year, d.month - 1, d.day, 12);
    // a date is a real calendar day ("31 February" is not)
    if (new Date(at).getUTCDate() !== d.day) continue;
    if (latest === null || at > latest) latest = at;
  }
  return latest === null ? null : new Date(latest + DAY_MS);
}
