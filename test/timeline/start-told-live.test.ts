// An outage lasting days: the status page and the follow-ups give its last day as theirs, and outvote
// the first day's story. The start that story told live (within a day before it was published) is
// still the incident's; a page published long before, or a time it recalls from further back, is not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const now = new Date("2026-05-20T00:00:00Z");
const firstDay = (publishedAt: string, start: string) =>
  makeDoc({ url: "https://press.example/day1", title: "Identity app down", publishedAt, outageDay: start.slice(0, 10), failed: ["itsme"], times: [{ role: "start", utc: start, zoneExplicit: false }] });
const laterDocs = () => [
  makeDoc({ url: "https://status.example/1", kind: "status", title: "Service disruption", publishedAt: "2026-05-14T14:30:00Z", outageDay: "2026-05-14", failed: ["itsme"],
    times: [{ role: "end", utc: "2026-05-14T14:00:00Z" }, { role: "acknowledged", utc: "2026-05-13T07:35:00Z" }] }),
  makeDoc({ url: "https://press.example/day3", title: "Identity app back", publishedAt: "2026-05-14T16:00:00Z", outageDay: "2026-05-14", failed: ["itsme"],
    times: [{ role: "recovery", utc: "2026-05-14T14:00:00Z", granularity: "hour", zoneExplicit: false }] }),
];

test("the first day's story keeps the start it told live against a later consensus day", () => {
  const inc = buildIncident("s", [firstDay("2026-05-12T10:00:00Z", "2026-05-12T06:15:00Z"), ...laterDocs()], now);
  assert.equal(inc.startedAt, "2026-05-12T06:15:00Z");
  assert.equal(inc.endedAt, "2026-05-14T14:00:00Z");
});

test("no live start from a page published long before, nor a time recalled days before its publication", () => {
  // a page a week older than the consensus window is another story's (or misdated)
  const old = buildIncident("s", [firstDay("2026-05-04T10:00:00Z", "2026-05-04T06:15:00Z"), ...laterDocs()], now);
  assert.notEqual(old.startedAt, "2026-05-04T06:15:00Z");
  // a time two days before its own story's publication is a recall, not told live
  const recalled = buildIncident("s", [firstDay("2026-05-12T10:00:00Z", "2026-05-10T06:15:00Z"), ...laterDocs()], now);
  assert.notEqual(recalled.startedAt, "2026-05-10T06:15:00Z");
});
