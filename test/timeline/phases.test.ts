// Phases of an outage and the consistency of its end: a faulty change's window is not users' outage,
// a mitigation or a partial recovery is not called the end, an end before "99% back" is contradicted.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExtractedDocument } from "../../lib/domain/types";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc, type DocSpec } from "../cluster/fixtures/make-doc";

const now = new Date("2025-01-10T00:00:00Z");

function doc(spec: DocSpec, extra: Partial<ExtractedDocument["facts"]> = {}): ExtractedDocument {
  const d = makeDoc(spec);
  d.facts = { ...d.facts, ...extra };
  return d;
}

const residual = [{ text: "Machines that already crashed must be repaired one by one.", span: { start: 0, end: 10, text: "x" } }];

test("a faulty change pushed and pulled with machines left to repair: trigger and mitigation shown, the end of user impact unknown", () => {
  const a = doc({ url: "https://a.example/1", title: "Update crashes PCs", publishedAt: "2024-07-19T12:00:00Z", failed: ["Windows"],
    times: [{ role: "trigger", utc: "2024-07-19T04:09:00Z" }, { role: "mitigation", utc: "2024-07-19T05:27:00Z" }], durations: [{ minutes: 78 }] }, { residual });
  const inc = buildIncident("s", [a], now);
  assert.equal(inc.startedAt, "2024-07-19T04:09:00Z", "the trigger stands for the start when no start is stated");
  assert.equal(inc.endedAt, null);
  assert.equal(inc.durationMinutes, null, "78 minutes is the change's window, not the outage's");
  assert.equal(inc.endKind, null);
  assert.equal(inc.phases?.mitigated?.at, "2024-07-19T05:27:00Z");
  assert.equal(inc.phases?.trigger?.at, "2024-07-19T04:09:00Z");
  assert.equal(inc.phases?.residual.length, 1);
  assert.deepEqual(inc.timeline.filter((e) => ["trigger", "mitigation", "residual"].includes(e.kind)).map((e) => e.kind), ["trigger", "mitigation", "residual"]);
});

test("without lasting impact, a mitigation stands in for the end and says so", () => {
  const a = doc({ url: "https://a.example/1", title: "CDN down", publishedAt: "2021-06-08T12:00:00Z", failed: ["Fastly"],
    times: [{ role: "start", utc: "2021-06-08T09:47:00Z" }, { role: "mitigation", utc: "2021-06-08T10:27:00Z" }] });
  const inc = buildIncident("s", [a], now);
  assert.equal(inc.endedAt, "2021-06-08T10:27:00Z");
  assert.equal(inc.endKind, "mitigation");
  assert.equal(inc.durationMinutes, 40);
  assert.ok(inc.timeline.some((e) => e.kind === "mitigation" && e.at === "2021-06-08T10:27:00Z"));
  assert.ok(!inc.timeline.some((e) => e.kind === "recovery"), "not called a recovery");
});

test("a stated full recovery is the end, kind full-recovery; a partial one alone is kind partial-recovery with its extent", () => {
  const full = doc({ url: "https://a.example/1", title: "Down", publishedAt: "2025-11-18T20:00:00Z", failed: ["Cloudflare"],
    times: [{ role: "start", utc: "2025-11-18T11:20:00Z" }, { role: "recovery", utc: "2025-11-18T17:06:00Z" }, { role: "mitigation", utc: "2025-11-18T14:00:00Z" }] });
  const inc = buildIncident("s", [full], now);
  assert.equal(inc.endKind, "full-recovery");
  assert.equal(inc.endedAt, "2025-11-18T17:06:00Z");
  assert.equal(inc.phases?.mitigated?.at, "2025-11-18T14:00:00Z", "the mitigation is kept as a phase");
  const p = doc({ url: "https://b.example/1", title: "Down", publishedAt: "2024-12-11T23:50:00Z", failed: ["Facebook"],
    times: [{ role: "start", utc: "2024-12-11T17:30:00Z" }] });
  p.facts.times.push({ ...p.facts.times[0], role: "partial-recovery", extent: "99%", time: { ...p.facts.times[0].time, utc: "2024-12-11T23:40:00Z" } as never });
  const inc2 = buildIncident("s", [p], now);
  assert.equal(inc2.endKind, "partial-recovery");
  assert.equal(inc2.endedAt, "2024-12-11T23:40:00Z");
  assert.ok(inc2.timeline.some((e) => e.kind === "partial-recovery" && /99%/.test(e.text)));
});

test("a vague end before a later '99% back' is contradicted: shown as a conflict, the partial recovery used", () => {
  const evening = doc({ url: "https://a.example/evening", title: "Fixed", publishedAt: "2024-12-12T08:00:00Z", failed: ["Facebook"],
    times: [{ role: "start", utc: "2024-12-11T17:30:00Z" }, { role: "end", utc: "2024-12-11T20:00:00Z", granularity: "part-of-day" }] });
  const late = doc({ url: "https://b.example/late", title: "Almost back", publishedAt: "2024-12-11T23:45:00Z", failed: ["Facebook"],
    times: [{ role: "partial-recovery", utc: "2024-12-11T23:40:00Z", granularity: "hour" }] });
  const inc = buildIncident("s", [evening, late], now);
  assert.equal(inc.endedAt, "2024-12-11T23:40:00Z");
  assert.equal(inc.endKind, "partial-recovery");
  const c = inc.conflicts.find((x) => x.field === "end");
  assert.ok(c, "the contradiction is shown");
  assert.deepEqual(c!.values.map((v) => v.value), ["2024-12-11T20:00:00Z", "2024-12-11T23:40:00Z"]);
  const order = inc.timeline.filter((e) => e.kind === "recovery" || e.kind === "partial-recovery").map((e) => e.kind);
  assert.ok(!order.includes("recovery"), "no 'Service restored' before the partial recovery");
  // negative: a full recovery after the partial one stands
  const after = doc({ url: "https://c.example/after", title: "All back", publishedAt: "2024-12-12T09:00:00Z", failed: ["Facebook"],
    times: [{ role: "recovery", utc: "2024-12-12T01:00:00Z" }] });
  const inc2 = buildIncident("s", [evening, late, after], now);
  assert.equal(inc2.endedAt, "2024-12-12T01:00:00Z");
  assert.equal(inc2.endKind, "full-recovery");
});

test("an end derived from 'several hours' that falls before a partial recovery is dropped", () => {
  const a = doc({ url: "https://a.example/1", title: "Down", publishedAt: "2024-12-12T01:00:00Z", failed: ["Facebook"],
    times: [{ role: "start", utc: "2024-12-11T17:30:00Z" }, { role: "partial-recovery", utc: "2024-12-12T00:00:00Z", granularity: "hour" }], durations: [{ minutes: 240, vague: true }] });
  const inc = buildIncident("s", [a], now);
  assert.equal(inc.endedAt, "2024-12-12T00:00:00Z");
  assert.equal(inc.endKind, "partial-recovery");
});

test("a document's own clock time supersedes its own part of day: no phantom conflict; another document's vague start still conflicts", () => {
  const a = doc({ url: "https://a.example/1", title: "Down", publishedAt: "2021-10-04T17:05:00Z", failed: ["Facebook"],
    times: [{ role: "start", utc: "2021-10-04T15:40:00Z" }, { role: "start", utc: "2021-10-04T18:00:00Z", granularity: "part-of-day" }] });
  const inc = buildIncident("s", [a], now);
  assert.equal(inc.startedAt, "2021-10-04T15:40:00Z");
  assert.equal(inc.conflicts.filter((c) => c.field === "start").length, 0);
  const b = doc({ url: "https://b.example/1", title: "Down", publishedAt: "2021-10-04T23:05:00Z", failed: ["Facebook"],
    times: [{ role: "start", utc: "2021-10-04T21:00:00Z", granularity: "part-of-day" }] });
  assert.equal(buildIncident("s", [a, b], now).conflicts.filter((c) => c.field === "start").length, 1);
});

test("a start known to the part of day is sharpened by an acknowledgement inside it, not by one outside it", () => {
  const a = doc({ url: "https://a.example/1", title: "Panne", lang: "fr", publishedAt: "2020-03-17T23:00:00Z", failed: ["Fortnite"],
    times: [{ role: "start", utc: "2020-03-17T19:00:00Z", granularity: "part-of-day" }, { role: "acknowledged", utc: "2020-03-17T18:45:00Z" }] });
  assert.equal(buildIncident("s", [a], now).startedAt, "2020-03-17T18:45:00Z");
  const b = doc({ url: "https://b.example/1", title: "Panne", lang: "fr", publishedAt: "2020-03-17T23:00:00Z", failed: ["Fortnite"],
    times: [{ role: "start", utc: "2020-03-17T19:00:00Z", granularity: "part-of-day" }, { role: "acknowledged", utc: "2020-03-17T23:30:00Z" }] });
  assert.equal(buildIncident("s", [b], now).startedAt, "2020-03-17T19:00:00Z");
});

test("every headline fact cites its sources", () => {
  const a = doc({ url: "https://a.example/1", title: "Down", publishedAt: "2025-05-24T20:00:00Z", failed: ["X"],
    times: [{ role: "start", utc: "2025-05-24T14:00:00Z" }], causes: [{ category: "hardware-or-datacenter", status: "reported", summary: "A fire." }] });
  const b = doc({ url: "https://b.example/1", title: "Back", publishedAt: "2025-05-24T21:00:00Z", failed: ["X"], times: [{ role: "recovery", utc: "2025-05-24T18:00:00Z" }] });
  const inc = buildIncident("s", [a, b], now);
  assert.deepEqual(inc.factSources, { start: ["https://a.example/1"], end: ["https://b.example/1"], duration: ["https://a.example/1", "https://b.example/1"], cause: ["https://a.example/1"] });
});

test("an end clock time that falls before the start is on the next day; one after the start is kept as is", () => {
  const a = doc({ url: "https://a.example/1", lang: "fr", title: "Panne", publishedAt: "2020-03-17T00:00:00Z", failed: ["Fortnite"],
    times: [{ role: "start", utc: "2020-03-17T18:45:00Z" }, { role: "end", utc: "2020-03-16T22:30:00Z" }] });
  assert.equal(buildIncident("s", [a], now).endedAt, "2020-03-17T22:30:00Z");
  const b = doc({ url: "https://b.example/1", title: "Down", publishedAt: "2020-03-17T23:00:00Z", failed: ["Fortnite"],
    times: [{ role: "start", utc: "2020-03-17T18:45:00Z" }, { role: "end", utc: "2020-03-17T22:30:00Z" }] });
  assert.equal(buildIncident("s", [b], now).endedAt, "2020-03-17T22:30:00Z");
  const far = doc({ url: "https://c.example/1", title: "Down", publishedAt: "2020-03-17T23:00:00Z", failed: ["Fortnite"],
    times: [{ role: "start", utc: "2020-03-17T18:45:00Z" }, { role: "end", utc: "2020-03-15T22:30:00Z" }] });
  assert.equal(buildIncident("s", [far], now).endedAt, null, "two days before is another outage's, not a misplaced day");
});
