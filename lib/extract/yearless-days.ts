// A document with no publication date and no full date ("On December 22, Skype went down", "le 29
// février") cannot be given an outage day: a day and month without a year could be any year. It
// still tells which day of the year its outage fell on, which clustering compares with the days of
// the dated reports of its service (lib/cluster/pair-features.ts).
import { findDayAnchors } from "./time/find-day-anchors";
import type { TextView } from "./text-view";

/** The distinct days of the year ("MM-DD", in text order) the text writes without a year. */
export function yearlessDays(view: TextView, lang: "fr" | "en"): string[] {
  const out: string[] = [];
  for (const a of findDayAnchors(view.full, view.folded, lang).days) {
    const d = a.date;
    if (!d || d.year !== null || d.month < 1 || d.month > 12 || d.day < 1 || d.day > 31) continue;
    const key = `${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
    if (!out.includes(key)) out.push(key);
  }
  return out;
}
