// Plain-text and HTML summaries of an incident for feed items (escaped: titles come from sources).
import type { IncidentExport } from "../domain/types";
import { FEED_WORDING } from "./data/wording";

export type FeedLang = "en" | "fr";

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The incident's title in the feed's language. */
export function incidentTitle(inc: IncidentExport, lang: FeedLang): string {
  return (lang === "fr" ? inc.titleFr : inc.title) || inc.title || inc.slug;
}

/** "Label: value" lines: services, start, end, duration, cause with its status. */
export function describeIncident(inc: IncidentExport, lang: FeedLang): string[] {
  const w = FEED_WORDING[lang];
  const lines = [`${w.services}: ${inc.services.join(", ") || w.unknown}`, `${w.started}: ${inc.startedAt ?? w.unknown}`];
  lines.push(`${w.ended}: ${inc.endedAt ?? (inc.status === "ongoing" ? w.ongoing : w.unknown)}`);
  if (inc.durationMinutes != null) lines.push(`${w.duration}: ${inc.durationMinutes} ${w.minutes}`);
  if (inc.cause) lines.push(`${w.cause}: ${inc.cause.summary || inc.cause.category} (${w.status[inc.cause.status] ?? inc.cause.status})`);
  return lines;
}

/** The same lines as an HTML list, every value escaped. */
export function describeIncidentHtml(inc: IncidentExport, lang: FeedLang): string {
  return `<ul>${describeIncident(inc, lang).map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`;
}
