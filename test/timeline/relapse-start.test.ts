// An outage that came back: its relapse's start ("down again since Wednesday morning") gives way to the
// earlier start another document states; alone, it stays the start.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";
import type { ExtractedDocument } from "../../lib/domain/types";

const now = new Date("2026-05-20T00:00:00Z");
const relapsed = (doc: ExtractedDocument): ExtractedDocument => ({ ...doc, facts: { ...doc.facts, times: doc.facts.times.map((f) => (f.role === "start" ? { ...f, relapse: true } : f)) } });
const firstDay = () => makeDoc({ url: "https://press.example/1", title: "Licence portal down", publishedAt: "2026-05-12T18:00:00Z", outageDay: "2026-05-12", failed: ["SAAQclic"],
  times: [{ role: "start", utc: "2026-05-12T11:00:00Z", granularity: "hour", zoneExplicit: false }] });
const relapse = () => relapsed(makeDoc({ url: "https://press.example/2", title: "Licence portal down again", publishedAt: "2026-05-13T15:00:00Z", outageDay: "2026-05-13", failed: ["SAAQclic"],
  times: [{ role: "start", utc: "2026-05-13T12:05:00Z" }, { role: "recovery", utc: "2026-05-14T00:00:00Z", granularity: "hour", zoneExplicit: false }] }));

test("a relapse's start, precise as it is, gives way to the earlier start of the outage", () => {
  const inc = buildIncident("s", [firstDay(), relapse()], now);
  assert.equal(inc.startedAt, "2026-05-12T11:00:00Z");
  assert.equal(inc.endedAt, "2026-05-14T00:00:00Z");
});

test("a relapse told alone keeps its start; a start after it is no earlier start", () => {
  assert.equal(buildIncident("s", [relapse()], now).startedAt, "2026-05-13T12:05:00Z");
  const later = makeDoc({ url: "https://press.example/3", title: "Licence portal", publishedAt: "2026-05-13T20:00:00Z", outageDay: "2026-05-13", failed: ["SAAQclic"],
    times: [{ role: "start", utc: "2026-05-13T14:00:00Z", granularity: "part-of-day", zoneExplicit: false }] });
  assert.equal(buildIncident("s", [relapse(), later], now).startedAt, "2026-05-13T12:05:00Z");
});
