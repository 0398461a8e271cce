// Building an incident: times reconciled with conflicts, cause supersession, services, titles, status.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const now = new Date("2021-10-10T00:00:00Z");

test("an official status update to the minute wins over vague press times, and both are kept as a conflict", () => {
  const press = makeDoc({ url: "https://press.example/a", title: "Apps down", publishedAt: "2021-10-04T18:00:00Z",
    failed: ["Facebook"], times: [{ role: "start", utc: "2021-10-04T13:00:00Z", granularity: "hour", zoneExplicit: false }] });
  const status = makeDoc({ url: "https://status.example/b", kind: "status", title: "Investigating", publishedAt: "2021-10-04T16:00:00Z",
    failed: ["Facebook"], times: [{ role: "start", utc: "2021-10-04T15:39:00Z", granularity: "minute" }] });
  const inc = buildIncident("s", [press, status], now);
  assert.equal(inc.startedAt, "2021-10-04T15:39:00Z");
  const c = inc.conflicts.find((x) => x.field === "start")!;
  assert.ok(c, "the disagreement is recorded");
  assert.equal(c.chosen, "2021-10-04T15:39:00Z");
  assert.deepEqual(c.values.map((v) => v.sources), [["https://status.example/b"], ["https://press.example/a"]]);
  assert.match(c.why, /status update/);
});

test("'about an hour' against 16h-18h30: both durations kept with sources, the precise range used", () => {
  const vague = makeDoc({ url: "https://press.example/hour", title: "Outage", publishedAt: "2024-03-05T18:00:00Z", failed: ["Instagram"], durations: [{ minutes: 60, approximate: true }] });
  const range = makeDoc({ url: "https://press.example/range", lang: "fr", title: "Panne", publishedAt: "2024-03-05T19:00:00Z", failed: ["Instagram"],
    ranges: [{ role: "start", start: "2024-03-05T15:00:00Z", end: "2024-03-05T17:30:00Z" }] });
  const inc = buildIncident("s", [vague, range], now);
  assert.equal(inc.startedAt, "2024-03-05T15:00:00Z");
  assert.equal(inc.endedAt, "2024-03-05T17:30:00Z");
  assert.equal(inc.durationMinutes, 150);
  const c = inc.conflicts.find((x) => x.field === "duration")!;
  assert.ok(c, "duration conflict recorded");
  assert.deepEqual(c.values, [{ value: 150, sources: ["https://press.example/range"] }, { value: 60, sources: ["https://press.example/hour"] }]);
  assert.equal(c.chosen, 150);
});

test("the end comes from start + duration when no end is stated, and agreeing sources make no conflict", () => {
  const a = makeDoc({ url: "https://a.example/1", title: "X down", publishedAt: "2025-05-24T13:00:00Z", failed: ["X"], times: [{ role: "start", utc: "2025-05-24T12:00:00Z" }] });
  const b = makeDoc({ url: "https://b.example/2", title: "X back", publishedAt: "2025-05-24T17:00:00Z", failed: ["X"],
    times: [{ role: "start", utc: "2025-05-24T12:20:00Z", granularity: "hour" }], durations: [{ minutes: 210 }] });
  const inc = buildIncident("s", [a, b], new Date("2025-05-24T18:00:00Z"));
  assert.equal(inc.startedAt, "2025-05-24T12:00:00Z");
  assert.equal(inc.endedAt, "2025-05-24T15:30:00Z");
  assert.equal(inc.durationMinutes, 210);
  assert.deepEqual(inc.conflicts, []);
  assert.equal(inc.status, "resolved");
});

test("a start recalled from an earlier outage is not this incident's start", () => {
  const a = makeDoc({ url: "https://a.example/1", title: "X down again", publishedAt: "2025-05-24T14:00:00Z", failed: ["X"],
    times: [{ role: "start", utc: "2025-05-24T12:00:00Z", granularity: "hour" }, { role: "start", utc: "2025-05-20T09:00:00Z" }] });
  assert.equal(buildIncident("s", [a], now).startedAt, "2025-05-24T12:00:00Z");
  const b = makeDoc({ url: "https://b.example/1", title: "X down again", publishedAt: "2025-05-24T14:00:00Z", failed: ["X"],
    times: [{ role: "report", utc: "2025-05-24T12:10:00Z" }, { role: "report", utc: "2025-05-20T09:00:00Z" }] });
  assert.equal(buildIncident("s", [b], now).timeline.find((e) => e.kind === "first-reports")?.at, "2025-05-24T12:10:00Z");
});

test("a later confirmed cause replaces an earlier speculation, which stays superseded", () => {
  const early = makeDoc({ url: "https://a.example/early", title: "Cyberattack?", publishedAt: "2021-10-04T17:00:00Z", failed: ["Facebook"],
    causes: [{ category: "cyberattack", status: "speculated", summary: "Some users suspected a hack." }] });
  const early2 = makeDoc({ url: "https://b.example/early", title: "Hack?", publishedAt: "2021-10-04T17:30:00Z", failed: ["Facebook"],
    causes: [{ category: "cyberattack", status: "speculated", summary: "Rumours of an attack." }] });
  const confirmed = makeDoc({ url: "https://c.example/pm", kind: "official", title: "What happened", publishedAt: "2021-10-06T10:00:00Z", outageDay: "2021-10-04", failed: ["Facebook"],
    causes: [{ category: "config-change", status: "confirmed", summary: "A faulty configuration change on backbone routers." }] });
  const inc = buildIncident("s", [early, early2, confirmed], now);
  assert.equal(inc.cause?.category, "config-change");
  assert.equal(inc.cause?.status, "confirmed");
  assert.deepEqual(inc.cause?.sources, ["https://c.example/pm"]);
  assert.equal(inc.cause?.superseded?.[0].category, "cyberattack");
  assert.deepEqual(inc.cause?.superseded?.[0].sources, ["https://a.example/early", "https://b.example/early"]);
  assert.ok(inc.timeline.some((e) => e.kind === "postmortem" && e.sources[0] === "https://c.example/pm"));
});

test("no cause when no source states one", () => {
  const a = makeDoc({ url: "https://a.example/1", title: "Down", publishedAt: "2021-10-04T17:00:00Z", failed: ["Facebook"] });
  assert.equal(buildIncident("s", [a], now).cause, null);
});

test("services by how many documents say they failed; one-off failed or knock-on services are left out; titles in both languages", () => {
  const docs = [
    makeDoc({ url: "https://a.example/1", title: "a", publishedAt: "2021-10-04T17:00:00Z", failed: ["WhatsApp", "Facebook", "Instagram"], knockOn: ["Oculus"] }),
    makeDoc({ url: "https://a.example/2", title: "b", publishedAt: "2021-10-04T17:00:00Z", failed: ["Facebook", "Instagram", "WhatsApp"] }),
    makeDoc({ url: "https://a.example/3", title: "c", publishedAt: "2021-10-04T17:00:00Z", failed: ["Facebook", "Instagram", "X"] }),
  ];
  const inc = buildIncident("s", docs, now);
  assert.deepEqual(inc.services, ["Facebook", "Instagram", "WhatsApp"], "X, said failed by one document of three, is left out");
  assert.equal(inc.title, "Facebook, Instagram and WhatsApp outage");
  assert.equal(inc.titleFr, "Panne de Facebook, Instagram et WhatsApp");
  assert.equal(buildIncident("s", [docs[0], { ...docs[1], url: "https://a.example/4", facts: { ...docs[1].facts, services: [...docs[0].facts.services] } }], now).services.includes("Oculus"), false,
    "a knock-on victim is not among the services that failed, however many documents name it");
  assert.equal(buildIncident("s", [makeDoc({ url: "https://a.example/i", title: "i", failed: ["Instagram"] })], now).titleFr, "Panne d'Instagram");
});

test("status: ongoing while recent and unresolved, resolved by an end, a resolved status update, or age", () => {
  const start = makeDoc({ url: "https://a.example/1", title: "Down", publishedAt: "2025-06-12T18:00:00Z", failed: ["Google Cloud"], times: [{ role: "start", utc: "2025-06-12T17:50:00Z" }] });
  assert.equal(buildIncident("s", [start], new Date("2025-06-12T20:00:00Z")).status, "ongoing");
  assert.equal(buildIncident("s", [start], new Date("2025-06-15T20:00:00Z")).status, "resolved");
  const resolved = makeDoc({ url: "https://status.example/2", kind: "status", title: "Resolved", publishedAt: "2025-06-12T19:00:00Z", failed: ["Google Cloud"], statusValue: "resolved" });
  assert.equal(buildIncident("s", [start, resolved], new Date("2025-06-12T20:00:00Z")).status, "resolved");
});

test("timeline in order with sources; lists carry their source; documents listed once", () => {
  const a = makeDoc({ url: "https://a.example/1", title: "Down", publishedAt: "2021-10-04T17:00:00Z", failed: ["Facebook"],
    times: [{ role: "report", utc: "2021-10-04T15:42:00Z" }, { role: "start", utc: "2021-10-04T15:39:00Z" }, { role: "recovery", utc: "2021-10-04T21:45:00Z" }],
    statements: [{ quote: "We are working to get things back to normal.", speaker: "Andy Example", role: "spokesperson", organisation: "Meta", official: true }],
    reactions: [{ kind: "hashtag", who: null, text: "#facebookdown trends" }],
    impacts: [{ kind: "reports-count", value: 100000, label: null }] });
  const inc = buildIncident("2021-10-04-facebook", [a], now);
  assert.deepEqual(inc.timeline.map((e) => e.kind), ["start", "first-reports", "statement", "reaction", "recovery"]);
  assert.ok(inc.timeline.every((e) => e.sources.length > 0 && !Number.isNaN(Date.parse(e.at))));
  assert.equal(inc.statements[0].source, "https://a.example/1");
  assert.equal(inc.impacts[0].value, 100000);
  assert.equal(inc.reactions[0].source, "https://a.example/1");
  assert.deepEqual(inc.documents, [{ url: "https://a.example/1", title: "Down", lang: "en", publishedAt: "2021-10-04T17:00:00Z", kind: "news", source: "a.example" }]);
  assert.equal(inc.status, "resolved");
});

test("rejects an invalid `now`", () => {
  assert.throws(() => buildIncident("s", [], new Date("nope")), /buildIncident: `now`/);
});

test("a document repeating one time does not outvote two documents agreeing on another", () => {
  const loud = makeDoc({ url: "https://a.example/loud", title: "t", publishedAt: "2021-10-04T22:00:00Z", failed: ["Facebook"],
    times: [{ role: "start", utc: "2021-10-04T20:50:00Z" }, { role: "start", utc: "2021-10-04T21:05:00Z" }, { role: "start", utc: "2021-10-04T20:55:00Z" }] });
  const b = makeDoc({ url: "https://b.example/1", title: "t", publishedAt: "2021-10-04T18:00:00Z", failed: ["Facebook"], times: [{ role: "start", utc: "2021-10-04T15:45:00Z" }] });
  const c = makeDoc({ url: "https://c.example/1", title: "t", publishedAt: "2021-10-04T18:00:00Z", failed: ["Facebook"], times: [{ role: "start", utc: "2021-10-04T16:00:00Z" }] });
  assert.equal(buildIncident("s", [loud, b, c], now).startedAt, "2021-10-04T15:45:00Z");
});

test("a counted duration ('près de cinq heures') outweighs a vague one ('several hours'), and the end follows from it", () => {
  const vague = makeDoc({ url: "https://a.example/vague", title: "Apps down", publishedAt: "2024-06-02T20:00:00Z", failed: ["Instagram"],
    times: [{ role: "start", utc: "2024-06-02T14:00:00Z" }], durations: [{ minutes: 240, approximate: true, vague: true }] });
  const counted = makeDoc({ url: "https://b.example/counted", lang: "fr", title: "Panne", publishedAt: "2024-06-02T21:00:00Z", failed: ["Instagram"],
    durations: [{ minutes: 300, approximate: true }] });
  const inc = buildIncident("s", [vague, counted], now);
  assert.equal(inc.durationMinutes, 300);
  assert.equal(inc.endedAt, "2024-06-02T19:00:00Z");
});

test("a stated duration that outweighs end - start from two sources holds, and the coarser instant follows from it", () => {
  const start = makeDoc({ url: "https://a.example/start", title: "Outage", publishedAt: "2024-06-02T16:00:00Z", failed: ["Facebook"],
    times: [{ role: "start", utc: "2024-06-02T15:00:00Z", granularity: "hour" }] });
  const end = makeDoc({ url: "https://b.example/end", lang: "fr", title: "Retour", publishedAt: "2024-06-02T19:00:00Z", failed: ["Facebook"],
    times: [{ role: "end", utc: "2024-06-02T18:00:00Z" }] });
  const stated = makeDoc({ url: "https://c.example/stated", title: "Outage over", publishedAt: "2024-06-02T19:30:00Z", failed: ["Facebook"],
    durations: [{ minutes: 120, approximate: true }] });
  const inc = buildIncident("s", [start, end, stated], now);
  assert.equal(inc.endedAt, "2024-06-02T18:00:00Z");
  assert.equal(inc.startedAt, "2024-06-02T16:00:00Z");
  assert.equal(inc.durationMinutes, 120);
  assert.equal(inc.conflicts.find((c) => c.field === "duration")?.chosen, 120);
});

test("a vague duration ('for several hours') neither overrides nor disputes a stated start and end", () => {
  const vague = makeDoc({ url: "https://a.example/vague", title: "Apps back after hours-long outage", publishedAt: "2024-12-12T08:00:00Z", failed: ["WhatsApp"],
    times: [{ role: "start", utc: "2024-12-11T17:30:00Z" }], durations: [{ minutes: 240, approximate: true, vague: true }] });
  const end = makeDoc({ url: "https://b.example/end", lang: "fr", title: "Retour", publishedAt: "2024-12-12T09:00:00Z", failed: ["WhatsApp"],
    times: [{ role: "end", utc: "2024-12-12T01:00:00Z" }] });
  const inc = buildIncident("s", [vague, end], now);
  assert.equal(inc.startedAt, "2024-12-11T17:30:00Z");
  assert.equal(inc.endedAt, "2024-12-12T01:00:00Z");
  assert.equal(inc.durationMinutes, 450);
  assert.equal(inc.conflicts.find((x) => x.field === "duration"), undefined);
});

test("a length elapsed so far in a live report does not outweigh the outage's stated length", () => {
  const live = makeDoc({ url: "https://a.example/live", lang: "fr", title: "Panne en cours", publishedAt: "2024-06-02T15:00:00Z", failed: ["Instagram"],
    times: [{ role: "start", utc: "2024-06-02T14:00:00Z" }], durations: [{ minutes: 60, approximate: true, ongoing: true }] });
  const after = makeDoc({ url: "https://b.example/after", title: "Outage over", publishedAt: "2024-06-02T21:00:00Z", failed: ["Instagram"],
    durations: [{ minutes: 300, approximate: true }] });
  const inc = buildIncident("s", [live, after], now);
  assert.equal(inc.durationMinutes, 300);
});

test("knock-on victims are listed apart as affected services, never beside the services that failed", () => {
  const docs = [
    makeDoc({ url: "https://a.example/1", title: "a", publishedAt: "2024-07-19T09:00:00Z", failed: ["Cloudflare"], knockOn: ["Discord", "Shopify"] }),
    makeDoc({ url: "https://a.example/2", title: "b", publishedAt: "2024-07-19T09:30:00Z", failed: ["Cloudflare"], knockOn: ["Discord"] }),
  ];
  const inc = buildIncident("s", docs, now);
  assert.deepEqual(inc.services, ["Cloudflare"]);
  assert.deepEqual(inc.affectedServices, ["Discord", "Shopify"], "the victim most documents name first");
  // a service that more documents say failed than call a victim is a failed service, not affected
  const own = makeDoc({ url: "https://a.example/3", title: "c", publishedAt: "2024-07-19T10:00:00Z", failed: ["Cloudflare", "Discord"] });
  const own2 = makeDoc({ url: "https://a.example/4", title: "d", publishedAt: "2024-07-19T10:00:00Z", failed: ["Discord"] });
  const own3 = makeDoc({ url: "https://a.example/5", title: "e", publishedAt: "2024-07-19T10:30:00Z", failed: ["Discord"] });
  const mixed = buildIncident("s", [...docs, own, own2, own3], now);
  assert.ok(mixed.services.includes("Discord"));
  assert.equal(mixed.affectedServices?.includes("Discord") ?? false, false);
  // none: the field is absent
  assert.equal("affectedServices" in buildIncident("s", [own2], now), false);
});
