// Which status-page format a response is, and its updates in the one model (StatusUpdate). JSON
// bodies are recognised by their shape, feeds by their title and item patterns, as feeds are.
import type { ParsedFeed } from "../feed-item";
import { isStatuspageHistory, historyFeedName, parseStatuspageHistory } from "../parse-statuspage-history";
import { parseStatuspageJson, statuspageName } from "../parse-statuspage-json";
import type { StatusUpdate } from "../status-update";
import { isAwsHealthRss, parseAwsHealthRss } from "./parse-aws-health-rss";
import { isAzureStatusRss, parseAzureStatusRss } from "./parse-azure-status-rss";
import { isGoogleCloudAtom, parseGoogleCloudAtom } from "./parse-google-cloud-atom";
import { isGoogleCloudJson, parseGoogleCloudJson } from "./parse-google-cloud-json";
import { isIncidentioJson, parseIncidentioJson } from "./parse-incidentio-json";
import { isInstatusJson, parseInstatusJson } from "./parse-instatus-json";
import { isSlackStatusJson, parseSlackHistory } from "./parse-slack-history";

export interface StatusParse {
  updates: StatusUpdate[];
  name: string | null; // the page's own name, for the source
}

const isStatuspageJson = (json: unknown) => {
  const j = json as { page?: unknown; incidents?: unknown } | null;
  return typeof j?.page === "object" && j.page !== null && Array.isArray(j.incidents);
};

/** The updates of a status JSON body (Statuspage, incident.io, Instatus, Google Cloud, Slack), or null for other JSON. */
export function parseStatusJson(text: string, fetchedUrl: string): StatusParse | null {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return null;
  }
  if (isStatuspageJson(json)) return { updates: parseStatuspageJson(text, fetchedUrl), name: statuspageName(text) };
  if (isIncidentioJson(json)) return parseIncidentioJson(json, fetchedUrl);
  if (isInstatusJson(json)) return parseInstatusJson(json, fetchedUrl);
  if (isGoogleCloudJson(json)) return parseGoogleCloudJson(json, fetchedUrl);
  if (isSlackStatusJson(json)) return parseSlackHistory(json, fetchedUrl);
  return null;
}

/** The updates of a status feed (Statuspage history, Google Cloud, AWS Health, Azure), or null for other feeds. */
export function parseStatusFeed(feed: ParsedFeed, feedUrl: string): StatusParse | null {
  if (isStatuspageHistory(feedUrl, feed)) return { updates: parseStatuspageHistory(feed, feedUrl), name: historyFeedName(feed.title) };
  if (isGoogleCloudAtom(feed)) return parseGoogleCloudAtom(feed, feedUrl);
  if (isAwsHealthRss(feed)) return parseAwsHealthRss(feed, feedUrl);
  if (isAzureStatusRss(feed)) return parseAzureStatusRss(feed, feedUrl);
  return null;
}
