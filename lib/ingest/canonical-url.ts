// The one key an article has, whichever feed or link led to it: scheme and host lowercased,
// default port, fragment and tracking parameters dropped, remaining parameters sorted.
import { getDomain } from "tldts";
import { TRACKING_PARAM_PREFIXES, TRACKING_PARAMS } from "./data/tracking-params";

const tracking = new Set(TRACKING_PARAMS);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return tracking.has(n) || TRACKING_PARAM_PREFIXES.some((p) => n.startsWith(p));
}

/** Canonical form of an http(s) URL; throws "canonical: ..." on anything else. */
export function canonicalUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw.trim());
  } catch {
    throw new Error(`canonical: not a URL: ${raw.slice(0, 200)}`);
  }
  if (u.protocol !== "http:" && u.protocol !== "https:") throw new Error(`canonical: not an http(s) URL: ${raw.slice(0, 200)}`);
  u.hash = "";
  u.hostname = u.hostname.toLowerCase().replace(/\.$/, "");
  const kept = [...u.searchParams.entries()].filter(([k]) => !isTracking(k));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  return u.toString();
}

// The site a URL belongs to: its registrable domain (public suffix list, private suffixes included:
// "bbc.co.uk", "x.github.io"),
// or for an IP address or a single-label host, the host with its port.
function siteOf(u: URL): string {
  return getDomain(u.hostname, { allowPrivateDomains: true }) ?? u.host.toLowerCase();
}

/**
 * The canonical URL a page declares, when it may stand for the page: on the same site as the page
 * that declares it (a page cannot claim another outlet's article: issue 14) and not a home page (a
 * template error, not the article's address). Null otherwise, and for anything unparsable.
 */
export function declaredCanonical(declared: string | null | undefined, pageUrl: string): string | null {
  if (!declared) return null;
  try {
    const c = new URL(declared);
    if (c.pathname.replace(/\/+$/, "") === "") return null;
    if (siteOf(c) !== siteOf(new URL(pageUrl))) return null;
    return canonicalUrl(declared);
  } catch {
    return null;
  }
}
