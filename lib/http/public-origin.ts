// The site's public origin for absolute URLs (feeds, sitemap, canonical and Open Graph links):
// SITE_URL when set (lib/config/server-env.ts); otherwise the origin the client asked for
// (X-Forwarded-Proto/-Host from a proxy, else Host), never the address Next listens on
// (http://localhost:PORT), which is what a request's own URL carries behind `next start`.
import { serverEnv } from "../config/server-env";

/** SITE_URL as an origin ("https://outages.example"), or null when unset; throws when malformed. */
export function configuredSiteUrl(): string | null {
  return serverEnv().SITE_URL ?? null;
}

// host[:port]: a DNS name, IPv4 or bracketed IPv6; anything else is not trusted into a URL
const HOST = /^(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** The origin the client used, from a header reader; `fallback` (a URL) when the headers say nothing usable. */
export function requestOrigin(header: (name: string) => string | null | undefined, fallback: string): string {
  const first = (v: string | null | undefined) => v?.split(",")[0]?.trim().toLowerCase() || null;
  const host = [first(header("x-forwarded-host")), first(header("host"))].find((h) => h && HOST.test(h));
  const proto = first(header("x-forwarded-proto"));
  if (!host) return new URL(fallback).origin;
  const scheme = proto === "https" || proto === "http" ? proto : new URL(fallback).protocol.slice(0, -1);
  return `${scheme}://${host}`;
}

/** SITE_URL, else the request's public origin. */
export function publicOrigin(req: Request): string {
  return configuredSiteUrl() ?? requestOrigin((n) => req.headers.get(n), req.url);
}

/** The request headers that change an absolute URL when SITE_URL is unset, for `Vary`. */
export function originVary(): string[] {
  return configuredSiteUrl() ? [] : ["X-Forwarded-Host", "X-Forwarded-Proto"];
}
