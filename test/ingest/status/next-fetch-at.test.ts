// Polling intervals: a status page with an open incident is looked at every 2 minutes, other
// sources (and a status page with nothing open) keep their kind's interval.
import { test } from "node:test";
import assert from "node:assert/strict";
import { nextFetchAt } from "../../../lib/ingest/handler/next-fetch-at";

const now = new Date("2026-01-01T00:00:00Z");
const minutes = (d: Date) => (d.getTime() - now.getTime()) / 60_000;

test("an open status incident shortens a status page's interval only", () => {
  assert.equal(minutes(nextFetchAt(now, "statuspage", 0, undefined, { openIncident: true })), 2);
  assert.equal(minutes(nextFetchAt(now, "statuspage", 0, undefined, { openIncident: false })), 10);
  assert.equal(minutes(nextFetchAt(now, "feed", 0, undefined, { openIncident: true })), 30);
});

test("failures still back off, and Retry-After still wins, while an incident is open", () => {
  assert.equal(minutes(nextFetchAt(now, "statuspage", 2, undefined, { openIncident: true })), 8);
  assert.equal(minutes(nextFetchAt(now, "statuspage", 0, 15 * 60_000, { openIncident: true })), 15);
});
