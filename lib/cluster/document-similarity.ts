// Pairwise evidence that two documents report the same outage, from their profiles.
import { DAY_TERM, ENTITY_WEIGHTS, PUBLISHED_WINDOW, SCORE_WEIGHTS, START_TERM } from "./data/similarity-weights";
import { plausibleForPublished, type DocumentFeatures } from "./document-features";
import { cosine } from "./text-tokens";

/** A score in [0, 1], or "never" when the two documents cannot be about the same outage. */
export type Similarity = number | "never";

/** How strongly two documents look like reports of the same outage. */
export function documentSimilarity(a: DocumentFeatures, b: DocumentFeatures): Similarity {
  const day = dayTerm(a, b);
  if (day === "never") return "never";
  const entity = entityTerm(a, b);
  // different services are different outages, whatever else the two texts share
  if (entity === 0) return 0;
  // start instants are only comparable when both texts state their day; an undated text's clock
  // times are read against no date at all
  const stated = a.dayBasis === "stated" && b.dayBasis === "stated";
  const start = stated ? startTerm(a, b) : 0;
  // stated days two or more apart with starts that disagree are two outages of the same service
  // (a long outage reported day after day keeps its start)
  if (stated && Math.abs(a.day! - b.day!) >= 2 && start < 0) return "never";
  const specifics = Math.max(cosine(a.tokens, b.tokens), jaccard(a.specifics, b.specifics) > 0 ? 1 : 0);
  const score =
    SCORE_WEIGHTS.entity * entity + SCORE_WEIGHTS.day * day + SCORE_WEIGHTS.start * start + SCORE_WEIGHTS.specifics * specifics;
  return Math.max(0, Math.min(1, score));
}

/** Weighted overlap of the service profiles; a service only mentioned by one side counts a little. */
function entityTerm(a: DocumentFeatures, b: DocumentFeatures): number {
  let shared = 0;
  for (const [k, wa] of a.entities) {
    const wb = b.entities.get(k) ?? (b.mentioned.has(k) ? ENTITY_WEIGHTS.mentioned : 0);
    shared += Math.min(wa, wb);
  }
  for (const [k, wb] of b.entities) if (!a.entities.has(k) && a.mentioned.has(k)) shared += Math.min(wb, ENTITY_WEIGHTS.mentioned);
  const denom = Math.min(total(a.entities), total(b.entities));
  return denom === 0 ? 0 : Math.min(1, shared / denom);
}

/**
 * How far apart the two outage days are, weighed by how sure each day is: two days the texts state
 * count their gap in full; a day that is only a publication day may stand for an outage a few days
 * earlier (a follow-up, a next-morning recap), so its gap counts less, within the publication window.
 */
function dayTerm(a: DocumentFeatures, b: DocumentFeatures): number | "never" {
  if (a.day !== null && b.day !== null) {
    const gap = Math.abs(a.day - b.day);
    if (a.dayBasis === "stated" && b.dayBasis === "stated") return gap < DAY_TERM.stated.length ? DAY_TERM.stated[gap] : "never";
    // a publication day stands for the outage it reports, or for one up to a week before it
    const later = a.day >= b.day ? a : b;
    if (later.dayBasis === "published" && !plausibleForPublished(Math.min(a.day, b.day), later.day)) return "never";
    if (later.dayBasis !== "published" && gap > PUBLISHED_WINDOW.ahead) return "never";
    return gap < DAY_TERM.published.length ? DAY_TERM.published[gap] : DAY_TERM.published[DAY_TERM.published.length - 1];
  }
  // one side undated: only its publication date bounds it (an outage is not reported before it happens)
  if (a.day !== null && !plausibleForPublished(a.day, b.publishedDay)) return "never";
  if (b.day !== null && !plausibleForPublished(b.day, a.publishedDay)) return "never";
  return DAY_TERM.unknown;
}

function startTerm(a: DocumentFeatures, b: DocumentFeatures): number {
  if (a.starts.length === 0 || b.starts.length === 0) return 0;
  let best = Infinity;
  for (const x of a.starts) for (const y of b.starts) best = Math.min(best, Math.abs(x - y));
  const hours = best / 3_600_000;
  if (hours <= START_TERM.nearHours) return START_TERM.near;
  if (hours <= START_TERM.midHours) return START_TERM.mid;
  if (hours <= START_TERM.farHours) return 0;
  return START_TERM.far;
}

function total(m: Map<string, number>): number {
  let s = 0;
  for (const v of m.values()) s += v;
  return s;
}

function jaccard(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / (a.size + b.size - n);
}
