// The evidence one pair of documents gives that they report the same outage, as named features for
// the fitted pair model (lib/cluster/data/pair-model.json): how much of their failed services they
// share, how far apart their outage days are and how each day is known (stated by the text, only a
// publication day, or unknown), whether their start times agree, and how alike their words and
// specifics are. A large day gap weighs according to how the days are known and how alike the texts
// are (a follow-up days later shares the outage's specifics; another outage of the service does not).
import type { Features } from "../extract/model/linear-model";
import type { DocumentFeatures } from "./document-features";
import { cosine } from "../text/text-tokens";
import { dayNumber, sameDayOfYear } from "./day-arithmetic";

// Day gaps as steps: each step a gap passes adds its own weight (one day, two, three, a week, a
// month), so a longer gap never costs less than a shorter one of the same kind unless data says so.
const GAP_STEPS = [1, 2, 3, 8, 31] as const;

/** Named features of a pair; `entity` is the pair's shared-service term, already computed. */
export function pairFeatures(a: DocumentFeatures, b: DocumentFeatures, entity: number, start: number): Features {
  const out: Features = new Map();
  const text = cosine(a.tokens, b.tokens);
  const shared = sharesAny(a.specifics, b.specifics) ? 1 : 0;
  const body = setCosine(a.terms, b.terms);
  out.set("entity", entity);
  out.set("text", text);
  out.set("body", body);
  out.set("specific", shared);
  if (a.day === null || b.day === null) {
    const kind = a.day === null && b.day === null ? "day:none" : "day:one-unknown";
    out.set(kind, 1);
    // an undated text that writes the day of the year ("December 22") without its year agrees or
    // disagrees with the other's day all the same
    const agree = dayOfYearAgreement(a, b);
    if (agree !== null) out.set(`${kind}:day-of-year:${agree ? "agrees" : "differs"}`, 1);
    return out;
  }
  const gap = Math.abs(a.day - b.day);
  const later = a.day >= b.day ? a : b;
  const earlier = later === a ? b : a;
  // a publication day is a late witness of the outage it reports: it may stand days after it
  const basis =
    a.dayBasis === "stated" && b.dayBasis === "stated" ? "stated" : later.dayBasis === "published" && earlier.dayBasis === "stated" ? "pub-after" : "pub";
  out.set(`day:${basis}`, 1);
  for (const step of GAP_STEPS) if (gap >= step) out.set(`day:${basis}:>=${step}`, 1);
  // beyond two days, only what the texts share can tell a follow-up from another outage
  if (gap > 2) {
    const far = gap >= 31 ? "far" : "near";
    out.set(`far-text:${far}`, text);
    out.set(`far-body:${far}`, body);
    out.set(`far-specific:${far}`, shared);
  }
  if (start > 0) out.set("start:agree", start);
  if (start < 0) out.set("start:disagree", 1);
  return out;
}

// a day of the year written without a year matches a day this close (zones, a night across midnight, a late report)
const DAY_OF_YEAR_REACH = 2;

/** Whether an undated side's days of the year meet the other side's day (or days of the year); null when there is nothing to compare. */
function dayOfYearAgreement(a: DocumentFeatures, b: DocumentFeatures): boolean | null {
  const [u, o] = a.day === null ? [a, b] : [b, a];
  if (u.yearlessDays.length === 0) return null;
  if (o.day !== null) return u.yearlessDays.some((md) => sameDayOfYear(md, o.day!, DAY_OF_YEAR_REACH));
  if (o.yearlessDays.length === 0) return null;
  // two undated texts: one's days read in a leap year (so that "02-29" exists) against the other's
  return u.yearlessDays.some((x) => {
    const day = dayNumber(`2000-${x}`);
    return day !== null && o.yearlessDays.some((y) => sameDayOfYear(y, day, DAY_OF_YEAR_REACH));
  });
}

/** Cosine of two sets: shared members over the geometric mean of their sizes (0 when either is empty). */
function setCosine(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (large.has(x)) n++;
  return n / Math.sqrt(a.size * b.size);
}

function sharesAny(a: Set<string>, b: Set<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) return true;
  return false;
}
