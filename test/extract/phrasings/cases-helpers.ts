// Shared helpers for the phrasing tables: one short article per case, written for these tests.
import type { ArticleFacts, ExtractedDocument, IncidentCause, TimeRole } from "../../../lib/domain/types";
import { facts, makeDoc } from "../article-helpers";
import { extractArticle } from "../../../lib/extract/extract-article";
import { OUTAGE_MODEL } from "../../../lib/extract/score-outage";
import { withOwnWordsConfirmed } from "../../../lib/timeline/cause-history";
import { pickCause } from "../../../lib/timeline/pick-cause";

export interface Case {
  lang: "fr" | "en";
  text: string;
  publishedAt?: string; // default: the evening after the outage day (Tuesday 10 June 2025)
}

export const EN_PUBLISHED = "2025-06-11T03:00:00Z"; // Tuesday 23:00 ET
export const FR_PUBLISHED = "2025-06-10T22:30:00Z"; // mardi 00:30 heure de Paris... the next day
export const FR_EVENING = "2025-06-10T21:50:00Z"; // mardi 23:50 heure de Paris

/** The facts of a case; the title names the service so every text reads as an outage report. */
export function caseFacts(c: Case, title = c.lang === "fr" ? "Panne de Slack" : "Slack outage"): ArticleFacts {
  return facts(title, c.text, { lang: c.lang, publishedAt: new Date(c.publishedAt ?? (c.lang === "fr" ? FR_EVENING : EN_PUBLISHED)) });
}

/** UTC instants (and range ends) that the facts give the role, for assertion messages too. */
export function instantsWith(f: ArticleFacts, roles: TimeRole[], side: "start" | "end" = "end"): string[] {
  return f.times
    .filter((t) => roles.includes(t.role))
    .map((t) => (t.time.kind === "instant" ? t.time.utc : t.time.kind === "range" ? t.time[side] : ""))
    .filter(Boolean);
}

export function describeTimes(f: ArticleFacts): string {
  return JSON.stringify(f.times.map((t) => [t.role, t.time.phrase, t.time.kind === "instant" ? t.time.utc : t.time.kind === "range" ? `${t.time.start}..${t.time.end}` : t.time.minutes]));
}

// Cause tables read how a cause is told, given an outage report: the detection model (which weighs
// such one-sentence texts near its threshold) is told to take every case as one.
const READ_AS_OUTAGE = { ...OUTAGE_MODEL, detect: { ...OUTAGE_MODEL.detect, threshold: 0 } };

/** The facts of a cause case, read as an outage report whatever the detection model says. */
export function causeCaseFacts(c: Case, title = c.lang === "fr" ? "Panne de Slack" : "Slack outage"): ArticleFacts {
  return extractArticle(makeDoc(title, c.text, { lang: c.lang, publishedAt: new Date(c.publishedAt ?? (c.lang === "fr" ? FR_EVENING : EN_PUBLISHED)) }), READ_AS_OUTAGE);
}

/** The cause an incident made of this one case would show, as buildIncident picks it. */
export function causeCasePick(c: Case, title?: string): IncidentCause | null {
  const facts = causeCaseFacts(c, title);
  const doc: ExtractedDocument = { id: 1, url: "https://example.test/a", title: title ?? "", kind: "news", lang: c.lang, publishedAt: null, sourceName: "Test outlet", facts };
  return pickCause(withOwnWordsConfirmed([doc]));
}
