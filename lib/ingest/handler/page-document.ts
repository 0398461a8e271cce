// A source that is itself an article page: the page becomes one document, updated in place
// when it changes.
import type { DocumentDraft } from "../../db/documents";
import type { SourceRecord } from "../../db/sources";
import { canonicalUrl, declaredCanonical } from "../canonical-url";
import { contentHash } from "../content-hash";
import { scrapeArticle } from "../scraper/scrape-article";
import { clampDate, clip, clipText, documentKind, MAX_TITLE, normaliseLang } from "./draft-fields";

/** The document of an article page fetched as a source. */
export function pageDocument(html: string, finalUrl: string, source: SourceRecord, now: Date): DocumentDraft {
  const page = scrapeArticle(html, finalUrl);
  const title = clip(page.title ?? "", MAX_TITLE);
  const text = clipText(page.text || page.description || "");
  if (!title && !text) throw new Error("scraper: the page has no title and no text");
  return {
    url: declaredCanonical(page.canonicalUrl, finalUrl) ?? canonicalUrl(finalUrl),
    guid: null,
    sourceId: source.id,
    kind: documentKind("page", source.official, title, text),
    lang: normaliseLang(page.lang) ?? normaliseLang(source.lang),
    title,
    text,
    publishedAt: clampDate(page.publishedAt, now),
    contentHash: contentHash(title, text),
  };
}
