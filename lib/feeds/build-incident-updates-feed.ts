// The feed of one incident: every timeline entry (start, statements, recovery...) is an entry.
import crypto from "node:crypto";
import type { IncidentExport, TimelineEntry } from "../domain/types";
import { messages } from "../i18n/data/messages";
import { describeIncident, escapeHtml, incidentTitle, type FeedLang } from "./describe-incident";
import { incidentPageUrl } from "./build-incidents-feed";
import { feedId } from "./feed-id";
import { renderFeed, type FeedFormat } from "./render-feed";
import { FEED_WORDING } from "./data/wording";

export interface IncidentUpdatesInput {
  origin: string;
  lang: FeedLang;
  incident: IncidentExport;
  updatedAt: Date;
  selfUrl: string;
}

/** A stable key for an entry: its time, kind and text, so re-ordering never renames an item. */
function entryKey(e: TimelineEntry): string {
  return crypto.createHash("sha1").update(`${e.at}\n${e.kind}\n${e.text}`).digest("hex").slice(0, 12);
}

function entryHtml(e: TimelineEntry): string {
  const sources = e.sources.map((s) => `<li><a href="${escapeHtml(s)}">${escapeHtml(s)}</a></li>`).join("");
  return `<p>${escapeHtml(e.text)}</p>${sources ? `<ul>${sources}</ul>` : ""}`;
}

/** RSS / Atom / JSON Feed of one incident's timeline, newest entry first. */
export function buildIncidentUpdatesFeed(input: IncidentUpdatesInput, format: FeedFormat): string {
  const { incident: inc, lang, origin } = input;
  const w = FEED_WORDING[lang];
  const page = incidentPageUrl(origin, inc.slug, lang);
  const entries = inc.timeline.filter((e) => !Number.isNaN(Date.parse(e.at))).sort((a, b) => b.at.localeCompare(a.at));
  return renderFeed({
    id: feedId(`feed:incident:${inc.slug}:${lang}`),
    title: w.updatesTitle(incidentTitle(inc, lang)),
    description: describeIncident(inc, lang).join(" · "),
    lang, homeUrl: page, selfUrl: input.selfUrl, updated: input.updatedAt,
    author: { name: w.author, url: `${origin}/` },
    entries: entries.map((e) => {
      const key = entryKey(e);
      const at = new Date(e.at);
      return {
        id: feedId(`incident:${inc.slug}:${lang}:update:${key}`),
        title: `${messages[lang].entryKind[e.kind] ?? e.kind}: ${e.text.length > 120 ? `${e.text.slice(0, 117)}…` : e.text}`,
        url: `${page}#update-${key}`,
        published: at, updated: at,
        summary: e.text, contentHtml: entryHtml(e), categories: [],
      };
    }),
  }, format);
}
