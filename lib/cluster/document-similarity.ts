// Pairwise evidence that two documents report the same outage, from their profiles: documents that
// share no failed service give none; otherwise the fitted pair model (lib/cluster/pair-features.ts,
// lib/cluster/data/pair-model.json) weighs the day gap by how each day is known, start times, and
// what the texts share, into a probability. A contradiction of two stated starts scores a pair 0;
// only a title saying the service failed again vetoes one.
import type { LinearModel } from "../extract/model/linear-model";
import { probability } from "../extract/model/linear-model";
import { ENTITY_WEIGHTS, START_TERM } from "./data/similarity-weights";
import PAIR_MODEL_DATA from "./data/pair-model.json";
import type { DocumentFeatures } from "./document-features";
import { pairFeatures } from "./pair-features";
import { yearsAround } from "./day-arithmetic";
import { sameInitials } from "./name-initials";
import { sameBrandHead } from "../extract/brand-head";
import { withWrittenServices } from "./written-services";

/** A score in [0, 1] (-1 for two stated starts that contradict), or "never" when the two documents cannot be about the same outage. */
export type Similarity = number | "never";

/** The fitted pair model, the average-link threshold chosen with it, and the mean probability at
 * which a document with no day at all joins the dated group of its service it is most like. */
export interface PairModel extends LinearModel {
  threshold: number;
  undatedFloor: number;
}

/** The score of a pair whose stated starts contradict each other (see similarityTerms). */
const CONTRADICTION = -1;

export const PAIR_MODEL: PairModel = PAIR_MODEL_DATA as PairModel;

/** The terms of one pair's score and what decided it (for analysis scripts). */
export interface SimilarityTerms {
  score: Similarity;
  /** "service" (no shared service), "start" (stated days apart with starts that disagree, or a week apart with parts of the day that do: -1), "year" (an undated lead writes another year: -1), "repeat" (a veto) or "score" (the model decided). */
  decidedBy: "service" | "start" | "year" | "repeat" | "score";
  entity: number;
  start: number;
  features: Map<string, number>;
}

/** How strongly two documents look like reports of the same outage. */
export function documentSimilarity(a: DocumentFeatures, b: DocumentFeatures, model: PairModel = PAIR_MODEL): Similarity {
  return similarityTerms(a, b, model).score;
}

/** The score of a pair with the terms it was made of. */
export function similarityTerms(a: DocumentFeatures, b: DocumentFeatures, model: PairModel = PAIR_MODEL): SimilarityTerms {
  // a report that writes the other's service counts as naming it in passing (written-services.ts)
  [a, b] = [withWrittenServices(a, b), withWrittenServices(b, a)];
  const entity = entityTerm(a, b);
  // start instants are only comparable when both texts state their day; an undated text's clock
  // times are read against no date at all
  const stated = a.dayBasis === "stated" && b.dayBasis === "stated";
  const start = stated ? startTerm(a.starts, b.starts) : 0;
  // starts read only to a part of the day or to the day ("depuis mardi matin", "on Tuesday") still
  // say which day an outage began; they count in the contradiction below alone, from a week apart
  const roughStart = stated && start === 0 ? startTerm([...a.starts, ...a.roughStarts], [...b.starts, ...b.roughStarts]) : 0;
  const features = pairFeatures(a, b, entity, start);
  // different services are different outages, whatever else the two texts share; a document that
  // names no service at all (a cable, a network, "the internet") is placed by its day and its words
  const unnamed = a.entities.size === 0 || b.entities.size === 0;
  if (entity === 0 && !unnamed) return { score: 0, decidedBy: "service", entity, start, features };
  if (unnamed) features.set("services:unnamed", 1);
  // with no shared service, the day alone is no evidence: a report naming no service joins another
  // only when the two share some words, a specific or their texts' frequent stems (two unrelated
  // failures the same afternoon, one of them unnamed, stay apart)
  if (unnamed && features.get("text") === 0 && features.get("body") === 0 && features.get("specific") === 0)
    return { score: 0, decidedBy: "service", entity, start, features };
  // a report whose title says the service failed again tells of a new outage, not of one it states
  // two or more days before
  if (a.day !== null && b.day !== null && Math.abs(a.day - b.day) >= 2 && (a.day > b.day ? a : b).repeat && a.dayBasis === "stated" && b.dayBasis === "stated")
    return { score: "never", decidedBy: "repeat", entity, start, features };
  // two texts that each state their day, two or more days apart, with starts more than a day apart
  // mostly tell of two outages of the service (a long outage reported day after day keeps its
  // start): the pair counts against as much as a sure match counts for (-1). Not a veto: one
  // misread start ("since Monday" read against the wrong week) must not keep an article from the
  // many others of its outage it agrees with, while two groups whose pairs contradict each other
  // as often as they agree average under the threshold.
  // Starts read to a part of the day or the day only count from a week apart: a long outage told
  // day by day has a "this morning" in each day's report (counted from two days, part-of-day
  // starts split such outages of the training corpus: leave-incident-out CV 0.965 -> 0.954), while
  // two live reports a week or more apart, each with its own morning, night or weekday, tell of two
  // outages of one operator (regional cuts in other towns; CV 0.965 -> 0.967, P 0.980 -> 0.983).
  const gap = a.day !== null && b.day !== null ? Math.abs(a.day - b.day) : 0;
  if ((start < 0 && gap >= 2) || (roughStart < 0 && gap >= START_TERM.roughDays)) return { score: CONTRADICTION, decidedBy: "start", entity, start, features };
  // an undated text whose title or lead writes the year of its outage ("la panne d'Orange de 2025",
  // "When Cloudflare went down in November 2025") tells of another outage than one of another
  // year: it counts against as a contradiction does (an undated look back had joined this year's
  // outage of its service, the service and the words being all the pair model could go by)
  if (yearsDiffer(a, b)) return { score: CONTRADICTION, decidedBy: "year", entity, start, features };
  return { score: probability(model, features), decidedBy: "score", entity, start, features };
}

/** Whether an undated side's lead years all differ from the other side's year (or lead years). */
function yearsDiffer(a: DocumentFeatures, b: DocumentFeatures): boolean {
  const yearsOf = (x: DocumentFeatures): number[] => (x.day !== null ? yearsAround(x.day) : x.leadYears);
  const [ya, yb] = [yearsOf(a), yearsOf(b)];
  if ((a.day !== null && b.day !== null) || ya.length === 0 || yb.length === 0) return false;
  return !ya.some((y) => yb.includes(y));
}

/** Whether two documents name a failed service in common (names only mentioned or written in passing aside). */
export function shareFailedService(a: DocumentFeatures, b: DocumentFeatures): boolean {
  return entityTerm({ ...a, mentioned: new Set() }, { ...b, mentioned: new Set() }) > 0;
}

/** Weighted overlap of the service profiles; a service only mentioned by one side counts a little. */
function entityTerm(a: DocumentFeatures, b: DocumentFeatures): number {
  let shared = 0;
  const matched = new Set<string>();
  // a's services against b's profile, then b's that a only names in passing (the pairs of two
  // profiled services were counted in the first pass)
  for (const [one, other, first] of [[a, b, true], [b, a, false]] as const)
    for (const [k, w] of one.entities) {
      if (!first && matched.has(k)) continue;
      const ko = counterpart(k, one, other);
      if (ko === null || (!first && other.entities.has(ko))) continue;
      if (first) matched.add(ko);
      shared += Math.min(w, other.entities.get(ko) ?? ENTITY_WEIGHTS.mentioned);
    }
  const denom = Math.min(total(a.entities), total(b.entities));
  return denom === 0 ? 0 : Math.min(1, shared / denom);
}

// The name `other` gives service `k` of `one`: the same name, its acronym or full name (one outlet
// writes "GTBank", another "Guaranty Trust Bank": lib/cluster/name-initials.ts), or the name with or
// without its trade word, else null.
function counterpart(k: string, one: DocumentFeatures, other: DocumentFeatures): string | null {
  if (other.entities.has(k) || other.mentioned.has(k)) return k;
  const mine = one.initials.get(k);
  if (mine) for (const [ko, theirs] of other.initials) if (sameInitials(mine, theirs) && (other.entities.has(ko) || other.mentioned.has(ko))) return ko;
  // "Zorvex Broadband" in one report, "Zorvex" in the other (lib/extract/brand-head.ts)
  for (const ko of [...other.entities.keys(), ...other.mentioned]) if (sameBrandHead(k, ko)) return ko;
  return null;
}

/** Agreement of the closest start instants: 1 within a few hours, negative when a day or more apart. */
function startTerm(a: number[], b: number[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  let best = Infinity;
  for (const x of a) for (const y of b) best = Math.min(best, Math.abs(x - y));
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
