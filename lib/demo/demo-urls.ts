// Where each demo resource lives on the demo server; one place so feeds, pages and tests agree.
import type { DemoArticle, DemoStatement } from "./load-demo-data";

/** Path of an outlet's RSS feed. */
export function feedPath(outletSlug: string): string {
  return `/feeds/${outletSlug}.xml`;
}

/** Path of a newsroom's Atom feed. */
export function atomPath(newsroomSlug: string): string {
  return `/newsroom/${newsroomSlug}/atom.xml`;
}

/** The Statuspage API path, as Atlassian Statuspage lays it out under the page root. */
export const statuspagePath = "/status/api/v2/incidents.json";

/** Path of an article page, dated like news sites' URLs: /outlet/2021/10/04/id.html. */
export function articlePath(a: DemoArticle): string {
  const [y, m, d] = a.publishedAt.slice(0, 10).split("-");
  return `/${a.outlet}/${y}/${m}/${d}/${a.id}.html`;
}

/** Path of a newsroom statement page. */
export function statementPath(s: DemoStatement): string {
  return `/newsroom/${s.newsroom}/${s.id}.html`;
}
