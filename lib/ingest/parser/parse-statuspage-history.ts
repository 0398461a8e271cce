// Statuspage /history.atom and /history.rss: one entry per incident whose HTML content lists the
// updates as <p><small>Oct 4, 22:45 UTC</small><br><strong>Resolved</strong> - text</p>.
// The update lines carry no year, so it comes from the entry's publication date.
import * as cheerio from "cheerio";
import { canonicalUrl } from "../canonical-url";
import type { ParsedFeed } from "./feed-item";
import { updateKey, withIncidentTimes, type StatusUpdate } from "./status-update";

const DAY = 86_400_000;

/** True when a feed looks like a Statuspage incident history. */
export function isStatuspageHistory(feedUrl: string, feed: ParsedFeed): boolean {
  if (/\/history\.(atom|rss)$/i.test(new URL(feedUrl).pathname)) return true;
  return feed.items.length > 0 && feed.items.every((i) => /<small>[\s\S]*?<\/small>[\s\S]*?<strong>/i.test(i.summaryHtml));
}

function updateTime(small: string, anchor: Date): Date | null {
  const m = small.replace(/\s+/g, " ").match(/([A-Z][a-z]{2})\s*(\d{1,2}),\s*(\d{1,2}):(\d{2})\s*(UTC|GMT)?/);
  if (!m) return null;
  const year = anchor.getUTCFullYear();
  const at = new Date(`${m[1]} ${m[2]} ${year} ${m[3]}:${m[4]} UTC`);
  if (Number.isNaN(at.getTime())) return null;
  // an incident opened on 31 December and updated on 1 January
  if (at.getTime() < anchor.getTime() - DAY) at.setUTCFullYear(year + 1);
  return at;
}

function affectedComponents($: cheerio.CheerioAPI): string[] {
  const line = $("p").toArray().map((p) => $(p).text()).find((t) => /This incident affected:/i.test(t));
  if (!line) return [];
  return line.replace(/.*This incident affected:\s*/i, "").replace(/\.$/, "").split(/,\s*|\s+and\s+/).map((s) => s.trim()).filter(Boolean);
}

/** The updates of every incident entry of a Statuspage history feed. */
export function parseStatuspageHistory(feed: ParsedFeed, feedUrl: string): StatusUpdate[] {
  const out: StatusUpdate[] = [];
  const page = canonicalUrl(new URL(".", feedUrl).toString());
  const service = historyFeedName(feed.title);
  for (const item of feed.items) {
    const anchor = item.publishedAt ?? item.updatedAt;
    if (!item.link || !anchor) continue;
    const base = canonicalUrl(item.link);
    const $ = cheerio.load(item.summaryHtml);
    const components = affectedComponents($);
    for (const p of $("p").toArray()) {
      const small = $(p).find("small").first().text();
      const status = $(p).find("strong").first().text().trim().toLowerCase();
      const at = updateTime(small, anchor);
      if (!at || !status) continue;
      $(p).find("small, strong").remove();
      const body = $(p).text().replace(/^\s*-\s*/, "").replace(/\s+/g, " ").trim();
      const id = updateKey(base, at.toISOString(), status);
      out.push({
        url: `${base}#update-${id}`, guid: id, incidentName: item.title, status, body, at, components,
        incident: base, page, service, impact: null, startedAt: null, resolvedAt: null,
      });
    }
  }
  return withIncidentTimes(out);
}

/** The page's name from the feed title: "GitHub Status - Incident History" → "GitHub Status". */
export function historyFeedName(title: string | null | undefined): string | null {
  return title?.replace(/\s*[-–—|]\s*Incident History\s*$/i, "").trim() || null;
}
