// Statuspage updates to `status` documents: exact timestamp, status value and components.
import type { DocumentDraft } from "../../db/documents";
import type { SourceRecord } from "../../db/sources";
import { contentHash } from "../content-hash";
import { htmlToText } from "../scraper/scrape-article";
import { statusTitle, type StatusUpdate } from "../parser/status-update";
import { clampDate, clip, clipText, MAX_TITLE, normaliseLang } from "./draft-fields";

/** One draft per update; the hash covers status, time and components so equal bodies differ. */
export function statusDocuments(updates: StatusUpdate[], source: SourceRecord, now: Date): DocumentDraft[] {
  return updates.map((u) => {
    const title = clip(statusTitle(u), MAX_TITLE);
    const text = clipText(htmlToText(u.body)); // bodies may carry HTML or links
    return {
      url: u.url,
      guid: u.guid,
      sourceId: source.id,
      kind: "status",
      lang: normaliseLang(source.lang) ?? "en",
      title,
      text,
      publishedAt: clampDate(u.at, now),
      contentHash: contentHash(title, text, u.status, u.at.toISOString(), u.components.join(",")),
      statusValue: u.status,
      components: u.components,
    };
  });
}
