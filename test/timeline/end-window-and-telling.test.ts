// Two limits on which recoveries can be the end: a range is one window, so its end is dropped with
// its start when that start is another day than the outage's; and a recovery clock before the start
// is not moved to the next day half a day or more past the stamp of the article telling it (a past
// recovery is told after it happened; live articles are updated, so a few hours past still move).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

test("a range read two days after the outage (a postmortem's hours placed on its own day) gives no end", () => {
  const live = makeDoc({ url: "https://live.example/1", title: "Code host down", publishedAt: "2026-04-14T15:00:00Z", failed: ["Gitea"],
    times: [{ role: "start", utc: "2026-04-14T13:05:00Z" }] });
  const report = makeDoc({ url: "https://report.example/1", title: "Our outage report", publishedAt: "2026-04-16T18:00:00Z", failed: ["Gitea"], outageDay: "2026-04-14",
    times: [{ role: "recovery", utc: "2026-04-14T14:50:00Z" }] });
  const late = makeDoc({ url: "https://late.example/1", title: "What broke", publishedAt: "2026-04-16T20:00:00Z", failed: ["Gitea"], outageDay: "2026-04-14",
    ranges: [{ role: "end", start: "2026-04-16T13:05:00Z", end: "2026-04-16T15:00:00Z" }], durations: [{ minutes: 45, approximate: true }] });
  const inc = buildIncident("s", [live, report, late], new Date("2026-04-17T00:00:00Z"));
  assert.equal(inc.endedAt, "2026-04-14T14:50:00Z");
  assert.equal(inc.durationMinutes, 105);
});

test("a range on the outage's day still closes it (the window is kept whole)", () => {
  const live = makeDoc({ url: "https://live.example/2", title: "Code host down", publishedAt: "2026-04-14T15:00:00Z", failed: ["Gitea"],
    times: [{ role: "start", utc: "2026-04-14T13:05:00Z" }] });
  const report = makeDoc({ url: "https://report.example/2", title: "Our outage report", publishedAt: "2026-04-16T18:00:00Z", failed: ["Gitea"], outageDay: "2026-04-14",
    ranges: [{ role: "start", start: "2026-04-14T13:05:00Z", end: "2026-04-14T15:00:00Z" }] });
  const inc = buildIncident("s", [live, report], new Date("2026-04-17T00:00:00Z"));
  assert.equal(inc.endedAt, "2026-04-14T15:00:00Z");
});

test("a recovery clock before the start is not moved to the next day half a day past its article's stamp", () => {
  // 'de nouveau en ligne depuis 11 h' read in the wrong zone lands before the 'vers 9 h' start;
  // the article telling it was out that same evening, so tomorrow's 11 h cannot be what it says
  const a = makeDoc({ url: "https://a.example/3", title: "Banque en panne", publishedAt: "2026-02-10T16:00:00Z", failed: ["Banque"],
    times: [{ role: "start", utc: "2026-02-10T14:00:00Z" }] });
  const b = makeDoc({ url: "https://b.example/3", title: "Retour à la normale", publishedAt: "2026-02-10T21:00:00Z", failed: ["Banque"],
    times: [{ role: "recovery", utc: "2026-02-10T10:00:00Z" }], durations: [{ minutes: 270, approximate: true }] });
  const inc = buildIncident("s", [a, b], new Date("2026-02-11T12:00:00Z"));
  assert.equal(inc.endedAt, "2026-02-10T18:30:00Z");
  assert.equal(inc.durationMinutes, 270);
});

test("a recovery clock before the start moves to the next day", () => {
  // 'résolu à 0 h 30' in a story of the next morning: the clock is kept, the day moved
  const a = makeDoc({ url: "https://a.example/4", title: "Outage tonight", publishedAt: "2026-02-10T23:30:00Z", failed: ["Banque"],
    times: [{ role: "start", utc: "2026-02-10T22:00:00Z" }] });
  const b = makeDoc({ url: "https://b.example/4", title: "Back overnight", publishedAt: "2026-02-11T08:00:00Z", failed: ["Banque"],
    times: [{ role: "recovery", utc: "2026-02-10T00:30:00Z" }] });
  const inc = buildIncident("s", [a, b], new Date("2026-02-11T12:00:00Z"));
  assert.equal(inc.endedAt, "2026-02-11T00:30:00Z");
});
