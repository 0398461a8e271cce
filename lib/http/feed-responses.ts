// Feed routes' shared work: language, absolute origin, service resolution, cached rendering.
import { z } from "zod";
import { getIncidentBySlug, listIncidentsForFeed, listServiceNames } from "../db/incident-reads";
import { serviceSlug } from "../text/service-slug";
import { buildIncidentsFeed, lastUpdate } from "../feeds/build-incidents-feed";
import { buildIncidentUpdatesFeed } from "../feeds/build-incident-updates-feed";
import { FEED_CONTENT_TYPES, type FeedFormat } from "../feeds/render-feed";
import { ApiError } from "./api-error";
import { cachedResponse } from "./cached-response";
import { parseQuery } from "./parse-query";
import { originVary, publicOrigin } from "./public-origin";

const FEED_SIZE = 50;
const feedQuerySchema = z.object({ lang: z.enum(["en", "fr"]).default("en") });

/** The public origin for absolute links: SITE_URL when set, else the request's public origin. */
export const siteOrigin = publicOrigin;

/** The stored service name a URL segment means ("google-cloud" -> "Google Cloud"), or a 404. */
export async function resolveService(param: string): Promise<string> {
  const want = serviceSlug(param);
  const found = want ? (await listServiceNames()).find((s) => serviceSlug(s) === want) : undefined;
  if (!found) throw new ApiError("not-found", "no incident lists this service");
  return found;
}

/** /feed.xml, /feed.atom, /feed.json and /services/<service>/feed.xml. */
export async function incidentsFeedResponse(req: Request, format: FeedFormat, serviceParam: string | null): Promise<Response> {
  const url = new URL(req.url);
  const { lang } = parseQuery(url, feedQuerySchema);
  const origin = siteOrigin(req);
  const q = lang === "en" ? "" : `?lang=${lang}`;
  const path = url.pathname.replace(/\/+$/, "");
  return cachedResponse(req, `feed:${format}:${origin}:${lang}:${serviceParam ?? ""}`, FEED_CONTENT_TYPES[format], async () => {
    const service = serviceParam === null ? null : await resolveService(serviceParam);
    const incidents = await listIncidentsForFeed({ service: service ?? undefined, limit: FEED_SIZE });
    // the page this feed follows, in the feed's language (the service page takes ?lang=)
    const homeUrl = service ? `${origin}/services/${serviceSlug(service)}?lang=${lang}` : `${origin}/?lang=${lang}`;
    const body = buildIncidentsFeed({ origin, lang, service, homeUrl, selfUrl: `${origin}${path}${q}`, incidents }, format);
    return { body, lastModified: lastUpdate(incidents) };
  }, originVary());
}

/** /incidents/<slug>/feed.xml: one incident's timeline entries. */
export async function incidentUpdatesFeedResponse(req: Request, slug: string): Promise<Response> {
  const { lang } = parseQuery(new URL(req.url), feedQuerySchema);
  const origin = siteOrigin(req);
  if (!/^[a-z0-9][a-z0-9-]{0,159}$/.test(slug)) throw new ApiError("not-found", "no incident with this slug");
  return cachedResponse(req, `feed:incident:${origin}:${lang}:${slug}`, FEED_CONTENT_TYPES.rss, async () => {
    const found = await getIncidentBySlug(slug);
    if (!found) throw new ApiError("not-found", "no incident with this slug");
    if ("redirectTo" in found) return { body: "", lastModified: new Date(0), redirect: `/incidents/${found.redirectTo}/feed.xml` };
    const selfUrl = `${origin}/incidents/${slug}/feed.xml${lang === "en" ? "" : `?lang=${lang}`}`;
    return { body: buildIncidentUpdatesFeed({ origin, lang, incident: found.incident, updatedAt: found.updatedAt, selfUrl }, "rss"), lastModified: found.updatedAt };
  }, originVary());
}
