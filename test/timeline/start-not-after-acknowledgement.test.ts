// A start known only to the part of day or the day cannot come after the operator was already
// investigating (a status page's "Investigating" stamp read to the minute): trouble had begun by then.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const now = new Date("2026-01-22T00:00:00Z");
const press = (start: string) => makeDoc({ url: "https://press.example/1", title: "Git host down", publishedAt: "2026-01-20T23:00:00Z", failed: ["GitLab"],
  times: [{ role: "start", utc: start, granularity: "part-of-day", zoneExplicit: false }] });
const status = (ack: string, end: string) => makeDoc({ url: "https://status.example/1", kind: "status", title: "Git operations failing", publishedAt: end, failed: ["GitLab"],
  times: [{ role: "acknowledged", utc: ack }, { role: "end", utc: end }] });

test("a part-of-day start after the status page's acknowledgement gives way to it, and the status page's end stands", () => {
  // "Tuesday afternoon" in New York (20:00 UTC, 17:00-23:00) against "Investigating" at 14:02 UTC
  const inc = buildIncident("s", [press("2026-01-20T20:00:00Z"), status("2026-01-20T14:02:00Z", "2026-01-20T15:31:00Z")], now);
  assert.equal(inc.startedAt, "2026-01-20T14:02:00Z");
  assert.equal(inc.endedAt, "2026-01-20T15:31:00Z");
  assert.equal(inc.durationMinutes, 89);
});

test("an acknowledgement after the part of day leaves the start where it was read", () => {
  const later = buildIncident("s", [press("2026-01-20T20:00:00Z"), status("2026-01-21T00:30:00Z", "2026-01-21T01:00:00Z")], now);
  assert.equal(later.startedAt, "2026-01-20T20:00:00Z");
  const precise = makeDoc({ url: "https://press.example/2", title: "Git host down", publishedAt: "2026-01-20T23:00:00Z", failed: ["GitLab"],
    times: [{ role: "start", utc: "2026-01-20T19:45:00Z" }] });
  // a clock-time start is not moved by an earlier acknowledgement (another matter: a conflict, not this rule)
  assert.equal(buildIncident("s", [precise, status("2026-01-20T14:02:00Z", "2026-01-20T21:00:00Z")], now).startedAt, "2026-01-20T19:45:00Z");
});
