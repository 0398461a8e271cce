// What a response is, from its body first (servers mislabel), then its Content-Type.

export type BodyFormat = "rss" | "rdf" | "atom" | "cdf" | "statuspage-json" | "json" | "html" | "empty" | "unknown";

/** The first element name of an XML/HTML text, skipping the prolog, comments and doctype. */
function rootElement(text: string): string | null {
  const head = text.slice(0, 4096).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>/gi, "");
  const name = head.match(/<([A-Za-z][\w.:-]*)/)?.[1].toLowerCase();
  // a namespaced root (<rss:rss>, <atom:feed>) is known by its local name, except RDF's
  return name === undefined ? null : name === "rdf:rdf" ? name : name.slice(name.indexOf(":") + 1);
}

function looksLikeStatuspage(text: string): boolean {
  try {
    const json = JSON.parse(text) as { incidents?: unknown; page?: unknown };
    return Array.isArray(json.incidents) && typeof json.page === "object";
  } catch {
    return false;
  }
}

/** Classifies a decoded body as a feed dialect, Statuspage JSON, HTML, or unknown. */
export function detectFormat(text: string, contentType: string | null): BodyFormat {
  const t = text.replace(/^\uFEFF/, "").trimStart();
  if (t.length === 0) return "empty";
  if (t[0] === "{" || t[0] === "[") return looksLikeStatuspage(t) ? "statuspage-json" : "json";
  if (t[0] !== "<") return /html/i.test(contentType ?? "") ? "html" : "unknown";
  if (/^<!doctype html/i.test(t)) return "html";
  const root = rootElement(t);
  if (root === "rss") return "rss";
  if (root === "rdf:rdf" || root === "rdf") return "rdf";
  if (root === "feed") return "atom";
  if (root === "channel") return "cdf"; // Microsoft's Channel Definition Format
  if (root === "html" || root === "head" || root === "body") return "html";
  return /html/i.test(contentType ?? "") ? "html" : "unknown";
}

/** True when a format is one of the feed dialects. */
export function isFeedFormat(f: BodyFormat): f is "rss" | "rdf" | "atom" | "cdf" {
  return f === "rss" || f === "rdf" || f === "atom" || f === "cdf";
}
