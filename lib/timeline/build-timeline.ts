// The ordered timeline of an incident: what happened when, each entry with its sources.
import type { ExtractedDocument, IncidentCause, IncidentExport, IncidentPhases, PhaseInstant, TimelineEntry, TimeRole } from "../domain/types";

type Voices = Pick<IncidentExport, "statements" | "reactions">;
import { CAUSE_LABEL, ENTRY_TEXT } from "./data/wording";
import { MAX_TIMELINE_REACTIONS, MAX_TIMELINE_RESIDUAL, MAX_TIMELINE_STATEMENTS, POSTMORTEM_AFTER_HOURS, TIME_TOLERANCE_MINUTES } from "./data/weights";
import { consensusDay, type ReconciledTimes } from "./reconcile-times";
import { statedGroups } from "./stated-groups";
import { statusUpdateEntry } from "./status-update-entry";

const KIND_ORDER: TimelineEntry["kind"][] = [
  "trigger", "first-reports", "start", "acknowledgement", "statement", "update", "cause-identified", "mitigation", "partial-recovery", "recovery", "residual", "postmortem", "reaction",
];

/** Orders every dated fact of the incident into timeline entries. */
export function buildTimeline(docs: ExtractedDocument[], times: ReconciledTimes, cause: IncidentCause | null, phases: IncidentPhases, voices: Voices): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  const firstOf = (role: TimeRole, kind: TimelineEntry["kind"], text: string) => {
    const e = earliestStated(docs, role, kind, text);
    if (e) entries.push(e);
  };
  if (phases.trigger) entries.push({ ...at(phases.trigger), kind: "trigger", text: ENTRY_TEXT.trigger });
  // reports well after the start are a checkpoint ("still climbing in the early afternoon"), not the first ones
  const firstReports = earliestStated(docs, "report", "first-reports", ENTRY_TEXT["first-reports"]);
  const late = firstReports && times.start && Date.parse(firstReports.at) - Date.parse(times.start.at) > TIME_TOLERANCE_MINUTES * 60_000;
  if (firstReports && !late) entries.push(firstReports);
  if (times.start) entries.push({ at: times.start.at, precision: times.start.precision, kind: "start", text: ENTRY_TEXT.start, sources: times.start.sources });
  firstOf("acknowledged", "acknowledgement", ENTRY_TEXT.acknowledgement);
  firstOf("identified", "cause-identified", cause ? `${ENTRY_TEXT["cause-identified"]}: ${CAUSE_LABEL[cause.category]}` : ENTRY_TEXT["cause-identified"]);
  if (phases.mitigated) entries.push({ ...at(phases.mitigated), kind: "mitigation", text: ENTRY_TEXT.mitigation });
  firstOf("partial-recovery", "partial-recovery", ENTRY_TEXT["partial-recovery"]);
  // the latest partial recovery says how much was back ("Partial recovery (99%)")
  const p = phases.partialRecovery;
  if (p) {
    const text = p.extent ? `${ENTRY_TEXT["partial-recovery"]} (${p.extent})` : ENTRY_TEXT["partial-recovery"];
    const i = entries.findIndex((e) => e.kind === "partial-recovery" && e.at === p.at);
    if (i >= 0) entries[i] = { ...entries[i], text };
    else entries.push({ ...at(p), kind: "partial-recovery", text });
  }
  // an end that is only the latest partial recovery or a mitigation is shown as what it is
  const endKind = times.endKind === "partial-recovery" || times.end?.partial ? "partial-recovery" : times.endKind === "mitigation" ? "mitigation" : "recovery";
  if (times.end && !entries.some((e) => e.kind === endKind && e.at === times.end!.at))
    entries.push({ at: times.end.at, precision: times.end.precision, kind: endKind, text: ENTRY_TEXT[endKind], sources: times.end.sources });
  entries.push(...residualEntries(docs, phases));
  entries.push(...publicationEntries(docs, times, voices));
  return entries.sort((a, b) => cmp(a.at, b.at) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || cmp(a.text, b.text));
}

function at(p: PhaseInstant): Pick<TimelineEntry, "at" | "precision" | "sources"> {
  return { at: p.at, precision: p.precision, sources: p.sources };
}

/** Impact outlasting the fix, dated by the first document that tells it. */
function residualEntries(docs: ExtractedDocument[], phases: IncidentPhases): TimelineEntry[] {
  const published = new Map(docs.map((d) => [d.url, d.publishedAt]));
  return phases.residual.slice(0, MAX_TIMELINE_RESIDUAL).flatMap((r) => {
    const when = r.sources.map((u) => published.get(u)).filter((x): x is string => Boolean(x)).sort()[0];
    return when ? [{ at: new Date(when).toISOString().replace(/\.000Z$/, "Z"), precision: "minute" as const, kind: "residual" as const, text: shorten(r.text, 200), sources: r.sources }] : [];
  });
}

/** The earliest moment any source gives for a role, with every source agreeing with it. */
function earliestStated(docs: ExtractedDocument[], role: TimeRole, kind: TimelineEntry["kind"], text: string): TimelineEntry | null {
  const g = statedGroups(docs, role)[0];
  return g ? { at: g.at, precision: g.precision, kind, text, sources: g.sources } : null;
}

/** Entries dated by publication: official statements, status updates, postmortems, reactions. */
function publicationEntries(docs: ExtractedDocument[], times: ReconciledTimes, voices: Voices): TimelineEntry[] {
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
    for (const s of voices.statements.filter((v) => v.source === d.url)) {
      const key = s.quote.slice(0, 60).toLowerCase();
      if (!s.official || seenQuotes.has(key) || seenQuotes.size >= MAX_TIMELINE_STATEMENTS) continue;
      seenQuotes.add(key);
      const who = [s.speaker, s.organisation].filter(Boolean).join(", ");
      out.push({ ...base, kind: "statement", text: `${who ? who + ": " : ""}“${shorten(s.quote, 200)}”` });
    }
    for (const r of voices.reactions.filter((v) => v.source === d.url)) {
      const key = r.text.slice(0, 60).toLowerCase();
      if (seenReactions.has(key) || seenReactions.size >= MAX_TIMELINE_REACTIONS) continue;
      seenReactions.add(key);
      out.push({ ...base, kind: "reaction", text: `${r.who ? r.who + ": " : ""}${shorten(r.text, 200)}` });
    }
  }
  return out;
}

/** When the outage was over at the latest as far as we know: its end, its start, or the end of its day
 * (a start known only to the day is that date's midnight, the day's beginning). */
function outageReference(docs: ExtractedDocument[], times: ReconciledTimes): number {
  if (times.end) return Date.parse(times.end.at);
  if (times.start) return Date.parse(times.start.at) + (times.start.precision === "day" ? 86_400_000 : 0);
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
