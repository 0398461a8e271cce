// A feed of incidents (all of them, or one service's): one entry per incident, newest first,
// in the feed's language, each linking to the incident's page in that language.
import type { IncidentExport } from "../domain/types";
import { describeIncident, describeIncidentHtml, incidentTitle, type FeedLang } from "./describe-incident";
import { feedId } from "./feed-id";
import { renderFeed, type FeedFormat } from "./render-feed";
import { FEED_WORDING } from "./data/wording";

export interface FeedIncident { incident: IncidentExport; updatedAt: Date }

export interface IncidentsFeedInput {
  origin: string; // https://example.org, no trailing slash
  lang: FeedLang;
  service: string | null; // one service's feed, or all incidents
  homeUrl: string; // the page this feed follows (home, or the service's page), in `lang`
  selfUrl: string; // this feed's address as served
  incidents: FeedIncident[];
}

/** The feed's last change: the latest incident update (epoch when empty, so output is stable). */
export function lastUpdate(items: { updatedAt: Date }[]): Date {
  return new Date(Math.max(0, ...items.map((i) => i.updatedAt.getTime())));
}

/** The incident's page in `lang`, which is cached per language (no redirect to follow). */
export const incidentPageUrl = (origin: string, slug: string, lang: FeedLang) => `${origin}/${lang}/incidents/${encodeURIComponent(slug)}`;

/** RSS / Atom / JSON Feed text listing `incidents`. */
export function buildIncidentsFeed(input: IncidentsFeedInput, format: FeedFormat): string {
  const { lang, origin } = input;
  const w = FEED_WORDING[lang];
  const text = (inc: IncidentExport) => describeIncident(inc, lang).join(" · ");
  return renderFeed({
    id: feedId(`feed:${input.service === null ? "all" : `service:${input.service}`}:${lang}`),
    title: input.service ? w.serviceTitle(input.service) : w.allTitle,
    description: input.service ? w.serviceDescription(input.service) : w.allDescription,
    lang, homeUrl: input.homeUrl, selfUrl: input.selfUrl, updated: lastUpdate(input.incidents),
    author: { name: w.author, url: `${origin}/` },
    entries: input.incidents.map(({ incident: inc, updatedAt }) => ({
      id: feedId(`incident:${inc.slug}:${lang}`),
      title: incidentTitle(inc, lang),
      url: incidentPageUrl(origin, inc.slug, lang),
      published: inc.startedAt && !Number.isNaN(Date.parse(inc.startedAt)) ? new Date(Math.min(Date.parse(inc.startedAt), updatedAt.getTime())) : updatedAt,
      updated: updatedAt,
      summary: text(inc),
      contentHtml: describeIncidentHtml(inc, lang),
      categories: inc.services,
    })),
  }, format);
}
