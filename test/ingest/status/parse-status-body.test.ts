// Format detection of status bodies: each provider's shape is recognised, other JSON and feeds are
// not; incident-level times fall back to the updates; planned maintenance is not an outage.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ParsedFeed } from "../../../lib/ingest/parser/feed-item";
import { parseStatusFeed, parseStatusJson } from "../../../lib/ingest/parser/status/parse-status-body";

const URL_ = "https://status.example.test/api";
const feed = (title: string, items: Partial<ParsedFeed["items"][number]>[]): ParsedFeed => ({
  title, lang: "en", link: "https://status.example.test/",
  items: items.map((i) => ({ guid: null, link: "https://status.example.test/x", title: "", summaryHtml: "", publishedAt: new Date("2026-01-01T10:00:00Z"), updatedAt: null, ...i })),
});

test("JSON that is no status format is left to the other parsers", () => {
  assert.equal(parseStatusJson(JSON.stringify({ version: "https://jsonfeed.org/version/1.1", title: "Blog", items: [] }), URL_), null);
  assert.equal(parseStatusJson("[]", URL_), null);
  assert.equal(parseStatusJson(JSON.stringify({ incidents: [] }), URL_), null, "Statuspage needs its page object");
  assert.equal(parseStatusJson(JSON.stringify([{ title: "a post", body: "text" }]), URL_), null);
  assert.equal(parseStatusJson("not json", URL_), null);
});

test("Slack's current status with nothing open is recognised, with no update", () => {
  const p = parseStatusJson(JSON.stringify({ status: "ok", date_created: "2026-01-01T00:00:00Z", active_incidents: [] }), URL_);
  assert.deepEqual(p, { updates: [], name: "Slack" });
});

test("news feeds are not status feeds, even titled like one", () => {
  assert.equal(parseStatusFeed(feed("Tech news", [{ title: "Cloud outage hits Europe" }]), URL_), null);
  assert.equal(parseStatusFeed(feed("Gadget Service Status", [{ title: "Our new service is live" }]), URL_), null, "AWS needs its post-state prefixes");
  assert.equal(parseStatusFeed(feed("Google Cloud Blog", [{ title: "What's new in BigQuery", link: "https://cloud.example.test/blog/bq" }]), URL_), null);
});

test("a Statuspage incident without started_at starts at created_at; without resolved_at ends at its resolved update", () => {
  const body = {
    page: { name: "Nimbus", url: "https://status.example.test/" },
    incidents: [{
      id: "i1", name: "Errors", created_at: "2026-01-01T10:05:00Z", shortlink: "https://status.example.test/incidents/i1",
      incident_updates: [
        { id: "b", status: "resolved", body: "Fixed.", created_at: "2026-01-01T11:00:00Z" },
        { id: "a", status: "investigating", body: "Looking.", created_at: "2026-01-01T10:06:00Z" },
      ],
    }, {
      id: "i2", name: "No dates", shortlink: "https://status.example.test/incidents/i2",
      incident_updates: [{ id: "c", status: "investigating", body: "Looking.", created_at: "2026-01-02T08:00:00Z" }],
    }],
  };
  const p = parseStatusJson(JSON.stringify(body), URL_)!;
  assert.deepEqual(p.updates.map((u) => [u.guid, u.startedAt, u.resolvedAt]), [
    ["b", "2026-01-01T10:05:00.000Z", "2026-01-01T11:00:00.000Z"],
    ["a", "2026-01-01T10:05:00.000Z", "2026-01-01T11:00:00.000Z"],
    ["c", "2026-01-02T08:00:00.000Z", null],
  ]);
  assert.equal(p.updates[0].incident, "https://status.example.test/incidents/i1");
  assert.equal(p.updates[0].service, "Nimbus");
});

test("scheduled maintenance in a Statuspage list is left out", () => {
  const body = {
    page: { name: "Nimbus", url: "https://status.example.test/" },
    incidents: [
      { id: "m1", name: "Database upgrade", impact: "maintenance", incident_updates: [{ id: "x", status: "scheduled", body: "Planned.", created_at: "2026-01-01T10:00:00Z" }] },
      { id: "m2", name: "Network work", impact: "none", incident_updates: [{ id: "y", status: "completed", body: "Done.", created_at: "2026-01-01T12:00:00Z" }] },
    ],
  };
  assert.deepEqual(parseStatusJson(JSON.stringify(body), URL_)!.updates, []);
});
