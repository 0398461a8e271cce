// The ordered timeline of an incident: what happened when, each entry with its sources.
import type { ExtractedDocument, IncidentCause, TimelineEntry, TimeRole } from "../domain/types";
import { CAUSE_LABEL, ENTRY_TEXT } from "./data/wording";
import { MAX_TIMELINE_REACTIONS, MAX_TIMELINE_STATEMENTS, POSTMORTEM_AFTER_HOURS, PRECISION_HALF_WIDTH, TIME_TOLERANCE_MINUTES } from "./data/weights";
import { groupValues, instantsAgree } from "./group-values";
import { consensusDay, nearConsensusDay, type ReconciledTimes } from "./reconcile-times";
import { statusUpdateEntry } from "./status-update-entry";
import { timeCandidates } from "./time-candidates";

const KIND_ORDER: TimelineEntry["kind"][] = [
  "first-reports", "start", "acknowledgement", "statement", "update", "cause-identified", "partial-recovery", "recovery", "postmortem", "reaction",
];

/** Orders every dated fact of the incident into timeline entries. */
export function buildTimeline(docs: ExtractedDocument[], times: ReconciledTimes, cause: IncidentCause | null): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const firstOf = (role: TimeRole, kind: TimelineEntry["kind"], text: string) => {
    const e = earliestStated(docs, role, kind, text);
    if (e) entries.push(e);
  };
  firstOf("report", "first-reports", ENTRY_TEXT["first-reports"]);
  if (times.start) entries.push({ at: times.start.at, precision: times.start.precision, kind: "start", text: ENTRY_TEXT.start, sources: times.start.sources });
  firstOf("acknowledged", "acknowledgement", ENTRY_TEXT.acknowledgement);
  firstOf("identified", "cause-identified", cause ? `${ENTRY_TEXT["cause-identified"]}: ${CAUSE_LABEL[cause.category]}` : ENTRY_TEXT["cause-identified"]);
  firstOf("partial-recovery", "partial-recovery", ENTRY_TEXT["partial-recovery"]);
  // an end that is only the latest partial recovery is shown as what it is
  const endKind = times.end?.partial ? "partial-recovery" : "recovery";
  if (times.end && !entries.some((e) => e.kind === endKind && e.at === times.end!.at))
    entries.push({ at: times.end.at, precision: times.end.precision, kind: endKind, text: ENTRY_TEXT[endKind], sources: times.end.sources });
  entries.push(...publicationEntries(docs, times));
  return entries.sort((a, b) => cmp(a.at, b.at) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || cmp(a.text, b.text));
}

/** The earliest moment any source gives for a role, with every source agreeing with it. */
function earliestStated(docs: ExtractedDocument[], role: TimeRole, kind: TimelineEntry["kind"], text: string): TimelineEntry | null {
  // times recalled from other outages ("like on Monday") are not this incident's
  const cands = nearConsensusDay(timeCandidates(docs).filter((c) => c.role === role), docs);
  const valued = cands.map((c) => ({ value: c.at, halfWidth: PRECISION_HALF_WIDTH[c.precision], weight: c.weight, source: c.source, why: c.precision }));
  const groups = groupValues(valued, instantsAgree(TIME_TOLERANCE_MINUTES * 60_000)).sort((a, b) => a.best.value - b.best.value);
  const g = groups[0];
  if (!g) return null;
  const precision = cands.find((c) => c.at === g.best.value && c.source === g.best.source)?.precision ?? "minute";
  return { at: new Date(g.best.value).toISOString().replace(/\.000Z$/, "Z"), precision, kind, text, sources: g.sources };
}

/** Entries dated by publication: official statements, status updates, postmortems, reactions. */
function publicationEntries(docs: ExtractedDocument[], times: ReconciledTimes): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const dated = docs.filter((d) => d.publishedAt).sort((a, b) => cmp(a.publishedAt!, b.publishedAt!) || cmp(a.url, b.url));
  const seenQuotes = new Set<string>();
  const seenReactions = new Set<string>();
  const after = outageReference(docs, times) + POSTMORTEM_AFTER_HOURS * 3_600_000;
  for (const d of dated) {
    const at = new Date(d.publishedAt!).toISOString().replace(/\.000Z$/, "Z");
    const base = { at, precision: "minute" as const, sources: [d.url] };
    const update = statusUpdateEntry(d, at);
    if (update) out.push(update);
    if (Date.parse(at) >= after && d.facts.causes.some((c) => c.status === "confirmed"))
      out.push({ ...base, kind: "postmortem", text: `${ENTRY_TEXT.postmortem}: ${d.title}` });
    for (const s of d.facts.statements) {
      const key = s.quote.slice(0, 60).toLowerCase();
      if (!s.official || seenQuotes.has(key) || seenQuotes.size >= MAX_TIMELINE_STATEMENTS) continue;
      seenQuotes.add(key);
      const who = [s.speaker, s.organisation].filter(Boolean).join(", ");
      out.push({ ...base, kind: "statement", text: `${who ? who + ": " : ""}“${shorten(s.quote, 200)}”` });
    }
    for (const r of d.facts.reactions) {
      const key = r.text.slice(0, 60).toLowerCase();
      if (seenReactions.has(key) || seenReactions.size >= MAX_TIMELINE_REACTIONS) continue;
      seenReactions.add(key);
      out.push({ ...base, kind: "reaction", text: `${r.who ? r.who + ": " : ""}${shorten(r.text, 200)}` });
    }
  }
  return out;
}

/** When the outage was over at the latest as far as we know: its end, its start, or the end of its day. */
function outageReference(docs: ExtractedDocument[], times: ReconciledTimes): number {
  if (times.end || times.start) return Date.parse((times.end ?? times.start)!.at);
  const day = consensusDay(docs);
  return day === null ? Number.NaN : day + 86_400_000;
}

function shorten(s: string, n: number): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length <= n ? t : t.slice(0, n - 1).trimEnd() + "…";
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
