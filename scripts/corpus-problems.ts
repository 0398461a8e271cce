// Checks that a labelled corpus (articles.jsonl + incidents.json) has the shape
// ../shared/eval/score.mjs and serve-corpus.mjs read, for our own held-out corpus
// (test/fixtures/own-corpus): a typo in a hand-written label would otherwise be scored silently
// (an article pointing at no incident counts as an outage of its own; a duration that does not
// match its start and end makes one of the two gold facts wrong).
import type { CauseCategory } from "../lib/domain/types";

const CAUSES: readonly CauseCategory[] = ["network-bgp-dns", "config-change", "software-bug", "hardware-or-datacenter", "capacity-overload", "cyberattack", "third-party", "unknown"];
const KINDS = ["news", "official", "negative"];
const isoUtc = (v: unknown): boolean => typeof v === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?Z$/.test(v) && !Number.isNaN(Date.parse(v));
const dayOf = (v: string): number => Date.parse(v.slice(0, 10) + "T00:00:00Z");

/** Every problem found, one sentence each; empty when the corpus is well-formed. */
export function corpusProblems(articles: Record<string, unknown>[], incidents: Record<string, unknown>[]): string[] {
  const out: string[] = [];
  const incidentIds = new Set<string>();
  for (const g of incidents) {
    const id = String(g.id ?? "");
    if (!/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+$/.test(id) || Number.isNaN(dayOf(id))) out.push(`incident id "${id}" does not start with a date`);
    if (incidentIds.has(id)) out.push(`incident id "${id}" is used twice`);
    incidentIds.add(id);
    if (!Array.isArray(g.services) || g.services.length === 0 || !g.services.every((s) => typeof s === "string" && s.trim())) out.push(`${id}: services must name at least one service`);
    for (const k of ["start_utc", "end_utc"]) if (g[k] !== null && !isoUtc(g[k])) out.push(`${id}: ${k} is neither null nor an ISO UTC time`);
    if (g.duration_minutes !== null && !(typeof g.duration_minutes === "number" && g.duration_minutes > 0)) out.push(`${id}: duration_minutes is neither null nor a positive number`);
    if (typeof g.times_approximate !== "boolean") out.push(`${id}: times_approximate is not a boolean`);
    const causes = g.cause_category === null ? [] : ([] as unknown[]).concat(g.cause_category);
    if (g.cause_category === undefined || causes.some((c) => !CAUSES.includes(c as CauseCategory))) out.push(`${id}: cause_category is not null or the contract's categories`);
    const start = isoUtc(g.start_utc) ? Date.parse(g.start_utc as string) : null;
    const end = isoUtc(g.end_utc) ? Date.parse(g.end_utc as string) : null;
    // the scorer accepts the id's date or the start's: a start more than a day from the id is a typo
    if (start !== null && Math.abs(dayOf(g.start_utc as string) - dayOf(id)) > 86_400_000) out.push(`${id}: start_utc is more than a day from the id's date`);
    if (start !== null && end !== null) {
      if (end <= start) out.push(`${id}: end_utc is not after start_utc`);
      else if (typeof g.duration_minutes === "number" && Math.abs((end - start) / 60_000 - g.duration_minutes) > 1) out.push(`${id}: duration_minutes does not match start_utc..end_utc`);
    }
  }
  const articleIds = new Set<string>();
  const urls = new Set<string>();
  const used = new Set<string>();
  for (const a of articles) {
    const id = String(a.id ?? "");
    if (!/^[a-z0-9-]+$/.test(id)) out.push(`article id "${id}" is not a lower-case slug (it is served as /articles/<id>.html)`);
    if (articleIds.has(id)) out.push(`article id "${id}" is used twice`);
    articleIds.add(id);
    if (typeof a.url !== "string" || !/^https:\/\//.test(a.url) || urls.has(a.url)) out.push(`${id}: url missing or used twice`);
    urls.add(String(a.url));
    if (a.lang !== "fr" && a.lang !== "en") out.push(`${id}: lang is not fr or en`);
    if (typeof a.source !== "string" || !a.source.trim()) out.push(`${id}: no source`);
    if (a.published_at !== null && !isoUtc(a.published_at)) out.push(`${id}: published_at is neither null nor an ISO UTC time`);
    if (a.title !== null && (typeof a.title !== "string" || !a.title.trim())) out.push(`${id}: title is neither null nor text`);
    if (typeof a.text !== "string" || !a.text.trim()) out.push(`${id}: no text`);
    if (!KINDS.includes(String(a.kind))) out.push(`${id}: kind is not one of ${KINDS.join(", ")}`);
    if (a.incident === null) {
      if (a.kind !== "negative") out.push(`${id}: an article of no incident must be of kind negative`);
    } else if (!incidentIds.has(String(a.incident))) out.push(`${id}: incident "${String(a.incident)}" is not in incidents.json`);
    else {
      used.add(String(a.incident));
      if (a.kind === "negative") out.push(`${id}: a negative article carries an incident`);
    }
  }
  for (const g of incidentIds) if (!used.has(g)) out.push(`${g}: no article carries this incident (the scorer would skip it)`);
  return out;
}
