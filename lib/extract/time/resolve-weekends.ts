// A weekend named as one ("over the weekend", "last weekend", "tout le week-end", "ce week-end"): a
// range of whole days, Saturday to Sunday, each end read at noon as a day alone is (resolveDayRanges's
// rule), so the range says which two days and no more. The coming weekend is marked ahead.
import type { TimeExpression } from "../../domain/types";
import { compileCues, allMatches } from "../compile-cues";
import { WEEKEND_PHRASES } from "./data/calendar-words";
import { publishedIn, type TimeContext } from "./time-context";
import { addDays, isoUtc, isoWeekday, localToUtc, type CivilDate } from "./zone-clock";

const SPELLINGS = ["weekend", "week-end", "week end"];
const KIND_OF = new Map(Object.entries(WEEKEND_PHRASES).flatMap(([p, kind]) => SPELLINGS.map((s) => [p.replace("weekend", s), kind] as const)));
const WEEKEND_RE = compileCues([...KIND_OF.keys()]);
const NOON = 12;

/** Day ranges for the weekends the text names. */
export function resolveWeekends(c: TimeContext): TimeExpression[] {
  // (a publication date that may stand for its whole month names no week)
  if (c.monthOnly || !c.folded.includes("week")) return [];
  const pub = publishedIn(c, c.defaultZone);
  const out: TimeExpression[] = [];
  for (const m of allMatches(WEEKEND_RE, c.folded)) {
    const kind = KIND_OF.get(m.text.replace(/\s+/g, " "));
    if (!kind) continue;
    const { saturday, ahead } = saturdayOf(kind, pub);
    const at = (d: CivilDate) => isoUtc(localToUtc(c.defaultZone, { ...d, hour: NOON, minute: 0 }));
    out.push({
      kind: "range", start: at(saturday), end: at(addDays(saturday, 1)), zone: c.defaultZone, granularity: "day",
      phrase: c.text.slice(m.index, m.end), index: m.index, ...(ahead ? { ahead: true } : {}),
    });
  }
  return out;
}

function saturdayOf(kind: "latest" | "last" | "this" | "next", pub: CivilDate): { saturday: CivilDate; ahead: boolean } {
  const weekday = isoWeekday(pub); // 1 Monday ... 6 Saturday, 7 Sunday
  const latest = addDays(pub, -((weekday + 1) % 7)); // the latest Saturday at or before publication
  const during = weekday >= 6;
  const coming = { saturday: addDays(latest, 7), ahead: true };
  if (kind === "next") return coming;
  if (kind === "last") return { saturday: during ? addDays(latest, -7) : latest, ahead: false };
  // "this weekend" early in the week is the one just past; from Wednesday on, the one to come
  if (kind === "this" && !during && weekday >= 3) return coming;
  return { saturday: latest, ahead: false };
}
