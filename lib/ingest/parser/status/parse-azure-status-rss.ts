// Azure status RSS (`/en-us/status/feed/`, channel "Azure Status"): one item per incident post
// with its title, a text description and a publication date. A post whose title or text says the
// issue is mitigated or resolved, or that gives the "Summary of Impact" of a finished incident,
// closes it; posts sharing a GUID (else a title) are one incident.
import { canonicalUrl } from "../../canonical-url";
import { htmlToText } from "../../scraper/scrape-article";
import type { ParsedFeed } from "../feed-item";
import { updateKey, withIncidentTimes, type StatusUpdate } from "../status-update";

const SERVICE = "Microsoft Azure";
const CLOSED = /\b(mitigated|resolved)\b|summary of impact\s*:/i;

/** True when a feed is Azure's status feed. */
export function isAzureStatusRss(feed: ParsedFeed): boolean {
  return /^\s*azure status\b/i.test(feed.title ?? "");
}

/** The feed's posts as updates, grouped by GUID or title. */
export function parseAzureStatusRss(feed: ParsedFeed, feedUrl: string): { updates: StatusUpdate[]; name: string | null } {
  const page = canonicalUrl(new URL(feed.link || "/", feedUrl).toString());
  const out: StatusUpdate[] = [];
  const seen = new Set<string>();
  const posts = feed.items.filter((i) => i.publishedAt).sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime());
  for (const item of posts) {
    const incident = `${page}#incident-${updateKey(item.guid || item.title)}`;
    const body = htmlToText(item.summaryHtml).trim();
    const status = CLOSED.test(`${item.title}\n${body}`) ? "resolved" : seen.has(incident) ? "update" : "investigating";
    seen.add(incident);
    const id = updateKey(incident, item.publishedAt!.toISOString(), body);
    out.push({
      url: `${incident}-update-${id}`, guid: id, incidentName: item.title.replace(/^\s*(mitigated|resolved|active)\s*[-–—:]\s*/i, "").trim(), status, body,
      at: item.publishedAt!, components: [], incident, page, service: SERVICE, impact: null, startedAt: null, resolvedAt: null,
    });
  }
  return { updates: withIncidentTimes(out), name: SERVICE };
}
