// A Statuspage home page (status.example.com) announces its incident history as alternate feeds
// (/history.atom, /history.rss); the JSON API next to them holds the same updates with their ids.
import * as cheerio from "cheerio";

export interface StatuspageEndpoints {
  api: string; // .../api/v2/incidents.json
  history: string; // .../history.atom or .rss
}

/** The Statuspage endpoints a page links to, or null when it is not a Statuspage home page. */
export function findStatuspageFeeds(html: string, pageUrl: string): StatuspageEndpoints | null {
  if (!/history\.(atom|rss)/i.test(html)) return null;
  const $ = cheerio.load(html);
  for (const el of $("link[rel='alternate'][href]").toArray()) {
    try {
      const history = new URL($(el).attr("href")!, pageUrl);
      if (!/\/history\.(atom|rss)$/i.test(history.pathname)) continue;
      return { history: history.toString(), api: new URL("api/v2/incidents.json", history).toString() };
    } catch {
      continue;
    }
  }
  return null;
}
