// A start known only to the day: the day the texts name stands in for a start no source dates, and
// an instant known to the day measures no length (our own cases).
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const later = new Date("2025-07-01T00:00:00Z");

test("with no time for the start, the day the article names is the start, to the day, with no duration", () => {
  const a = makeDoc({ url: "https://a.example/day", title: "LinkedIn down", publishedAt: "2025-06-12T09:00:00Z", outageDay: "2025-06-11", failed: ["LinkedIn"],
    times: [{ role: "other", utc: "2025-06-11T16:00:00Z", granularity: "day" }] });
  const inc = buildIncident("s", [a], later);
  assert.equal(inc.startedAt, "2025-06-11T00:00:00Z");
  assert.equal(inc.phases?.impactStart?.precision, "day");
  assert.equal(inc.durationMinutes, null);
  assert.deepEqual(inc.factSources?.start, ["https://a.example/day"]);
});

test("a day named in the text beats a publication day; with neither, no start", () => {
  const named = makeDoc({ url: "https://a.example/named", title: "Outage", publishedAt: "2025-06-12T09:00:00Z", outageDay: "2025-06-11", failed: ["Slack"],
    times: [{ role: "other", utc: "2025-06-11T10:00:00Z", granularity: "day" }] });
  const pubOnly = makeDoc({ url: "https://b.example/pub", title: "Outage", publishedAt: "2025-06-12T09:00:00Z", outageDay: "2025-06-12", failed: ["Slack"] });
  const pubOnly2 = makeDoc({ url: "https://c.example/pub", title: "Outage", publishedAt: "2025-06-12T10:00:00Z", outageDay: "2025-06-12", failed: ["Slack"] });
  assert.equal(buildIncident("s", [named, pubOnly, pubOnly2], later).startedAt, "2025-06-11T00:00:00Z");
  assert.equal(buildIncident("s", [pubOnly, pubOnly2], later).startedAt, "2025-06-12T00:00:00Z");
  const undated = makeDoc({ url: "https://d.example/none", title: "Outage", publishedAt: null, outageDay: null, failed: ["Slack"] });
  assert.equal(buildIncident("s", [undated], later).startedAt, null);
});

test("a start known only to the day gives no duration with a clock-time end, and a stated duration places it from the end", () => {
  const a = makeDoc({ url: "https://a.example/d", title: "Outage", publishedAt: "2025-06-12T09:00:00Z", failed: ["Slack"],
    times: [{ role: "start", utc: "2025-06-11T12:00:00Z", granularity: "day" }, { role: "recovery", utc: "2025-06-11T21:00:00Z" }] });
  const inc = buildIncident("s", [a], later);
  assert.equal(inc.endedAt, "2025-06-11T21:00:00Z");
  assert.equal(inc.durationMinutes, null);
  const b = makeDoc({ url: "https://b.example/d", title: "Outage", publishedAt: "2025-06-12T09:00:00Z", failed: ["Slack"],
    times: [{ role: "start", utc: "2025-06-11T12:00:00Z", granularity: "day" }, { role: "recovery", utc: "2025-06-11T21:00:00Z" }], durations: [{ minutes: 150 }] });
  const inc2 = buildIncident("s", [b], later);
  assert.equal(inc2.startedAt, "2025-06-11T18:30:00Z");
  assert.equal(inc2.durationMinutes, 150);
});

test("an end known only to the day is placed by a precise start and a stated duration, not the other way", () => {
  const a = makeDoc({ url: "https://a.example/e", title: "Outage", publishedAt: "2025-06-12T09:00:00Z", failed: ["Slack"],
    times: [{ role: "start", utc: "2025-06-11T08:47:00Z" }, { role: "recovery", utc: "2025-06-11T17:00:00Z", granularity: "day" }], durations: [{ minutes: 25 }] });
  const inc = buildIncident("s", [a], later);
  assert.equal(inc.startedAt, "2025-06-11T08:47:00Z");
  assert.equal(inc.endedAt, "2025-06-11T09:12:00Z");
});

test("reports of trouble at a start's time corroborate it against one source's reading a day off", () => {
  // one outlet's clock time lands a day early; two others report trouble at the same clock on the right day
  const off = makeDoc({ url: "https://a.example/off", title: "Wiki down", publishedAt: "2025-06-11T08:00:00Z", outageDay: "2025-06-10", failed: ["Wikipedia"],
    times: [{ role: "start", utc: "2025-06-09T18:00:00Z", zoneExplicit: true }] });
  const right = makeDoc({ url: "https://b.example/right", title: "Wiki down", publishedAt: "2025-06-11T09:00:00Z", outageDay: "2025-06-10", failed: ["Wikipedia"],
    times: [{ role: "start", utc: "2025-06-10T18:00:00Z", granularity: "hour", zoneExplicit: true }] });
  const reports = makeDoc({ url: "https://c.example/reports", title: "Wiki down", publishedAt: "2025-06-11T10:00:00Z", outageDay: "2025-06-10", failed: ["Wikipedia"],
    times: [{ role: "report", utc: "2025-06-10T18:10:00Z", zoneExplicit: true }] });
  const inc = buildIncident("s", [off, right, reports], later);
  assert.equal(inc.startedAt, "2025-06-10T18:00:00Z");
  // negative: without the reports, the minute reading outweighs the hour one
  assert.equal(buildIncident("s", [off, right], later).startedAt, "2025-06-09T18:00:00Z");
});

test("a length elapsed so far ('down for three days now') places no end", () => {
  const a = makeDoc({ url: "https://a.example/sofar", title: "Cables cut", publishedAt: "2025-06-13T12:00:00Z", outageDay: "2025-06-10", failed: ["ACE"],
    times: [{ role: "start", utc: "2025-06-10T05:00:00Z" }], durations: [{ minutes: 3 * 1440, ongoing: true }] });
  assert.equal(buildIncident("s", [a], later).endedAt, null);
  // negative: a length told as over does
  const b = makeDoc({ url: "https://b.example/over", title: "Cables cut", publishedAt: "2025-06-13T12:00:00Z", outageDay: "2025-06-10", failed: ["ACE"],
    times: [{ role: "start", utc: "2025-06-10T05:00:00Z" }], durations: [{ minutes: 300 }] });
  assert.equal(buildIncident("s", [b], later).endedAt, "2025-06-10T10:00:00Z");
});

test("a recovery the same afternoon is no end before a start known only to the day", () => {
  // 'Monday's outage ... marked closed at 4:30pm', the start read as Monday at its midday in a zone west of UTC
  const a = makeDoc({ url: "https://a.example/mon", title: "Network outage", publishedAt: "2025-06-10T06:00:00Z", outageDay: "2025-06-09", failed: ["M-Pesa"],
    times: [{ role: "start", utc: "2025-06-09T16:00:00Z", granularity: "day" }, { role: "recovery", utc: "2025-06-09T13:30:00Z" }], durations: [{ minutes: 60, approximate: true }] });
  const inc = buildIncident("s", [a], later);
  assert.equal(inc.endedAt, "2025-06-09T13:30:00Z");
  assert.equal(inc.startedAt, "2025-06-09T12:30:00Z");
  // negative: a start read to the clock ('à 16 h') puts a clock-time end before it on the next day
  const b = makeDoc({ url: "https://b.example/lundi", title: "Panne", lang: "fr", publishedAt: "2025-06-10T06:00:00Z", outageDay: "2025-06-09", failed: ["M-Pesa"],
    times: [{ role: "start", utc: "2025-06-09T16:00:00Z" }, { role: "recovery", utc: "2025-06-09T13:30:00Z" }] });
  assert.equal(buildIncident("s", [b], later).endedAt, "2025-06-10T13:30:00Z");
});

test("a start read only to the day is written as its date, midnight UTC, whatever zone's midday it was read at; a clock start keeps its time", () => {
  // "since Tuesday" in Tokyo (midday there is 03:00 UTC) and in Los Angeles (20:00 UTC): the same date
  const tokyo = makeDoc({ url: "https://a.example/jp", title: "Outage", publishedAt: "2025-06-12T09:00:00Z", outageDay: "2025-06-10", failed: ["LINE"],
    times: [{ role: "start", utc: "2025-06-10T03:00:00Z", granularity: "day" }] });
  assert.equal(buildIncident("s", [tokyo], later).startedAt, "2025-06-10T00:00:00Z");
  const la = makeDoc({ url: "https://b.example/la", title: "Outage", publishedAt: "2025-06-12T09:00:00Z", outageDay: "2025-06-10", failed: ["Slack"],
    times: [{ role: "start", utc: "2025-06-10T19:00:00Z", granularity: "day" }] });
  assert.equal(buildIncident("s", [la], later).startedAt, "2025-06-10T00:00:00Z");
  // negative: an hour keeps its clock
  const hour = makeDoc({ url: "https://c.example/h", title: "Outage", publishedAt: "2025-06-12T09:00:00Z", outageDay: "2025-06-10", failed: ["Slack"],
    times: [{ role: "start", utc: "2025-06-10T19:00:00Z", granularity: "hour" }] });
  assert.equal(buildIncident("s", [hour], later).startedAt, "2025-06-10T19:00:00Z");
});

test("with publication days only, the first report's day is the start's, however many follow-ups come the next day; a page dated years back is not", () => {
  const live = makeDoc({ url: "https://a.example/live", title: "Outage", publishedAt: "2025-06-11T21:00:00Z", outageDay: "2025-06-11", failed: ["Slack"] });
  const next = (i: number) => makeDoc({ url: `https://f${i}.example/next`, title: "Outage", publishedAt: "2025-06-12T08:00:00Z", outageDay: "2025-06-12", failed: ["Slack"] });
  assert.equal(buildIncident("s", [live, next(1), next(2), next(3)], later).startedAt, "2025-06-11T00:00:00Z");
  // negative: a misdated page two years back does not drag the day
  const stale = makeDoc({ url: "https://s.example/old", title: "Outage", publishedAt: "2023-06-11T08:00:00Z", outageDay: "2023-06-11", failed: ["Slack"] });
  assert.equal(buildIncident("s", [stale, next(1), next(2)], later).startedAt, "2025-06-12T00:00:00Z");
});

test("a start known only to the day counts to the end of that day before an operator's confirmed account is a postmortem", () => {
  const day = makeDoc({ url: "https://a.example/day", title: "Outage", publishedAt: "2025-06-11T20:00:00Z", outageDay: "2025-06-11", failed: ["Slack"],
    times: [{ role: "start", utc: "2025-06-11T16:00:00Z", granularity: "day" }] });
  const account = (at: string) => makeDoc({ url: `https://op.example/${at}`, kind: "official", title: "What happened", publishedAt: at, outageDay: "2025-06-11", failed: ["Slack"],
    causes: [{ category: "config-change", status: "confirmed", summary: "A faulty configuration change." }] });
  // the next morning is within a day of the outage's day: not yet a postmortem
  const soon = buildIncident("s", [day, account("2025-06-12T09:00:00Z")], later);
  assert.equal(soon.startedAt, "2025-06-11T00:00:00Z");
  assert.ok(!soon.timeline.some((e) => e.kind === "postmortem"), JSON.stringify(soon.timeline.map((e) => e.kind)));
  const after = buildIncident("s", [day, account("2025-06-13T09:00:00Z")], later);
  assert.ok(after.timeline.some((e) => e.kind === "postmortem"));
});

test("a start known only to the day is the day where it was read: east of UTC+12 its midday is the day before in UTC (en, fr), west of it the same day", async () => {
  const { extractArticle } = await import("../../lib/extract/extract-article");
  const read = (lang: "en" | "fr", text: string, publishedAt: string, sourceZone: string) => {
    const url = `https://press-${lang}.example/a`;
    const facts = extractArticle({ url, kind: "news", lang, title: lang === "fr" ? "Panne du réseau mobile" : "Mobile network down", text, publishedAt: new Date(publishedAt), sourceName: "press", sourceZone });
    return buildIncident("s", [{ id: 1, url, title: "x", kind: "news", lang, publishedAt, sourceName: "press", facts }], later).startedAt;
  };
  // Tuesday 14 January 2025, 20:00 in Auckland's summer time (UTC+13): Tuesday's midday there is Monday 23:00 UTC
  assert.equal(read("en", "Thousands of customers lost mobile data on Tuesday as the carrier's network went down across the country.", "2025-01-14T07:00:00Z", "Pacific/Auckland"), "2025-01-14T00:00:00Z");
  assert.equal(read("fr", "Des milliers d'abonnés ont perdu l'internet mobile mardi, le réseau de l'opérateur étant tombé en panne dans tout le pays.", "2025-01-14T07:00:00Z", "Pacific/Auckland"), "2025-01-14T00:00:00Z");
  // control: Tahiti (UTC-10), Tuesday's midday is Tuesday 22:00 UTC, the same date either way
  assert.equal(read("fr", "Des milliers d'abonnés ont perdu l'internet mobile mardi, le réseau de l'opérateur étant tombé en panne dans tout le pays.", "2025-01-15T05:00:00Z", "Pacific/Tahiti"), "2025-01-14T00:00:00Z");
});
