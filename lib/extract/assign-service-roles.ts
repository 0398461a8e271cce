// Each named service's part in the outage the document is about: `failed` when it is what the
// failure words are about, `knock-on` when it suffered from another's failure, `mentioned` when it is
// a bystander (where users posted, a rival joking, background).
import type { ServiceMention, ServiceRole } from "../domain/types";
import {
  AFFILIATION_BEFORE, CAUSAL_CONNECTORS, KNOCK_ON_CUES, PLATFORM_BEFORE, POSTING_CUES, REACTION_AFTER, RECALL_AFTER, RECALL_BEFORE, RIVAL_BEFORE,
} from "./data/role-cues";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import type { ServiceHit } from "./find-services";
import type { CueHit } from "./outage-cue-hits";
import { sentenceAt, spanOf, type TextView } from "./text-view";

const CAUSAL_RE = compileCues(CAUSAL_CONNECTORS);
const KNOCK_RE = compileCues(KNOCK_ON_CUES);
const POSTING_RE = compileCues(POSTING_CUES);
const TITLE_WEIGHT = 3;

interface Votes {
  hit: ServiceHit;
  best: { role: ServiceRole; at: ServiceHit } | null;
  failed: number;
  knock: number;
  mentioned: number;
  count: number;
}

/** One mention per service with its role, failed services first (most named first). */
export function assignServiceRoles(view: TextView, hits: ServiceHit[], cues: CueHit[]): ServiceMention[] {
  const votes = new Map<string, Votes>();
  for (const hit of hits) {
    const v = votes.get(hit.entry.name) ?? { hit, best: null, failed: 0, knock: 0, mentioned: 0, count: 0 };
    votes.set(hit.entry.name, v);
    const role = roleOfHit(view, hit, hits, cues);
    const w = hit.index < view.titleEnd ? TITLE_WEIGHT : 1;
    v.count++;
    if (role === "failed") v.failed += w;
    else if (role === "knock-on") v.knock += w;
    else v.mentioned += w;
    if (!v.best || rank(role) < rank(v.best.role)) v.best = { role, at: hit };
  }
  const out = [...votes.values()].map((v) => {
    const role: ServiceRole = v.failed > 0 && v.failed >= v.knock ? "failed" : v.knock > 0 ? "knock-on" : "mentioned";
    const at = v.best && v.best.role === role ? v.best.at : v.hit;
    return { mention: { name: v.hit.entry.name, company: v.hit.entry.company, role, span: spanOf(view, at.index, at.end) }, weight: v.failed + v.count };
  });
  return out.sort((a, b) => rank(a.mention.role) - rank(b.mention.role) || b.weight - a.weight).map((o) => o.mention);
}

function rank(role: ServiceRole): number {
  return role === "failed" ? 0 : role === "knock-on" ? 1 : 2;
}

/** The part one mention plays in its own sentence. */
function roleOfHit(view: TextView, hit: ServiceHit, hits: ServiceHit[], cues: CueHit[]): ServiceRole {
  const s = sentenceAt(view, hit.index);
  const end = Math.min(s.end, s.start < view.titleEnd ? view.titleEnd : s.end);
  const failing = cues.some((c) => c.index >= s.start && c.index < end);
  if (!failing) return "mentioned";
  const after = view.folded.slice(hit.end, Math.min(end, hit.end + 60));
  const before = view.folded.slice(Math.max(s.start, hit.index - 40), hit.index);
  if (REACTION_AFTER.test(after) || RIVAL_BEFORE.test(before) || AFFILIATION_BEFORE.test(before)) return "mentioned";
  // "la panne d'AWS d'octobre dernier": an earlier outage of that service, recalled
  if (RECALL_BEFORE.test(before) && RECALL_AFTER.test(after)) return "mentioned";
  if (PLATFORM_BEFORE.test(before) && hasMatch(POSTING_RE, view.folded, s.start, end)) return "mentioned";
  const connector = allMatches(CAUSAL_RE, view.folded, s.start, end).find((c) => hits.some((h) => h !== hit && h.index > c.index && h.index < end));
  if (connector) return hit.index > connector.index ? "failed" : "knock-on";
  if (hasMatch(KNOCK_RE, view.folded, s.start, end) && !hasStrongCueNear(cues, hit, s.start, end)) return "knock-on";
  return "failed";
}

function hasStrongCueNear(cues: CueHit[], hit: ServiceHit, start: number, end: number): boolean {
  return cues.some((c) => c.strong && c.index >= start && c.index < end && Math.abs(c.index - hit.index) < 60);
}
