// The one key an article has, whichever feed or link led to it: scheme and host lowercased,
// default port, fragment and tracking parameters dropped, remaining parameters sorted.
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
