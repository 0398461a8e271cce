// The feed of one incident: every timeline entry (start, statements, recovery...) is an item.
import crypto from "node:crypto";
import { Feed } from "feed";
import type { IncidentExport, TimelineEntry } from "../domain/types";
import { describeIncident, escapeHtml, incidentTitle, type FeedLang } from "./describe-incident";
import { renderFeed, type FeedFormat } from "./render-feed";
import { FEED_WORDING } from "./data/wording";

export interface IncidentUpdatesInput {
  origin: string;
  lang: FeedLang;
  incident: IncidentExport;
  updatedAt: Date;
  selfLink: string;
}

/** A stable id for an entry: its time, kind and text, so re-ordering never renames an item. */
function entryId(e: TimelineEntry): string {
  return crypto.createHash("sha1").update(`${e.at}\n${e.kind}\n${e.text}`).digest("hex").slice(0, 12);
}

function entryHtml(e: TimelineEntry): string {
  const sources = e.sources.map((s) => `<li><a href="${escapeHtml(s)}">${escapeHtml(s)}</a></li>`).join("");
  return `<p>${escapeHtml(e.text)}</p>${sources ? `<ul>${sources}</ul>` : ""}`;
}

/** RSS / Atom / JSON Feed of one incident's timeline, newest entry first. */
export function buildIncidentUpdatesFeed(input: IncidentUpdatesInput, format: FeedFormat): string {
  const inc = input.incident;
  const page = `${input.origin}/incidents/${encodeURIComponent(inc.slug)}`;
  const feed = new Feed({
    id: input.selfLink, title: FEED_WORDING[input.lang].updatesTitle(incidentTitle(inc, input.lang)),
    description: describeIncident(inc, input.lang).join(" · "), link: page, language: input.lang,
    updated: input.updatedAt, feedLinks: { [format]: input.selfLink }, generator: "Outage Atlas", copyright: "Outage Atlas",
  });
  const entries = inc.timeline.filter((e) => !Number.isNaN(Date.parse(e.at))).sort((a, b) => b.at.localeCompare(a.at));
  for (const e of entries) {
    const id = `${page}#update-${entryId(e)}`;
    feed.addItem({
      title: `${e.kind}: ${e.text.length > 120 ? `${e.text.slice(0, 117)}…` : e.text}`, id, guid: id, link: id,
      date: new Date(e.at), description: escapeHtml(e.text), content: entryHtml(e),
    });
  }
  return renderFeed(feed, format);
}
