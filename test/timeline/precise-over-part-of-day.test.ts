// A time read to the hour or the minute wins over parts of the day ("dans la soirée", "ce soir"),
// however many reports give the vaguer one: they stand in only for a time no source states.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExtractedDocument } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const now = new Date("2025-06-12T00:00:00Z");

test("one precise end beats several reports that only say 'in the evening', and the conflict says why", () => {
  const precise = makeDoc({ url: "https://precise.example/1", title: "Bank app back", publishedAt: "2025-06-10T20:00:00Z", failed: ["X"],
    times: [{ role: "start", utc: "2025-06-10T08:00:00Z" }, { role: "recovery", utc: "2025-06-10T12:30:00Z" }] });
  const vague = [1, 2, 3, 4, 5, 6].map((i) => makeDoc({ url: `https://vague${i}.example/1`, title: "Bank app back", publishedAt: "2025-06-10T21:00:00Z", failed: ["X"],
    times: [{ role: "start", utc: "2025-06-10T08:00:00Z" }, { role: "recovery", utc: "2025-06-10T18:00:00Z", granularity: "part-of-day", zoneExplicit: false }] }));
  const inc = buildIncident("s", [...vague, precise], now);
  assert.equal(inc.endedAt, "2025-06-10T12:30:00Z");
  const c = inc.conflicts.find((x) => x.field === "end")!;
  assert.equal(c.chosen, "2025-06-10T12:30:00Z");
  assert.match(c.why, /more precise than/);
});

test("with no precise end, a part of the day gives the end", () => {
  const a = makeDoc({ url: "https://a.example/1", title: "Bank app back", publishedAt: "2025-06-10T21:00:00Z", failed: ["X"],
    times: [{ role: "start", utc: "2025-06-10T08:00:00Z" }, { role: "recovery", utc: "2025-06-10T18:00:00Z", granularity: "part-of-day", zoneExplicit: false }] });
  const inc = buildIncident("s", [a], now);
  assert.equal(inc.endedAt, "2025-06-10T18:00:00Z");
  assert.equal(inc.durationMinutes, 600);
});

test("a promise quoted for 'ce soir' in several articles does not override the end one of them states", () => {
  const text = (withTime: boolean) =>
    "Le site de la banque est tombé à 9 h 10. " + (withTime ? "Le service a été rétabli à 14 h 30. " : "") +
    "« Tout sera revenu à la normale ce soir », avait assuré un porte-parole dans la matinée.";
  const docs = [true, false, false, false, false, false].map((withTime, i) => asExtracted(i, text(withTime)));
  const inc = buildIncident("s", docs, now);
  assert.equal(inc.endedAt, "2025-06-10T12:30:00Z");
});

function asExtracted(i: number, text: string): ExtractedDocument {
  const publishedAt = "2025-06-10T19:00:00Z";
  const facts = extractArticle({
    url: `https://press${i}.example/a`, kind: "news", lang: "fr", title: "Panne de la banque en ligne", text,
    publishedAt: new Date(publishedAt), sourceName: `press${i}`, sourceZone: null,
  });
  return { id: i + 1, url: `https://press${i}.example/a`, title: "Panne", kind: "news", lang: "fr", publishedAt, sourceName: `press${i}`, facts };
}

test("a start known to the day or the part of day that holds the clock-time start agrees with it: no conflict, and it supports it", () => {
  // 'the October 4 outage' (an operator's post, day only) and 'lundi soir' hold 'from 17:40 Paris time'
  const a = makeDoc({ url: "https://a.example/clock", title: "Panne", lang: "fr", publishedAt: "2025-10-06T20:00:00Z", failed: ["Instagram"],
    times: [{ role: "start", utc: "2025-10-06T15:40:00Z", zoneExplicit: true }] });
  const b = makeDoc({ url: "https://b.example/day", title: "Update about the October 6 outage", kind: "official", publishedAt: "2025-10-07T01:00:00Z", failed: ["Instagram"],
    times: [{ role: "start", utc: "2025-10-06T19:00:00Z", granularity: "day" }] });
  const c = makeDoc({ url: "https://c.example/soir", title: "Panne", lang: "fr", publishedAt: "2025-10-06T21:00:00Z", failed: ["Instagram"],
    times: [{ role: "start", utc: "2025-10-06T17:00:00Z", granularity: "part-of-day" }] });
  const inc = buildIncident("s", [a, b, c], new Date("2026-01-01T00:00:00Z"));
  assert.equal(inc.startedAt, "2025-10-06T15:40:00Z");
  assert.ok(!inc.conflicts.some((x) => x.field === "start"), JSON.stringify(inc.conflicts));
  assert.deepEqual(inc.factSources?.start, ["https://a.example/clock", "https://b.example/day", "https://c.example/soir"]);
  // negative: a day-known start on another day is a conflict
  const d = makeDoc({ url: "https://d.example/other", title: "Outage", publishedAt: "2025-10-07T20:00:00Z", failed: ["Instagram"],
    times: [{ role: "start", utc: "2025-10-07T19:00:00Z", granularity: "day" }] });
  assert.ok(buildIncident("s", [a, d], new Date("2026-01-01T00:00:00Z")).conflicts.some((x) => x.field === "start"));
});
