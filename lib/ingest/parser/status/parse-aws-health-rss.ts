// AWS Health Dashboard per-service RSS (`/rss/<service>-<region>.rss`, channel "Amazon Elastic
// Compute Cloud (N. Virginia) Service Status"): one item per post, titled "<state>: <event>" where
// the state is "Informational message", "Performance issues", "Service disruption" or "Service is
// operating normally", and a finished event is marked "[RESOLVED]". There is no event id: posts
// with the same event title and no more than a day between them are one incident.
import { canonicalUrl } from "../../canonical-url";
import { htmlToText } from "../../scraper/scrape-article";
import type { FeedItem, ParsedFeed } from "../feed-item";
import { updateKey, withIncidentTimes, type StatusUpdate } from "../status-update";

const TITLE = /^\s*(Informational message|Performance issues|Service disruption|Service is operating normally)\s*:\s*(\[RESOLVED\]\s*)?([\s\S]*)$/i;
const SAME_EVENT_GAP_MS = 24 * 3_600_000;
const SERVICE = "AWS";

/** True when a feed is an AWS Health service feed. */
export function isAwsHealthRss(feed: ParsedFeed): boolean {
  return /service status\s*$/i.test(feed.title ?? "") && feed.items.length > 0 && feed.items.every((i) => TITLE.test(i.title));
}

function impactOf(state: string): string | null {
  const s = state.toLowerCase();
  return s === "service disruption" ? "major" : s === "performance issues" ? "minor" : null;
}

/** The feed's posts as updates of incidents keyed by event title and first post time. */
export function parseAwsHealthRss(feed: ParsedFeed, feedUrl: string): { updates: StatusUpdate[]; name: string | null } {
  const page = canonicalUrl(new URL("/", feedUrl).toString());
  const component = (feed.title ?? "").replace(/\s*Service Status\s*$/i, "").trim();
  const posts = feed.items.filter((i) => i.publishedAt && TITLE.test(i.title)).sort((a, b) => a.publishedAt!.getTime() - b.publishedAt!.getTime());
  const open = new Map<string, { key: string; last: number; first: boolean }>();
  const out: StatusUpdate[] = [];
  for (const item of posts) {
    const [, state, resolvedMark, event] = item.title.match(TITLE)!;
    const name = event.trim() || component;
    const at = item.publishedAt!;
    const prev = open.get(name.toLowerCase());
    const chain = prev && at.getTime() - prev.last <= SAME_EVENT_GAP_MS ? prev : { key: `${canonicalUrl(feedUrl)}#event-${updateKey(name, at.toISOString())}`, last: 0, first: true };
    const resolved = Boolean(resolvedMark) || /operating normally/i.test(state);
    out.push(toUpdate(item, chain.key, name, resolved ? "resolved" : chain.first ? "investigating" : "update", impactOf(state), component, page));
    open.set(name.toLowerCase(), { key: chain.key, last: at.getTime(), first: false });
  }
  return { updates: withIncidentTimes(out), name: SERVICE };
}

function toUpdate(item: FeedItem, incident: string, name: string, status: string, impact: string | null, component: string, page: string): StatusUpdate {
  const id = updateKey(incident, item.guid ?? "", item.publishedAt!.toISOString());
  return {
    url: `${incident}-update-${id}`, guid: id, incidentName: name, status, body: htmlToText(item.summaryHtml).trim(), at: item.publishedAt!,
    components: component ? [component] : [], incident, page, service: SERVICE, impact, startedAt: null, resolvedAt: null,
  };
}
