// A status page's later close gives way to its own earlier recovery clock when the stated length of the
// outage fits the earlier one; not when the recoveries are different documents', nor after a relapse,
// nor without a stated length (our own cases).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const later = new Date("2025-06-12T00:00:00Z");
const statusPage = (extra: { role: "start" | "recovery" | "end"; utc: string }[] = []) =>
  makeDoc({ url: "https://status.zorvex.example/incidents/1", kind: "status", title: "API errors", publishedAt: "2025-06-10T12:30:00Z", failed: ["Zorvex"],
    times: [{ role: "start", utc: "2025-06-10T08:30:00Z" }, { role: "recovery", utc: "2025-06-10T10:15:00Z" }, { role: "end", utc: "2025-06-10T11:20:00Z" }, ...extra] });
const press = (minutes: number | null) =>
  makeDoc({ url: "https://news.example/zorvex", title: "Zorvex outage", publishedAt: "2025-06-10T15:00:00Z", failed: ["Zorvex"], ...(minutes ? { durations: [{ minutes, approximate: true }] } : {}) });

test("a stated 'two-hour outage' puts the end at the page's recovery clock, not its later 'Resolved' post", () => {
  const inc = buildIncident("z", [statusPage(), press(120)], later);
  assert.equal(inc.endedAt, "2025-06-10T10:15:00Z");
  assert.equal(inc.durationMinutes, 105);
  assert.ok(inc.conflicts.some((c) => c.field === "end" && /stated length/.test(c.why)));
});

test("without a stated length, or with one that fits the later close, the later close stays the end", () => {
  assert.equal(buildIncident("z", [statusPage(), press(null)], later).endedAt, "2025-06-10T11:20:00Z");
  assert.equal(buildIncident("z", [statusPage(), press(170)], later).endedAt, "2025-06-10T11:20:00Z");
});

test("recoveries told by different documents (a first wave fixed, then the last) keep the latest", () => {
  const a = makeDoc({ url: "https://a.example/acme", title: "Acme down", publishedAt: "2025-06-10T12:00:00Z", failed: ["Acme"],
    times: [{ role: "start", utc: "2025-06-10T08:30:00Z" }, { role: "recovery", utc: "2025-06-10T10:30:00Z" }], durations: [{ minutes: 120, approximate: true }] });
  const b = makeDoc({ url: "https://b.example/acme", title: "Acme back", publishedAt: "2025-06-10T20:00:00Z", failed: ["Acme"],
    times: [{ role: "recovery", utc: "2025-06-10T16:00:00Z" }] });
  assert.equal(buildIncident("a", [a, b], later).endedAt, "2025-06-10T16:00:00Z");
});

test("after a relapse the stated length may be the first episode's: the later close stays the end", () => {
  const page = statusPage([{ role: "start", utc: "2025-06-10T10:50:00Z" }]);
  const relapse = page.facts.times.find((t) => t.time.kind === "instant" && t.time.utc === "2025-06-10T10:50:00Z")!;
  relapse.relapse = true;
  assert.equal(buildIncident("z", [page, press(120)], later).endedAt, "2025-06-10T11:20:00Z");
});

test("a start told after a full recovery is the outage coming back: the stated length is the first episode's, the last close stays the end", () => {
  // an operator's "interruption de 8h30 à 10h15, puis de 13h05 à 14h30", with no "again" word; a press "two-hour outage"
  const statement = makeDoc({ url: "https://zorvex.example/communique", kind: "official", title: "Interruption de service", publishedAt: "2025-06-10T16:00:00Z", failed: ["Zorvex"],
    times: [{ role: "start", utc: "2025-06-10T08:30:00Z" }, { role: "recovery", utc: "2025-06-10T10:15:00Z" }, { role: "start", utc: "2025-06-10T13:05:00Z" }, { role: "end", utc: "2025-06-10T14:30:00Z" }] });
  const inc = buildIncident("z", [statement, press(120)], later);
  assert.equal(inc.endedAt, "2025-06-10T14:30:00Z");
  assert.equal(inc.durationMinutes, 360);
  // negative: a start before the first recovery (a second report of the same beginning) opens no second episode
  const early = makeDoc({ url: "https://zorvex.example/communique", kind: "official", title: "Interruption de service", publishedAt: "2025-06-10T16:00:00Z", failed: ["Zorvex"],
    times: [{ role: "start", utc: "2025-06-10T08:30:00Z" }, { role: "start", utc: "2025-06-10T08:40:00Z" }, { role: "recovery", utc: "2025-06-10T10:15:00Z" }, { role: "end", utc: "2025-06-10T11:20:00Z" }] });
  assert.equal(buildIncident("z", [early, press(120)], later).endedAt, "2025-06-10T10:15:00Z");
});
