// Google Cloud Service Health's Atom feed (`/en/feed.atom`, "Google Cloud Service Health"): one
// entry per incident post, titled "RESOLVED: Incident 12345 - <description>" or "UPDATE: ...",
// linking to the incident's page, with the post's text as HTML content.
import { canonicalUrl } from "../../canonical-url";
import { htmlToText } from "../../scraper/scrape-article";
import type { ParsedFeed } from "../feed-item";
import { updateKey, withIncidentTimes, type StatusUpdate } from "../status-update";

const TITLE = /^\s*([A-Z][A-Z ]+):\s*(?:Incident\s+\d+\s*[-–—:]\s*)?([\s\S]+)$/;
const INCIDENT_LINK = /\/incidents\/[A-Za-z0-9]+\/?$/;
const SERVICE = "Google Cloud";

/** True when a feed is Google Cloud's service health feed. */
export function isGoogleCloudAtom(feed: ParsedFeed): boolean {
  return /google cloud/i.test(feed.title ?? "") && feed.items.length > 0 &&
    feed.items.every((i) => TITLE.test(i.title) && INCIDENT_LINK.test(i.link ?? ""));
}

/** One update per entry, grouped by the incident page it links to. */
export function parseGoogleCloudAtom(feed: ParsedFeed, feedUrl: string): { updates: StatusUpdate[]; name: string | null } {
  const page = canonicalUrl(new URL("/", feedUrl).toString());
  const out: StatusUpdate[] = [];
  for (const item of feed.items) {
    const m = item.title.match(TITLE);
    const at = item.updatedAt ?? item.publishedAt;
    if (!m || !at || !item.link) continue;
    const incident = canonicalUrl(item.link);
    const label = m[1].trim().toLowerCase();
    const status = label === "resolved" ? "resolved" : label === "update" ? "update" : "investigating";
    const id = updateKey(incident, at.toISOString());
    out.push({
      url: `${incident}#update-${id}`, guid: id, incidentName: m[2].trim(), status, body: htmlToText(item.summaryHtml).trim(),
      at, components: [], incident, page, service: SERVICE, impact: null, startedAt: null, resolvedAt: null,
    });
  }
  return { updates: withIncidentTimes(out), name: SERVICE };
}
