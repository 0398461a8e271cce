// The status page decides the incident's state: open while a status incident is open and alive,
// resolved once each one's latest update closes it; silent ones and other documents do not decide.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExtractedDocument } from "../../lib/domain/types";
import { statusPageState } from "../../lib/timeline/status-page-state";

const now = new Date("2026-05-01T12:00:00Z");
const doc = (incident: string, status: string, at: string, kind: ExtractedDocument["kind"] = "status"): ExtractedDocument => ({
  id: 1, url: `https://status.example.test/incidents/${incident}#update-${status}`, title: status, kind, lang: "en", publishedAt: at, sourceName: "Nimbus", statusValue: kind === "status" ? status : null,
  facts: {
    lang: "en", isOutage: true, outageScore: 1, notOutageReason: null, services: [], times: [], durations: [], causes: [], statements: [], reactions: [], impacts: [], outageDay: null, hashtags: [],
    ...(kind === "status" ? { statusUpdate: { incident: `https://status.example.test/incidents/${incident}`, page: "https://status.example.test/", status, text: "", components: [], impact: null } } : {}),
  },
});

test("an open status incident keeps the incident ongoing, whatever the order of its updates", () => {
  assert.equal(statusPageState([doc("a", "identified", "2026-05-01T10:00:00Z"), doc("a", "investigating", "2026-05-01T09:00:00Z")], now), "ongoing");
});

test("resolved once the latest update of every status incident closes it", () => {
  const a = [doc("a", "investigating", "2026-05-01T09:00:00Z"), doc("a", "resolved", "2026-05-01T11:00:00Z")];
  assert.equal(statusPageState(a, now), "resolved");
  assert.equal(statusPageState([...a, doc("b", "monitoring", "2026-05-01T11:30:00Z")], now), "ongoing");
  assert.equal(statusPageState([doc("c", "postmortem", "2026-05-01T11:00:00Z")], now), "resolved");
});

test("a status incident silent for two days no longer decides; without status documents nothing does", () => {
  assert.equal(statusPageState([doc("a", "investigating", "2026-04-28T09:00:00Z")], now), null);
  assert.equal(statusPageState([doc("n", "resolved", "2026-05-01T11:00:00Z", "news")], now), null);
  assert.equal(statusPageState([], now), null);
});
