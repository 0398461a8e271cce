// How the incident's end follows from recoveries and durations: a full recovery beats a partial one,
// a stated duration gives the missing end (or start), and the latest partial recovery stands in
// for an end no source states, without making the incident resolved.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const sameEvening = new Date("2025-06-10T18:30:00Z");

test("a partial recovery stated by a status page does not override the press's full recovery", () => {
  const status = makeDoc({ url: "https://status.example/1", kind: "status", title: "Monitoring", publishedAt: "2025-06-10T16:00:00Z", failed: ["Slack"],
    times: [{ role: "start", utc: "2025-06-10T15:00:00Z" }, { role: "partial-recovery", utc: "2025-06-10T16:00:00Z" }] });
  const press = makeDoc({ url: "https://press.example/1", title: "Slack back", publishedAt: "2025-06-10T19:00:00Z", failed: ["Slack"],
    times: [{ role: "partial-recovery", utc: "2025-06-10T18:40:00Z" }, { role: "recovery", utc: "2025-06-10T18:00:00Z" }] });
  const inc = buildIncident("s", [status, press], new Date("2025-06-11T00:00:00Z"));
  assert.equal(inc.endedAt, "2025-06-10T18:00:00Z");
  assert.equal(inc.durationMinutes, 180);
});

test("without an end or a duration, the latest partial recovery is the end, shown as partial, and the incident stays ongoing", () => {
  const a = makeDoc({ url: "https://a.example/1", title: "Slack down", publishedAt: "2025-06-10T18:00:00Z", failed: ["Slack"],
    times: [{ role: "start", utc: "2025-06-10T15:00:00Z" }, { role: "partial-recovery", utc: "2025-06-10T16:00:00Z" }, { role: "partial-recovery", utc: "2025-06-10T17:30:00Z" }] });
  const inc = buildIncident("s", [a], sameEvening);
  assert.equal(inc.endedAt, "2025-06-10T17:30:00Z");
  assert.equal(inc.durationMinutes, 150);
  assert.equal(inc.status, "ongoing");
  assert.ok(inc.timeline.some((e) => e.kind === "partial-recovery" && e.at === "2025-06-10T17:30:00Z"));
  assert.ok(!inc.timeline.some((e) => e.kind === "recovery"));
});

test("a stated duration gives the end before any partial recovery does", () => {
  const a = makeDoc({ url: "https://a.example/1", title: "Slack down", publishedAt: "2025-06-10T20:00:00Z", failed: ["Slack"],
    times: [{ role: "start", utc: "2025-06-10T15:00:00Z" }, { role: "partial-recovery", utc: "2025-06-10T16:00:00Z" }], durations: [{ minutes: 240 }] });
  const inc = buildIncident("s", [a], new Date("2025-06-11T00:00:00Z"));
  assert.equal(inc.endedAt, "2025-06-10T19:00:00Z");
  assert.equal(inc.durationMinutes, 240);
});

test("an end and a duration give the start when no source states it", () => {
  const a = makeDoc({ url: "https://a.example/1", title: "Slack back", publishedAt: "2025-06-10T21:00:00Z", failed: ["Slack"],
    times: [{ role: "recovery", utc: "2025-06-10T20:00:00Z" }], durations: [{ minutes: 120 }] });
  const inc = buildIncident("s", [a], new Date("2025-06-11T00:00:00Z"));
  assert.equal(inc.startedAt, "2025-06-10T18:00:00Z");
  assert.equal(inc.endedAt, "2025-06-10T20:00:00Z");
  assert.equal(inc.durationMinutes, 120);
});

test("the end of user impact is the last full recovery read to the hour: a first wave fixed earlier is not the end", () => {
  // a DNS provider hit in waves: the press dates the first fix and, later, the last one
  const a = makeDoc({ url: "https://a.example/waves", title: "DNS attack", publishedAt: "2025-06-11T08:00:00Z", failed: ["Dyn"],
    times: [{ role: "start", utc: "2025-06-10T11:00:00Z" }, { role: "recovery", utc: "2025-06-10T13:20:00Z" }] });
  const b = makeDoc({ url: "https://b.example/waves", title: "DNS attack over", publishedAt: "2025-06-11T09:00:00Z", failed: ["Dyn"],
    times: [{ role: "start", utc: "2025-06-10T11:10:00Z" }, { role: "recovery", utc: "2025-06-10T13:20:00Z" }, { role: "recovery", utc: "2025-06-10T22:10:00Z" }] });
  const inc = buildIncident("s", [a, b], new Date("2025-06-12T00:00:00Z"));
  assert.equal(inc.endedAt, "2025-06-10T22:10:00Z");
  assert.equal(inc.durationMinutes, 670);
  const c = inc.conflicts.find((x) => x.field === "end");
  assert.ok(c && /later than/.test(c.why), c?.why);
});

test("a later end known only to the part of day does not replace a clock time for the end", () => {
  const a = makeDoc({ url: "https://a.example/eve", title: "Outage", publishedAt: "2025-06-11T08:00:00Z", failed: ["Slack"],
    times: [{ role: "start", utc: "2025-06-10T11:00:00Z" }, { role: "recovery", utc: "2025-06-10T14:05:00Z" }, { role: "recovery", utc: "2025-06-10T19:00:00Z", granularity: "part-of-day" }] });
  const inc = buildIncident("s", [a], new Date("2025-06-12T00:00:00Z"));
  assert.equal(inc.endedAt, "2025-06-10T14:05:00Z");
});
