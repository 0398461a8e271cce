// The incident's cause: the best-supported category, with what it replaced.
import type { CauseCategory, CauseStatus, ExtractedDocument, IncidentCause } from "../domain/types";
import { CAUSE_STATUS_RANK, KIND_WEIGHT } from "./data/weights";

interface CauseClaim {
  category: CauseCategory;
  status: CauseStatus; // the strongest status any source gives this category
  summary: string; // from the most authoritative source stating the strongest status
  summaryWeight: number;
  support: number;
  statements: number; // how many sentences, across sources, say this category caused the outage
  latest: string; // the latest publication stating it at its strongest status ("" when undated)
  sources: string[];
  stated: boolean; // some source says this category caused the outage, beyond naming it
}

// Categories that say who failed or that nobody said what, not what went wrong.
const NO_MECHANISM: CauseCategory[] = ["third-party", "unknown"];

/**
 * Picks the cause: a stated mechanism over a supplier merely named as the culprit, then a category
 * some source says caused the outage over one only read from a document that names it (CV 0.811 ->
 * 0.830: an operator's page that merely names "overwhelmed" servers had outranked the press's stated
 * cause), then the strongest status (an operator's confirmation beats press reports, which beat speculation), then
 * a named category over "unknown", then support across sources (each source counted at the firmest status
 * it gives the category), then how many sentences state it, then the latest source to state it at that
 * status (an operator's postmortem days later knows more than the first day's reports), then a change
 * over the overload it brought on (CHANGES). The other
 * categories stay in `superseded`. Null when no source states a cause.
 */
export function pickCause(docs: ExtractedDocument[]): IncidentCause | null {
  const claims = collectClaims(docs);
  if (claims.length === 0) return null;
  // "caused by a third-party software platform" next to "a faulty update from its security vendor":
  // the update is what failed, whoever shipped it; a guessed mechanism does not displace the supplier
  const mechanism = claims.some((c) => !NO_MECHANISM.includes(c.category) && c.status !== "speculated");
  const supplierOnly = (c: CauseClaim) => Number(mechanism && c.category === "third-party");
  const weighed = (a: CauseClaim, b: CauseClaim) =>
    supplierOnly(a) - supplierOnly(b) ||
    Number(b.stated) - Number(a.stated) ||
    CAUSE_STATUS_RANK[b.status] - CAUSE_STATUS_RANK[a.status] ||
    Number(a.category === "unknown") - Number(b.category === "unknown") ||
    b.support - a.support ||
    b.statements - a.statements ||
    (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : 0);
  claims.sort((a, b) => weighed(a, b) || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  changeBeforeLoad(claims, weighed);
  const [chosen, ...rest] = claims;
  const cause: IncidentCause = { category: chosen.category, summary: chosen.summary, status: chosen.status, sources: chosen.sources };
  if (rest.length) cause.superseded = rest.map((c) => ({ category: c.category, summary: c.summary, status: c.status, sources: c.sources }));
  return cause;
}

// A change to the operator's settings often brings on the overload the sources also name ("under the
// morning's peak load the change routed logins to a data centre not ready"): weighed alike, the change is
// the root. Labelled sets 2-14: of the incidents naming a change and an overload, the change is the cause in
// 6 (Kauri, Nimbusedge, Kolibri, Docker Hub, Vanguard Skies, Stripe), the overload in none. Not a bug: a
// bug the load only exposed is no change, and with the bug first the training corpus's Reddit 2024 (a
// change and an overload) read as a bug in leave-incident-out CV. Not an attack or a failure over an
// overload either: a crowd blamed over a rumoured attack is the cause.
const CHANGES: CauseCategory[] = ["config-change"];
/** Puts a change first when the overload led only by the name order of two claims weighed alike. */
function changeBeforeLoad(claims: CauseClaim[], weighed: (a: CauseClaim, b: CauseClaim) => number): void {
  if (claims[0]?.category !== "capacity-overload") return;
  const change = claims.findIndex((c) => CHANGES.includes(c.category) && weighed(claims[0], c) === 0);
  if (change > 0) claims.unshift(...claims.splice(change, 1));
}

function collectClaims(docs: ExtractedDocument[]): CauseClaim[] {
  const byCategory = new Map<CauseCategory, CauseClaim>();
  const ordered = [...docs].sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  for (const doc of ordered) {
    const w = KIND_WEIGHT[doc.kind] ?? 1;
    // a source counts once per category, at the firmest status it gives it: a headline's "reportedly"
    // followed by the operator's own words in the body is a confirmation
    const firmest = new Map<CauseCategory, CauseStatus>();
    for (const c of doc.facts.causes) {
      const summary = c.summary.trim() || c.span.text.trim();
      let claim = byCategory.get(c.category);
      if (!claim) {
        claim = { category: c.category, status: c.status, summary, summaryWeight: -1, support: 0, statements: 0, latest: "", sources: [], stated: false };
        byCategory.set(c.category, claim);
      }
      if (!c.inferred) {
        claim.stated = true;
        claim.statements++;
      }
      if (!claim.sources.includes(doc.url)) claim.sources.push(doc.url);
      const before = firmest.get(c.category);
      if (!before || CAUSE_STATUS_RANK[c.status] > CAUSE_STATUS_RANK[before]) firmest.set(c.category, c.status);
      if (CAUSE_STATUS_RANK[c.status] > CAUSE_STATUS_RANK[claim.status]) claim.status = c.status;
      // the summary comes from the strongest statement of the strongest status
      const sw = CAUSE_STATUS_RANK[c.status] * 10 + w;
      if (c.status === claim.status && sw > claim.summaryWeight) {
        claim.summary = summary;
        claim.summaryWeight = sw;
      }
    }
    for (const [category, status] of firmest) byCategory.get(category)!.support += w * CAUSE_STATUS_RANK[status];
  }
  for (const c of byCategory.values()) {
    c.sources.sort();
    c.latest = latestStating(docs, c);
  }
  return [...byCategory.values()];
}

// The latest publication among the sources that state the claim's category at its strongest status.
function latestStating(docs: ExtractedDocument[], claim: CauseClaim): string {
  let latest = "";
  for (const d of docs)
    if (d.publishedAt && d.publishedAt > latest && d.facts.causes.some((c) => c.category === claim.category && c.status === claim.status && !c.inferred)) latest = d.publishedAt;
  return latest;
}
