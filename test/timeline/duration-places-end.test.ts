// A stated duration against a start and an end that disagree with it: which instant it moves, and
// what stands for a start known only to the day (our own cases).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const later = new Date("2025-07-01T00:00:00Z");

test("a stated duration that would move the start away from what its sources say places the end instead", () => {
  // trouble from 18h (to the hour, two outlets), a later 'back' checkpoint at 06:55, 'nine hours down'
  const a = makeDoc({ url: "https://a.example/start", title: "Wiki down", publishedAt: "2025-06-11T08:00:00Z", failed: ["Wikipedia"],
    times: [{ role: "start", utc: "2025-06-10T18:00:00Z", granularity: "hour", zoneExplicit: true }] });
  const b = makeDoc({ url: "https://b.example/end", title: "Wiki back", publishedAt: "2025-06-11T09:00:00Z", failed: ["Wikipedia"],
    times: [{ role: "recovery", utc: "2025-06-11T06:55:00Z" }], durations: [{ minutes: 540 }] });
  const inc = buildIncident("s", [a, b], later);
  assert.equal(inc.startedAt, "2025-06-10T18:00:00Z");
  assert.equal(inc.endedAt, "2025-06-11T03:00:00Z");
  assert.equal(inc.durationMinutes, 540);
});

test("a stated duration still places a start read to the hour from an end read to the minute when the two agree", () => {
  // negative of the case above: 'vers 15 h', resolved at 18:10, 'two hours' puts the start at 16:10, within 15h's reach
  const a = makeDoc({ url: "https://a.example/s", title: "Panne", lang: "fr", publishedAt: "2025-06-10T20:00:00Z", failed: ["Instagram"],
    times: [{ role: "start", utc: "2025-06-10T15:00:00Z", granularity: "hour", zoneExplicit: true }, { role: "recovery", utc: "2025-06-10T18:10:00Z", zoneExplicit: true }],
    durations: [{ minutes: 120 }] });
  const b = makeDoc({ url: "https://b.example/s", title: "Outage", publishedAt: "2025-06-10T21:00:00Z", failed: ["Instagram"], durations: [{ minutes: 120 }] });
  const inc = buildIncident("s", [a, b], later);
  assert.equal(inc.startedAt, "2025-06-10T16:10:00Z");
  assert.equal(inc.endedAt, "2025-06-10T18:10:00Z");
});

test("a status update 'identified' at a clock time sharpens a start known only to the day, and a stated length then places the end", () => {
  const a = makeDoc({ url: "https://status.example/i", title: "Broadcasting issue", publishedAt: "2025-06-10T00:00:00Z", failed: ["Twitch"],
    times: [{ role: "start", utc: "2025-06-10T16:00:00Z", granularity: "day" }, { role: "identified", utc: "2025-06-10T17:06:00Z", zoneExplicit: true }],
    durations: [{ minutes: 372 }] });
  const inc = buildIncident("s", [a], later);
  assert.equal(inc.startedAt, "2025-06-10T17:06:00Z");
  assert.equal(inc.endedAt, "2025-06-10T23:18:00Z");
  // negative: an 'other' clock time the same day is no bound on the start
  const b = makeDoc({ url: "https://status.example/o", title: "Broadcasting issue", publishedAt: "2025-06-10T00:00:00Z", failed: ["Twitch"],
    times: [{ role: "start", utc: "2025-06-10T16:00:00Z", granularity: "day" }, { role: "other", utc: "2025-06-10T17:06:00Z", zoneExplicit: true }],
    durations: [{ minutes: 372 }] });
  assert.equal(buildIncident("s", [b], later).startedAt, "2025-06-10T00:00:00Z");
});
