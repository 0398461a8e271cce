// The services an incident is about, from what its documents say failed.
import { sameBrandHead } from "../extract/brand-head";
import { nameOn } from "../domain/name-on";
import { pressName } from "./press-name";
import { foldText } from "../text/fold-text";
import type { ExtractedDocument, ServiceMention } from "../domain/types";

/** The failed services an incident is named after, and the knock-on victims listed apart. */
export interface RankedServices {
  services: string[];
  affected: string[];
}

/**
 * Failed services ordered by how many documents say they failed, a maker after its product (ties: the one more documents
 * name first among what failed, the failing cloud before its own products a story names beside
 * it, then alphabetical). A service
 * the documents mostly describe as a knock-on victim (down because another one was: the sites
 * behind a failed CDN, the payments carried by a failed operator) is not one of them: it did not
 * fail itself, and is listed among the affected services instead (a reader of its history page
 * expects the outage there), ordered by how many documents call it a victim. In larger groups a
 * service only one document says failed is left out too, so one outlet's aside does not rename the
 * incident. A renamed service is named as it was on the incident's day (the day most documents
 * give), also where an undated document used today's name.
 */
export function rankServices(docs: ExtractedDocument[]): RankedServices {
  const { named, failed, knock, leads, makers } = countRoles(docs);
  const maker = (n: string) => (makers.has(n) ? 1 : 0);
  const ranked = [...new Set([...failed.keys(), ...knock.keys()])].sort(
    // a studio or publisher said to fail yields to its product another report names (the labels
    // name the game or the app, never its maker); of two said to fail as often, the one fewer
    // documents call a victim leads
    (a, b) => maker(a) - maker(b) || (failed.get(b) ?? 0) - (failed.get(a) ?? 0) || (knock.get(a) ?? 0) - (knock.get(b) ?? 0) || (leads.get(b) ?? 0) - (leads.get(a) ?? 0) || a.localeCompare(b, "en"),
  );
  // in a group of three or more, one outlet alone saying a service failed is an aside or a misreading
  const minDocs = docs.length >= 3 ? 2 : 1;
  const kept = ranked.filter((n, i) => {
    if (i === 0) return true;
    const f = failed.get(n) ?? 0;
    return f > (knock.get(n) ?? 0) && f >= minDocs;
  });
  const products = kept.filter((n) => !makers.has(n));
  const precise = withoutOwners(docs, products.length > 0 ? products : kept, named);
  const listed = new Set(precise);
  const affected = [...knock.keys()]
    .filter((n) => !listed.has(n) && (knock.get(n) ?? 0) >= (failed.get(n) ?? 0))
    .sort((a, b) => (knock.get(b) ?? 0) - (knock.get(a) ?? 0) || a.localeCompare(b, "en"));
  return { services: precise.map((n) => pressName(docs, n, named)), affected };
}

// An owner or platform listed beside its own product ("Google" beside "Gmail", "AWS" beside
// "Amazon S3") is the product's failure named twice: the product is the more precise name; not an
// operator whose own calls and texts failed with its product (Safaricom with M-Pesa).
function withoutOwners(docs: ExtractedDocument[], kept: string[], named: (s: ServiceMention) => string): string[] {
  const ownerOf = new Map<string, string>();
  const failedItself = new Set<string>();
  for (const d of docs)
    for (const s of d.facts.services) {
      if (s.role !== "mentioned" && s.company && s.company !== s.name) ownerOf.set(named(s), s.company);
      if (s.ownNetworkFailed) failedItself.add(named(s));
    }
  const owning = new Set(kept.map((n) => ownerOf.get(n)).filter((o): o is string => o !== undefined && !failedItself.has(o)));
  const precise = kept.filter((n) => !owning.has(n));
  return precise.length > 0 ? precise : kept;
}

// How many documents say each service failed, how many call it a knock-on victim (and not failed),
// and how many name it first among what failed (a document lists its most-said failed service first)
function countRoles(docs: ExtractedDocument[]) {
  const day = incidentDay(docs);
  const onDay = (s: ServiceMention) => (day && s.names ? nameOn(s.names, day) : s.name);
  const full = fullBrandNames(docs.flatMap((d) => d.facts.services.filter((s) => s.role !== "mentioned").map(onDay)));
  const named = (s: ServiceMention) => full.get(onDay(s)) ?? onDay(s);
  const failed = new Map<string, number>();
  const knock = new Map<string, number>();
  const leads = new Map<string, number>();
  const makers = new Set<string>();
  for (const doc of docs) {
    const lead = doc.facts.services.find((s) => s.role === "failed");
    if (lead) leads.set(named(lead), (leads.get(named(lead)) ?? 0) + 1);
    const seenF = new Set<string>();
    const seenK = new Set<string>();
    for (const s of doc.facts.services) {
      if (s.role === "failed") seenF.add(named(s));
      if (s.role === "failed" && s.maker) makers.add(named(s));
      else if (s.role === "knock-on") seenK.add(named(s));
    }
    for (const n of seenF) failed.set(n, (failed.get(n) ?? 0) + 1);
    for (const n of seenK) if (!seenF.has(n)) knock.set(n, (knock.get(n) ?? 0) + 1);
  }
  return { named, failed, knock, leads, makers };
}

// One brand written with and without its trade or kind word ("Zorvex" in one outlet's report,
// "Zorvex Broadband" in another's) is one service, named in full: each name mapped to the longest
// name of the incident that is it followed only by such words (sameBrandHead, as clustering reads it).
function fullBrandNames(names: string[]): Map<string, string> {
  const distinct = [...new Set(names)];
  const full = new Map<string, string>();
  for (const n of distinct) {
    const longer = distinct.filter((m) => m.length > n.length && sameBrandHead(foldText(n), foldText(m))).sort((a, b) => b.length - a.length)[0];
    if (longer) full.set(n, longer);
  }
  return full;
}

/** The outage day most of the documents give (the earliest of equals), or null when none gives one. */
function incidentDay(docs: ExtractedDocument[]): string | null {
  const votes = new Map<string, number>();
  for (const d of docs) if (d.facts.outageDay) votes.set(d.facts.outageDay, (votes.get(d.facts.outageDay) ?? 0) + 1);
  return [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}
