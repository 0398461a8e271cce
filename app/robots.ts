// /robots.txt: everything is crawlable except the JSON API, search results and admin routes.
import type { MetadataRoute } from "next";
import { headers } from "next/headers";
import { configuredSiteUrl, requestOrigin } from "../lib/http/public-origin";

export const dynamic = "force-dynamic";

/** Rules plus the sitemap's absolute URL on this site's origin. */
export default async function robots(): Promise<MetadataRoute.Robots> {
  const h = await headers();
  const origin = configuredSiteUrl() ?? requestOrigin((n) => h.get(n), "http://localhost:3000");
  return {
    rules: [{ userAgent: "*", allow: "/", disallow: ["/api/", "/search", "/admin/"] }],
    sitemap: `${origin}/sitemap.xml`,
  };
}
