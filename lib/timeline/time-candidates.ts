// Every time a group's documents state, as weighted candidates for the incident's times.
import { DateTime } from "luxon";
import type { ExtractedDocument, Granularity, TimeFact, TimeRole } from "../domain/types";
import { publishedDateOnly } from "../domain/published-date-only";
import { PUBLICATION_RELATIVE_DAY } from "./data/relative-days";
import { APPROXIMATE_DURATION_FACTOR, ASSUMED_ZONE_FACTOR, RELATIVE_DAY_DATE_ONLY_FACTOR, ONGOING_DURATION_FACTOR, VAGUE_DURATION_FACTOR, DAY_LONG_DURATION_FACTOR, DAY_LONG_MINUTES, KIND_WEIGHT, PRECISION_WEIGHT } from "./data/weights";

export interface TimeCandidate {
  role: TimeRole;
  at: number; // epoch ms
  precision: Granularity;
  weight: number;
  source: string; // document url
  why: string; // "status update, minute, explicit zone"
  extent?: string; // partial recoveries: "99%", "most"
  localDate?: string; // the date where it was read (YYYY-MM-DD in its zone): a day-only value's day
  rangeStart?: number; // a range's end: where that range begins (epoch ms), the window it closes
  relapse?: boolean; // a start said of a failure "again" (TimeFact.relapse)
}

export interface DurationCandidate {
  minutes: number;
  weight: number;
  source: string;
  why: string;
}

/** Instants (and the two ends of ranges) stated by the documents, weighted by who says it and how precisely. */
export function timeCandidates(docs: ExtractedDocument[]): TimeCandidate[] {
  const out: TimeCandidate[] = [];
  for (const doc of docs) {
    const kindW = KIND_WEIGHT[doc.kind] ?? 1;
    for (const f of doc.facts.times) {
      const t = f.time;
      const conf = clamp01(f.confidence);
      if (t.kind === "instant") {
        const zoneF = t.zoneExplicit ? 1 : ASSUMED_ZONE_FACTOR;
        const counted = dayCountedBack(doc, f);
        const why = `${kindLabel(doc.kind)}, ${t.granularity}, ${t.zoneExplicit ? "explicit zone" : "assumed zone"}${counted ? ", day counted back from a date-only stamp" : ""}`;
        const dated = f.fromPublication ? `${why}, dated by publication` : why;
        const w = kindW * PRECISION_WEIGHT[t.granularity] * zoneF * conf * (counted ? RELATIVE_DAY_DATE_ONLY_FACTOR : 1);
        push(out, f.role, t.utc, t.granularity, w, doc.url, dated, f.extent, t.localDate, undefined, f.relapse);
      } else if (t.kind === "range" && f.role !== "report") {
        // "from 16h to 18h30": both ends are stated, to the minute, in a zone the extractor read;
        // "du 4 au 5 octobre" states them only to the day, and weighs as a day does
        const precision = t.granularity ?? "minute";
        const why = `${kindLabel(doc.kind)}, range to the ${precision}`;
        const w = kindW * PRECISION_WEIGHT[precision] * conf;
        push(out, f.role === "partial-recovery" ? "partial-recovery" : "start", t.start, precision, w, doc.url, why, undefined, localDateOf(t.start, t.zone), undefined, f.relapse);
        push(out, f.role === "partial-recovery" ? "partial-recovery" : "end", t.end, precision, w, doc.url, why, undefined, localDateOf(t.end, t.zone), Date.parse(t.start));
      }
    }
  }
  return out;
}

/** Whether a time fact's day is counted back from a publication known only to its date ("hier
 * après-midi" in an article stamped 2020-05-18): as right as the stamp's day, which may be a day off. */
export function dayCountedBack(doc: ExtractedDocument, f: TimeFact): boolean {
  return f.time.kind === "instant" && publishedDateOnly(doc.publishedAt) && PUBLICATION_RELATIVE_DAY.test(f.time.phrase);
}

function push(out: TimeCandidate[], role: TimeRole, iso: string, precision: Granularity, weight: number, source: string, why: string, extent?: string, localDate?: string, rangeStart?: number, relapse?: boolean) {
  const at = Date.parse(iso);
  const opened = rangeStart !== undefined && !Number.isNaN(rangeStart) ? { rangeStart } : {};
  if (!Number.isNaN(at) && weight > 0) out.push({ role, at, precision, weight, source, why, ...(extent ? { extent } : {}), ...(localDate ? { localDate } : {}), ...opened, ...(relapse && role === "start" ? { relapse } : {}) });
}

/** Stated durations; approximate ones ("about an hour") count less. */
export function durationCandidates(docs: ExtractedDocument[]): DurationCandidate[] {
  const out: DurationCandidate[] = [];
  for (const doc of docs) {
    const kindW = KIND_WEIGHT[doc.kind] ?? 1;
    const seen = new Set<string>();
    const stated = [
      ...doc.facts.durations.map((d) => ({ ...d, key: `${d.span.start}:${d.minutes}` })),
      ...doc.facts.times.flatMap((f) =>
        f.time.kind === "duration" ? [{ minutes: f.time.minutes, approximate: f.time.approximate, vague: f.time.vague, ongoing: f.time.ongoing, key: `${f.span.start}:${f.time.minutes}` }] : [],
      ),
    ];
    for (const d of stated) {
      if (seen.has(d.key) || !(d.minutes > 0)) continue;
      seen.add(d.key);
      // "a second outage in 24 hours", "down for two days": day-long spans are mostly not the outage's length
      const w = kindW * (d.approximate ? APPROXIMATE_DURATION_FACTOR : 1) * (d.vague ? VAGUE_DURATION_FACTOR : 1) * (d.ongoing ? ONGOING_DURATION_FACTOR : 1) *
        (d.minutes >= DAY_LONG_MINUTES ? DAY_LONG_DURATION_FACTOR : 1);
      const how = d.ongoing ? "so far" : d.vague ? "vague" : d.approximate ? "approximate" : "exact";
      out.push({ minutes: d.minutes, weight: w, source: doc.url, why: `${kindLabel(doc.kind)}, ${how}` });
    }
  }
  return out;
}

function localDateOf(iso: string, zone: string): string | undefined {
  const d = DateTime.fromISO(iso, { zone: "utc" }).setZone(zone);
  return d.isValid ? d.toISODate() ?? undefined : undefined;
}

function kindLabel(kind: ExtractedDocument["kind"]): string {
  return kind === "status" ? "status update" : kind === "official" ? "official statement" : kind === "social" ? "social post" : "press";
}

function clamp01(x: number): number {
  return Number.isFinite(x) ? Math.max(0.05, Math.min(1, x)) : 0.5;
}
