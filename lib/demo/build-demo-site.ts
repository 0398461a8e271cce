// Renders every resource of the demo site for one base URL: outlet RSS feeds, newsroom Atom
// feeds, the Statuspage JSON and incident pages, and one HTML page per article or statement.
import iconv from "iconv-lite";
import { atomPath, articlePath, feedPath, statementPath, statuspagePath } from "./demo-urls";
import { renderArticlePage, type PageLink } from "./render-article-page";
import { renderAtom } from "./render-atom";
import { renderRss } from "./render-rss";
import { renderStatuspage, renderStatusIncidentPage } from "./render-statuspage";
import { cachedResource, type CachedResource } from "./send-cached";
import type { DemoArticle, DemoData, DemoOutlet } from "./load-demo-data";

/** One entry of an `npm run ingest -- --sources FILE` list (contracts.md), with what the demo knows of the source. */
export interface DemoSource {
  url: string;
  name: string;
  lang: string;
  zone: string;
  official: boolean;
  kind: "feed" | "statuspage";
}

export interface DemoSite {
  resources: Map<string, CachedResource>;
  feedUrls: string[];
  sources: DemoSource[];
}

function addSource(site: DemoSite, source: DemoSource): void {
  site.feedUrls.push(source.url);
  site.sources.push(source);
}

const newest = (dates: string[]) => new Date(Math.max(0, ...dates.map((d) => Date.parse(d))));
const html = "text/html; charset=utf-8";

function relatedLinks(a: DemoArticle, all: DemoArticle[], base: string): PageLink[] {
  return all
    .filter((b) => b.outlet === a.outlet && b.id !== a.id)
    .slice(0, 3)
    .map((b) => ({ title: b.title, href: base + articlePath(b) }));
}

function outletFeed(o: DemoOutlet, items: DemoArticle[], base: string): CachedResource {
  const xml = renderRss(o, items, base);
  const latin1 = o.encoding === "iso-8859-1";
  // iconv-lite writes '?' for unmappable characters; loadDemoData has already refused those.
  const body = latin1 ? iconv.encode(xml, "latin1") : Buffer.from(xml, "utf8");
  const type = `application/rss+xml; charset=${latin1 ? "ISO-8859-1" : "utf-8"}`;
  return cachedResource(body, type, newest(items.map((a) => a.publishedAt)));
}

function addOutlets(d: DemoData, base: string, site: DemoSite): void {
  for (const o of d.outlets) {
    const items = d.articles.filter((a) => a.outlet === o.slug);
    site.resources.set(feedPath(o.slug), outletFeed(o, items, base));
    addSource(site, { url: base + feedPath(o.slug), name: o.name, lang: o.lang, zone: o.zone, official: false, kind: "feed" });
    for (const a of items) {
      const page = renderArticlePage({
        ...a, siteName: o.name, tagline: o.tagline, siteHome: `${base}/${o.slug}/`, canonical: base + articlePath(a),
        feedUrl: base + feedPath(o.slug), feedType: "application/rss+xml", related: relatedLinks(a, d.articles, base), official: false,
      });
      site.resources.set(articlePath(a), cachedResource(page, html, new Date(a.publishedAt)));
    }
  }
}

function addNewsrooms(d: DemoData, base: string, site: DemoSite): void {
  for (const room of d.newsrooms) {
    const items = d.statements.filter((s) => s.newsroom === room.slug);
    const xml = renderAtom(room, items, base);
    site.resources.set(atomPath(room.slug), cachedResource(xml, "application/atom+xml; charset=utf-8", newest(items.map((s) => s.publishedAt))));
    addSource(site, { url: base + atomPath(room.slug), name: room.name, lang: room.lang, zone: room.zone, official: true, kind: "feed" });
    for (const s of items) {
      const page = renderArticlePage({
        ...s, siteName: room.name, tagline: room.organisation, siteHome: `${base}/newsroom/${room.slug}/`, canonical: base + statementPath(s),
        feedUrl: base + atomPath(room.slug), feedType: "application/atom+xml", related: [], official: true,
      });
      site.resources.set(statementPath(s), cachedResource(page, html, new Date(s.publishedAt)));
    }
  }
}

function addStatuspage(d: DemoData, base: string, site: DemoSite): void {
  const doc = renderStatuspage(d.statuspage, base);
  const page = doc.page as { updated_at?: string };
  const updated = new Date(page.updated_at ?? 0);
  site.resources.set(statuspagePath, cachedResource(JSON.stringify(doc, null, 2), "application/json; charset=utf-8", updated));
  const name = String((d.statuspage.page as { name?: string } | undefined)?.name ?? "Status page");
  addSource(site, { url: base + statuspagePath, name, lang: "en", zone: "Etc/UTC", official: true, kind: "statuspage" });
  for (const inc of d.statuspage.incidents as { id: string }[]) {
    const body = renderStatusIncidentPage(d.statuspage, inc.id);
    if (body) site.resources.set(`/status/incidents/${inc.id}`, cachedResource(body, html, updated));
  }
}

function addIndexes(site: DemoSite, base: string): void {
  const links = site.feedUrls.map((u) => `<li><a href="${u}">${u.slice(base.length)}</a></li>`).join("\n");
  const index = `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>Outage Atlas demo sources</title></head>\n<body><h1>Demo sources</h1><ul>\n${links}\n</ul></body></html>\n`;
  site.resources.set("/", cachedResource(index, html, new Date(0)));
  site.resources.set("/sources.json", cachedResource(JSON.stringify(site.sources, null, 2) + "\n", "application/json; charset=utf-8", new Date(0)));
  site.resources.set("/feeds.txt", cachedResource(site.feedUrls.join("\n") + "\n", "text/plain; charset=utf-8", new Date(0)));
}

/** Every path the demo server answers, pre-rendered for `base` (e.g. "http://127.0.0.1:4321"). */
export function buildDemoSite(d: DemoData, base: string): DemoSite {
  const site: DemoSite = { resources: new Map(), feedUrls: [], sources: [] };
  addOutlets(d, base, site);
  addNewsrooms(d, base, site);
  addStatuspage(d, base, site);
  addIndexes(site, base);
  return site;
}
