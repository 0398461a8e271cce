// Status-page updates to `status` documents: exact timestamp, status value, components, and the
// status incident they belong to (its key, page, service, impact, start and resolution).
import type { DocumentDraft } from "../../db/documents";
import type { SourceRecord } from "../../db/sources";
import { contentHash } from "../content-hash";
import { htmlToText } from "../scraper/scrape-article";
import { statusTitle, type StatusUpdate } from "../parser/status-update";
import { clampDate, clip, clipText, MAX_TITLE, normaliseLang } from "./draft-fields";

/** One draft per update; the hash covers status, time, components and the incident's fields, so
 * equal bodies differ and a later resolution re-extracts the earlier updates. */
export function statusDocuments(updates: StatusUpdate[], source: SourceRecord, now: Date): DocumentDraft[] {
  return updates.map((u) => {
    const title = clip(statusTitle(u), MAX_TITLE);
    const text = clipText(htmlToText(u.body)); // bodies may carry HTML or links
    const statusDetail = {
      incident: u.incident, page: u.page, service: u.service ? clip(u.service, 200) : null,
      impact: u.impact, startedAt: u.startedAt, resolvedAt: u.resolvedAt,
    };
    return {
      url: u.url,
      guid: u.guid,
      sourceId: source.id,
      kind: "status",
      lang: normaliseLang(source.lang) ?? "en",
      title,
      text,
      publishedAt: clampDate(u.at, now),
      contentHash: contentHash(title, text, u.status, u.at.toISOString(), u.components.join(","), JSON.stringify(statusDetail)),
      statusValue: u.status,
      components: u.components,
      statusDetail,
    };
  });
}

/** True when some status incident among the updates has not been resolved yet. */
export function hasOpenIncident(updates: StatusUpdate[]): boolean {
  return updates.some((u) => !u.resolvedAt);
}
