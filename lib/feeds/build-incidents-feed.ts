// A feed of incidents (all of them, or one service's): one item per incident, newest first.
import { Feed } from "feed";
import type { IncidentExport } from "../domain/types";
import { describeIncident, describeIncidentHtml, escapeHtml, incidentTitle, type FeedLang } from "./describe-incident";
import { renderFeed, type FeedFormat } from "./render-feed";
import { FEED_WORDING } from "./data/wording";

export interface FeedIncident { incident: IncidentExport; updatedAt: Date }

export interface IncidentsFeedInput {
  origin: string; // https://example.org, no trailing slash
  lang: FeedLang;
  service: string | null; // one service's feed, or all incidents
  selfLinks: Partial<Record<FeedFormat, string>>; // absolute URLs of this feed per format
  incidents: FeedIncident[];
}

/** The feed's last change: the latest incident update (epoch when empty, so output is stable). */
export function lastUpdate(items: { updatedAt: Date }[]): Date {
  return new Date(Math.max(0, ...items.map((i) => i.updatedAt.getTime())));
}

/** RSS / Atom / JSON Feed text listing `incidents`, with self links and per-item summaries. */
export function buildIncidentsFeed(input: IncidentsFeedInput, format: FeedFormat): string {
  const w = FEED_WORDING[input.lang];
  const home = input.service ? `${input.origin}/services/${encodeURIComponent(input.service)}` : `${input.origin}/`;
  const feed = new Feed({
    id: input.selfLinks[format] ?? home, title: input.service ? w.serviceTitle(input.service) : w.allTitle,
    description: w.allDescription, link: home, language: input.lang, updated: lastUpdate(input.incidents),
    feedLinks: input.selfLinks, generator: "Outage Atlas", copyright: "Outage Atlas",
  });
  for (const { incident: inc, updatedAt } of input.incidents) {
    const link = `${input.origin}/incidents/${encodeURIComponent(inc.slug)}`;
    feed.addItem({
      title: incidentTitle(inc, input.lang), id: link, guid: link, link, date: updatedAt,
      published: inc.startedAt ? new Date(inc.startedAt) : updatedAt,
      description: escapeHtml(describeIncident(inc, input.lang).join(" · ")), content: describeIncidentHtml(inc, input.lang),
      category: inc.services.map((name) => ({ name })),
    });
  }
  return renderFeed(feed, format);
}
