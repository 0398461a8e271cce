// How the cause became known: who said what, when, from speculation to the operator's confirmation.
import type { CauseFact, CauseHistoryEntry, ExtractedDocument } from "../domain/types";
import { CAUSE_STATUS_RANK } from "./data/weights";

/** An operator's own document (its newsroom, status page, post-event summary) stating a cause confirms
 * it, whatever its wording: the operator is the one who knows. Other documents keep their status. */
export function withOwnWordsConfirmed(docs: ExtractedDocument[]): ExtractedDocument[] {
  return docs.map((d) => {
    if ((d.kind !== "official" && d.kind !== "status") || !d.facts.causes.some(upgradable)) return d;
    const causes = d.facts.causes.map((c): CauseFact => (upgradable(c) ? { ...c, status: "confirmed" } : c));
    return { ...d, facts: { ...d.facts, causes } };
  });
}

// "no explanation was given" (category unknown) is no cause to confirm; a guess stays a guess
function upgradable(c: CauseFact): boolean {
  return c.category !== "unknown" && c.status === "reported";
}

/** Each category at each status, first stated when and by whom (every source that states it, by name), in
 * time order; "no explanation given" is left out. */
export function causeHistory(docs: ExtractedDocument[]): CauseHistoryEntry[] {
  const out = new Map<string, CauseHistoryEntry>();
  const dated = [...docs].sort((a, b) => cmp(a.publishedAt ?? "\uffff", b.publishedAt ?? "\uffff") || cmp(a.url, b.url));
  for (const d of dated)
    for (const c of d.facts.causes) {
      if (c.category === "unknown") continue;
      const key = `${c.category}:${c.status}`;
      const e = out.get(key);
      const who = d.sourceName ?? hostOf(d.url);
      if (e) {
        if (!e.sources.includes(d.url)) e.sources.push(d.url);
        if (!e.by.includes(who)) e.by.push(who);
      } else out.set(key, { at: d.publishedAt, category: c.category, status: c.status, summary: c.summary.trim() || c.span.text.trim(), sources: [d.url], by: [who] });
    }
  return [...out.values()].sort((a, b) => cmp(a.at ?? "\uffff", b.at ?? "\uffff") || CAUSE_STATUS_RANK[a.status] - CAUSE_STATUS_RANK[b.status]);
}

// a document with no source name is known by its site
function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
