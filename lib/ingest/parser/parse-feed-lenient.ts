// The fallback feed reader on fast-xml-parser, which tolerates malformed XML that strict
// readers reject; maps RSS channel items, RDF items and Atom entries to FeedItem.
import { XMLParser } from "fast-xml-parser";
import { feedDate, resolveLink, type FeedItem, type ParsedFeed } from "./feed-item";

type Node = Record<string, unknown>;
const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  textNodeName: "#text",
  htmlEntities: true,
  isArray: (name) => name === "item" || name === "entry" || name === "link",
});

function text(v: unknown): string {
  if (Array.isArray(v)) return text(v[0]);
  if (typeof v === "string" || typeof v === "number") return String(v);
  if (v && typeof v === "object") return text((v as Node)["#text"]);
  return "";
}

function atomLink(v: unknown): string {
  const links = (Array.isArray(v) ? v : [v]) as unknown[];
  const alt = links.find((l) => l && typeof l === "object" && [undefined, "alternate"].includes((l as Node)["@_rel"] as string));
  if (alt) return text((alt as Node)["@_href"]);
  return text(links[0]);
}

function mapRss(i: Node, base: string): FeedItem {
  const guid = text(i.guid).trim() || null;
  return {
    guid,
    link: resolveLink(text(i.link) || (guid && /^https?:/i.test(guid) ? guid : ""), base),
    title: text(i.title).trim(),
    summaryHtml: text(i["content:encoded"]) || text(i.description),
    publishedAt: feedDate(text(i.pubDate)) ?? feedDate(text(i["dc:date"])),
    updatedAt: null,
  };
}

function mapAtom(e: Node, base: string): FeedItem {
  return {
    guid: text(e.id).trim() || null,
    link: resolveLink(atomLink(e.link), base),
    title: text(e.title).trim(),
    summaryHtml: text(e.content) || text(e.summary),
    publishedAt: feedDate(text(e.published)) ?? feedDate(text(e.updated)),
    updatedAt: feedDate(text(e.updated)),
  };
}

/** Parses RSS/RDF/Atom leniently; throws "parser: ..." when no feed structure is found. */
export function parseFeedLenient(source: string, feedUrl: string): ParsedFeed {
  let doc: Node;
  try {
    doc = xml.parse(source) as Node;
  } catch (e) {
    throw new Error(`parser: malformed XML: ${(e as Error).message.split("\n")[0]}`);
  }
  const rss = doc.rss as Node | undefined;
  const rdf = (doc["rdf:RDF"] ?? doc.RDF) as Node | undefined;
  const atom = doc.feed as Node | undefined;
  if (rss && typeof rss === "object") {
    const ch = (rss.channel ?? {}) as Node;
    const items = ((ch.item as Node[]) ?? []).map((i) => mapRss(i, feedUrl));
    return { title: text(ch.title) || null, lang: text(ch.language) || null, link: text(ch.link) || null, items };
  }
  if (rdf && typeof rdf === "object") {
    const ch = (rdf.channel ?? {}) as Node;
    const items = ((rdf.item as Node[]) ?? []).map((i) => mapRss(i, feedUrl));
    return { title: text(ch.title) || null, lang: text(ch["dc:language"]) || null, link: text(ch.link) || null, items };
  }
  if (atom && typeof atom === "object") {
    const items = ((atom.entry as Node[]) ?? []).map((e) => mapAtom(e, feedUrl));
    return { title: text(atom.title) || null, lang: text(atom["@_xml:lang"]) || null, link: atomLink(atom.link) || null, items };
  }
  throw new Error("parser: unable to detect feed format");
}
