// A counted length stated by the sources places a start known only to the part of day from a precise end;
// after a relapse between start and end, a stated length (often the first episode's) does not dispute
// end - start (our own cases).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const later = new Date("2025-06-12T00:00:00Z");

test("'samedi soir' and 'rétabli à 21 h 25' with 'une heure de panne': the start is the end less an hour", () => {
  const a = makeDoc({ url: "https://a.example/zorvex", title: "Panne de Zorvex", publishedAt: "2025-06-08T08:00:00Z", failed: ["Zorvex"],
    times: [{ role: "start", utc: "2025-06-07T19:00:00Z", granularity: "part-of-day" }, { role: "end", utc: "2025-06-07T20:25:00Z" }], durations: [{ minutes: 60 }] });
  const inc = buildIncident("z", [a], later);
  assert.equal(inc.startedAt, "2025-06-07T19:25:00Z");
  assert.equal(inc.endedAt, "2025-06-07T20:25:00Z");
  assert.equal(inc.durationMinutes, 60);
});

test("a start read to the minute, a vague length, or a length placing the start outside its part of day leave end - start", () => {
  const precise = makeDoc({ url: "https://a.example/acme1", title: "Acme outage", publishedAt: "2025-06-08T08:00:00Z", failed: ["Acme"],
    times: [{ role: "start", utc: "2025-06-07T19:00:00Z" }, { role: "end", utc: "2025-06-07T20:25:00Z" }], durations: [{ minutes: 60, approximate: true }] });
  assert.equal(buildIncident("a", [precise], later).durationMinutes, 85);
  const vague = makeDoc({ url: "https://a.example/acme2", title: "Acme outage", publishedAt: "2025-06-08T08:00:00Z", failed: ["Acme"],
    times: [{ role: "start", utc: "2025-06-07T19:00:00Z", granularity: "part-of-day" }, { role: "end", utc: "2025-06-07T20:25:00Z" }], durations: [{ minutes: 60, vague: true }] });
  assert.equal(buildIncident("a", [vague], later).startedAt, "2025-06-07T19:00:00Z");
});

test("after a relapse between start and end, 'more than three hours' to the first recovery does not move the end", () => {
  const a = makeDoc({ url: "https://a.example/bank", title: "Banque Lumière : l'appli en panne", publishedAt: "2025-06-10T19:00:00Z", failed: ["Banque Lumière"],
    times: [{ role: "start", utc: "2025-06-10T07:00:00Z", granularity: "hour", zoneExplicit: false }, { role: "recovery", utc: "2025-06-10T10:40:00Z", zoneExplicit: false },
      { role: "start", utc: "2025-06-10T12:15:00Z", zoneExplicit: false }, { role: "recovery", utc: "2025-06-10T16:30:00Z", zoneExplicit: false }],
    durations: [{ minutes: 180, approximate: true }] });
  a.facts.times[2].relapse = true;
  const inc = buildIncident("b", [a], later);
  assert.equal(inc.endedAt, "2025-06-10T16:30:00Z");
  assert.equal(inc.durationMinutes, 570);
  // negative: with no relapse the stated length still disputes end - start as before
  const b = makeDoc({ url: "https://b.example/bank", title: "Acme app outage", publishedAt: "2025-06-10T19:00:00Z", failed: ["Acme"],
    times: [{ role: "start", utc: "2025-06-10T07:00:00Z", granularity: "hour", zoneExplicit: false }, { role: "recovery", utc: "2025-06-10T16:30:00Z", zoneExplicit: false }],
    durations: [{ minutes: 180 }] });
  assert.equal(buildIncident("b", [b], later).durationMinutes, 180);
});
