// /sitemap.xml: home, sources, every service page and every incident page (in each language) with its last change.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { configuredSiteUrl, requestOrigin } from "../lib/http/public-origin";
import { listSitemapEntries } from "../lib/db/incident-reads";
import { serviceSlug } from "../lib/text/service-slug";
import { LOCALES } from "../lib/i18n/resolve-locale";
import { incidentPath } from "./_lib/incident-metadata";

export const dynamic = "force-dynamic";

/** The sitemap entries, absolute on SITE_URL or the request's host. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const h = await headers();
  const origin = configuredSiteUrl() ?? requestOrigin((n) => h.get(n), "http://localhost:3000");
  const { incidents, services } = await listSitemapEntries();
  const latest = incidents.reduce((m, i) => (i.updatedAt > m ? i.updatedAt : m), new Date(0));
  return [
    { url: `${origin}/`, lastModified: latest, changeFrequency: "hourly", priority: 1 },
    { url: `${origin}/sources`, changeFrequency: "daily", priority: 0.3 },
    ...services.map((s) => ({ url: `${origin}/services/${serviceSlug(s)}`, changeFrequency: "daily" as const, priority: 0.6 })),
    // one entry per language version, each naming the other (hreflang alternates)
    ...incidents.flatMap((i) => LOCALES.map((lang) => ({
      url: origin + incidentPath(i.slug, lang), lastModified: i.updatedAt, changeFrequency: "daily" as const, priority: 0.8,
      alternates: { languages: Object.fromEntries(LOCALES.map((l) => [l, origin + incidentPath(i.slug, l)])) },
    }))),
  ];
}
