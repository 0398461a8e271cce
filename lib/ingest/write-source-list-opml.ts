// A source list as OPML 2.0 (the format feed readers exchange subscriptions in), carrying what
// `readSourceList` reads back: language, and this project's zone, official flag and source kind.
import { XMLBuilder } from "fast-xml-parser";
import type { SourceInput } from "../db/sources";

/** Serialises sources as an OPML document, one outline per source, in the given order. */
export function writeSourceListOpml(sources: SourceInput[], title = "Outage Atlas sources"): string {
  const outline = sources.map((s) => ({
    "@_type": "rss",
    "@_text": s.name ?? s.url,
    ...(s.name ? { "@_title": s.name } : {}),
    "@_xmlUrl": s.url,
    ...(s.lang ? { "@_language": s.lang } : {}),
    ...(s.zone ? { "@_zone": s.zone } : {}),
    ...(s.official !== undefined ? { "@_official": String(s.official) } : {}),
    ...(s.kind ? { "@_sourceKind": s.kind } : {}),
  }));
  const doc = { "?xml": { "@_version": "1.0", "@_encoding": "UTF-8" }, opml: { "@_version": "2.0", head: { title }, body: { outline } } };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true, suppressBooleanAttributes: false });
  return builder.build(doc) as string;
}
