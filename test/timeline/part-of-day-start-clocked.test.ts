// A start known only to the part of day ("ce matin", "on Tuesday morning") is sharpened by the earliest
// event the documents clock inside it before the first fix, whatever its role (our own cases).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const later = new Date("2025-06-12T00:00:00Z");

test("'depuis ce matin' and a change 'appliquée ce matin à 6 h 50': the start is 6 h 50", () => {
  const press = makeDoc({ url: "https://a.example/mailo", title: "Mailo en panne depuis ce matin", publishedAt: "2025-06-10T07:30:00Z", failed: ["Mailo"],
    times: [{ role: "start", utc: "2025-06-10T06:00:00Z", granularity: "part-of-day" }] });
  const status = makeDoc({ url: "https://status.mailo.example/1", title: "Incident", kind: "status", publishedAt: "2025-06-10T10:30:00Z", failed: ["Mailo"],
    times: [{ role: "other", utc: "2025-06-10T04:50:00Z" }, { role: "mitigation", utc: "2025-06-10T07:15:00Z" }, { role: "end", utc: "2025-06-10T10:10:00Z" }] });
  assert.equal(buildIncident("m", [press, status], later).startedAt, "2025-06-10T04:50:00Z");
});

test("'on Tuesday morning' and 'counters switched to paper shortly after 5:30am': the start is 5:30", () => {
  const a = makeDoc({ url: "https://a.example/airline", title: "Airline check-in down", publishedAt: "2025-06-10T09:00:00Z", failed: ["Skyline Air"],
    times: [{ role: "start", utc: "2025-06-10T06:00:00Z", granularity: "part-of-day" }, { role: "other", utc: "2025-06-10T02:30:00Z", zoneExplicit: false },
      { role: "recovery", utc: "2025-06-10T06:10:00Z" }] });
  assert.equal(buildIncident("a", [a], later).startedAt, "2025-06-10T02:30:00Z");
});

test("a clock after the first fix, far outside the part of day, or beside a start known only to the day leaves the start", () => {
  const afterFix = makeDoc({ url: "https://a.example/x1", title: "Acme outage", publishedAt: "2025-06-10T12:00:00Z", failed: ["Acme"],
    times: [{ role: "start", utc: "2025-06-10T09:00:00Z", granularity: "part-of-day" }, { role: "recovery", utc: "2025-06-10T10:00:00Z" }, { role: "other", utc: "2025-06-10T10:30:00Z" }] });
  assert.equal(buildIncident("x", [afterFix], later).startedAt, "2025-06-10T09:00:00Z");
  const farOff = makeDoc({ url: "https://a.example/x2", title: "Acme outage", publishedAt: "2025-06-10T12:00:00Z", failed: ["Acme"],
    times: [{ role: "start", utc: "2025-06-10T09:00:00Z", granularity: "part-of-day" }, { role: "other", utc: "2025-06-10T04:30:00Z" }] });
  assert.equal(buildIncident("x", [farOff], later).startedAt, "2025-06-10T09:00:00Z");
  const dayOnly = makeDoc({ url: "https://a.example/x3", title: "Acme outage", publishedAt: "2025-06-11T12:00:00Z", failed: ["Acme"],
    times: [{ role: "start", utc: "2025-06-10T12:00:00Z", granularity: "day" }, { role: "other", utc: "2025-06-10T15:30:00Z" }] });
  assert.equal(buildIncident("x", [dayOnly], later).startedAt, "2025-06-10T00:00:00Z");
});
