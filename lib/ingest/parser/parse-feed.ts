// Every feed dialect to one shape, in the manner of feedparser: RSS 0.9x/2.0 (also with its
// elements in a namespace), RSS 0.90/1.0 (RDF), Atom 0.3 and 1.0, Microsoft's CDF. Atom text
// constructs by their type (text, html, xhtml without its wrapper div, base64 and escaped modes
// of Atom 0.3); links resolved against xml:base, then Content-Location, then the document's URL;
// titles as plain text; dates through parseFeedDate in the source's zone.
import { htmlToText } from "../scraper/scrape-article";
import { resolveLink, type FeedItem, type ParsedFeed } from "./feed-item";
import { parseFeedDate } from "./feed-date";
import { childNamed, childrenNamed, innerHtml, parseXmlTree, textOf, type XmlElement } from "./xml-tree";

export interface ParseFeedOptions {
  /** the source's IANA zone, for dates written without one */
  zone?: string | null;
  /** the response's Content-Location header: the document's base URI when present (RFC 2616 §14.14) */
  contentLocation?: string | null;
  /** the response's Content-Language header: the feed's language when it declares none */
  contentLanguage?: string | null;
}

const ATOM = ["http://www.w3.org/2005/Atom", "http://purl.org/atom/ns#"];
const DC = ["http://purl.org/dc/elements/1.1/", "http://purl.org/dc/elements/1.0/"];
const DCTERMS = ["http://purl.org/dc/terms/"];
const CONTENT = ["http://purl.org/rss/1.0/modules/content/"];
const XHTML = ["http://www.w3.org/1999/xhtml"];
const ITUNES = ["http://www.itunes.com/dtds/podcast-1.0.dtd"];
const MEDIA = ["http://search.yahoo.com/mrss/", "http://search.yahoo.com/mrss"];
const RSS = ["", "http://purl.org/rss/1.0/", "http://my.netscape.com/rdf/simple/0.9/", "http://backend.userland.com/rss2", "http://backend.userland.com/rss", "http://blogs.law.harvard.edu/tech/rss", "http://purl.org/net/rss1.1#"];

const escapeText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/** The HTML of a text construct or a description, by its declared type and mode. */
function htmlOf(el: XmlElement | undefined): string {
  if (!el) return "";
  const type = (el.attrs.type ?? "").trim().toLowerCase();
  const mode = (el.attrs.mode ?? "").trim().toLowerCase();
  const elements = el.children.filter((c): c is XmlElement => typeof c !== "string");
  if (type === "xhtml" || type === "application/xhtml+xml" || mode === "xml") {
    const div = elements.length === 1 && elements[0].name === "div" && XHTML.includes(elements[0].ns) ? elements[0] : el;
    return innerHtml(div);
  }
  // RFC 4287 §4.1.3.3: a type neither text/*, html nor XML means the content is Base64
  const base64 = mode === "base64" || (/\//.test(type) && !/^text\/|[+/]xml$/.test(type));
  let raw = textOf(el);
  if (base64) raw = Buffer.from(raw.replace(/\s+/g, ""), "base64").toString("utf8");
  const plain = type === "text" || type === "text/plain" || (type === "" && ATOM.includes(el.ns) && mode !== "escaped" && !base64 && elements.length === 0);
  if (plain) return escapeText(raw);
  if (!base64 && elements.length > 0) return innerHtml(el); // markup left unescaped
  return raw;
}

/** A title as plain text: its HTML (declared or not) converted to text, on one line. */
function titleOf(el: XmlElement | undefined): string {
  const html = htmlOf(el);
  return squash(/[<&]/.test(html) ? htmlToText(html) : html);
}

function first<T>(...values: (T | null | undefined | "")[]): T | null {
  for (const v of values) if (v !== null && v !== undefined && v !== "") return v;
  return null;
}

interface Reader {
  core: string[]; // the namespaces of the dialect's own elements
  zone: string;
}

function atomLink(el: XmlElement, r: Reader): string | null {
  // an href, or (written by some generators) the address as the element's text
  const href = (l: XmlElement) => l.attrs.href ?? (textOf(l).trim() || undefined);
  const links = childrenNamed(el, "link", [...ATOM, ...r.core]).filter((l) => href(l) !== undefined);
  const alternates = links.filter((l) => ["", "alternate"].includes((l.attrs.rel ?? "").trim().toLowerCase()));
  const best = alternates.find((l) => /html/i.test(l.attrs.type ?? "text/html")) ?? alternates[0];
  return best ? resolveLink(href(best), best.base) : null;
}

function rssLink(el: XmlElement, r: Reader): string | null {
  const link = childrenNamed(el, "link", r.core).find((l) => textOf(l).trim() || l.attrs.href);
  if (link) return resolveLink(textOf(link).trim() || link.attrs.href, link.base);
  return atomLink(el, { ...r, core: [] });
}

function date(el: XmlElement, r: Reader, names: [string, string[]][]): Date | null {
  for (const [name, nss] of names) {
    const d = parseFeedDate(textOf(childNamed(el, name, nss)), r.zone);
    if (d) return d;
  }
  return null;
}

const PUBLISHED = (core: string[]): [string, string[]][] => [["pubdate", core], ["published", ATOM], ["issued", ATOM], ["created", ATOM], ["issued", DCTERMS], ["created", DCTERMS], ["date", DC]];
const UPDATED: [string, string[]][] = [["updated", ATOM], ["modified", ATOM], ["modified", DCTERMS], ["date", DC]];

function rssItem(el: XmlElement, r: Reader): FeedItem {
  const core = r.core;
  const guidEl = childNamed(el, "guid", core) ?? childNamed(el, "id", ATOM);
  // an RSS 1.0 item's rdf:about is its URI
  const guid = first(textOf(guidEl).trim(), el.attrs.about?.trim());
  const permalink = guidEl && guidEl.name === "guid" && (guidEl.attrs.ispermalink ?? "true").trim().toLowerCase() !== "false";
  const link = rssLink(el, r) ?? (guid && permalink && /^https?:/i.test(guid) ? resolveLink(guid, guidEl!.base) : null);
  const summary = first(
    htmlOf(childNamed(el, "encoded", CONTENT)),
    htmlOf(childNamed(el, "body", [...XHTML, ...core])),
    htmlOf(childNamed(el, "fullitem")),
    htmlOf(childNamed(el, "description", core)),
    htmlOf(childNamed(el, "description", DC)),
    htmlOf(childNamed(el, "content", ATOM)),
    htmlOf(childNamed(el, "summary", ATOM)),
    htmlOf(childNamed(el, "summary", ITUNES)),
  );
  const published = date(el, r, PUBLISHED(core));
  return {
    guid,
    link,
    title: first(titleOf(childNamed(el, "title", core)), titleOf(childNamed(el, "title", DC)), titleOf(childNamed(el, "title", ATOM)), titleOf(childNamed(el, "title", MEDIA))) ?? "",
    summaryHtml: summary ?? "",
    publishedAt: published ?? date(el, r, UPDATED),
    updatedAt: date(el, r, UPDATED),
  };
}

function atomEntry(el: XmlElement, r: Reader): FeedItem {
  const core = r.core;
  const updated = date(el, r, [["updated", core], ["modified", core], ["modified", DCTERMS]]);
  return {
    guid: first(textOf(childNamed(el, "id", core)).trim()),
    link: atomLink(el, r),
    title: titleOf(childNamed(el, "title", core)),
    summaryHtml: first(htmlOf(childNamed(el, "content", core)), htmlOf(childNamed(el, "summary", core))) ?? "",
    publishedAt: date(el, r, [["published", core], ["issued", core], ["created", core], ["issued", DCTERMS], ["date", DC]]) ?? updated,
    updatedAt: updated,
  };
}

// CDF (Microsoft's Channel Definition Format): <CHANNEL HREF LASTMOD><TITLE/><ABSTRACT/><ITEM .../>
function cdfItem(el: XmlElement, r: Reader): FeedItem {
  const lastmod = parseFeedDate(el.attrs.lastmod, r.zone);
  return {
    guid: null,
    link: resolveLink(el.attrs.href, el.base),
    title: titleOf(childNamed(el, "title")),
    summaryHtml: htmlOf(childNamed(el, "abstract")),
    publishedAt: lastmod,
    updatedAt: lastmod,
  };
}

function descendants(el: XmlElement, name: string): XmlElement[] {
  return el.children.flatMap((c) => (typeof c === "string" ? [] : c.name === name ? [c, ...descendants(c, name)] : descendants(c, name)));
}

// "en_US" is a POSIX locale; BCP 47 writes "en-US"
const langOf = (...values: (string | null | undefined)[]) => first(...values.map((v) => v?.trim().replace(/_/g, "-")));

/** Parses a feed's text; throws "parser: ..." when it holds no RSS, RDF, Atom or CDF root. */
export function parseFeed(xml: string, feedUrl: string, opts: ParseFeedOptions = {}): ParsedFeed {
  const docBase = opts.contentLocation ? (resolveLink(opts.contentLocation, feedUrl) ?? feedUrl) : feedUrl;
  const doc = parseXmlTree(xml, docBase);
  const root = doc.children.find((c): c is XmlElement => typeof c !== "string");
  if (!root) throw new Error("parser: unable to detect feed format (no root element)");
  // a body cut off inside a tag is a truncated download, not a feed with fewer items; only the
  // root's own end tag may be cut (everything it holds has arrived)
  const tail = xml.trimEnd().match(/<[^>]*$/)?.[0];
  if (tail && !(tail.startsWith("</") && root.qname.startsWith(tail.slice(2)))) throw new Error("parser: malformed XML: the document ends inside a tag (truncated)");
  const r: Reader = { core: [...new Set([...RSS, root.ns])], zone: opts.zone || "UTC" };
  const headerLang = opts.contentLanguage?.split(",")[0];
  if (root.name === "rss" || root.name === "rdf") {
    const channel = childNamed(root, "channel", r.core);
    const items = [...childrenNamed(channel, "item", r.core), ...childrenNamed(root, "item", r.core)];
    return {
      title: first(titleOf(childNamed(channel, "title", r.core)), titleOf(childNamed(channel, "title", DC))),
      lang: langOf(textOf(childNamed(channel, "language", r.core)), textOf(childNamed(channel, "language", DC)), channel?.lang, root.lang, headerLang),
      link: channel ? rssLink(channel, r) : null,
      items: items.map((i) => rssItem(i, r)),
    };
  }
  if (root.name === "feed") {
    const a: Reader = { ...r, core: [...new Set([...ATOM, root.ns])] };
    return {
      title: first(titleOf(childNamed(root, "title", a.core))),
      lang: langOf(root.lang, textOf(childNamed(root, "language", DC)), headerLang),
      link: atomLink(root, a),
      items: childrenNamed(root, "entry", a.core).map((e) => atomEntry(e, a)),
    };
  }
  if (root.name === "channel") {
    return {
      title: first(titleOf(childNamed(root, "title"))),
      lang: langOf(root.lang, headerLang),
      link: resolveLink(root.attrs.href, root.base),
      items: descendants(root, "item").map((i) => cdfItem(i, r)),
    };
  }
  throw new Error(`parser: unable to detect feed format (root element <${root.qname}>)`);
}
