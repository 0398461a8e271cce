// The generated lead: what failed and when, how long, why with its certainty, how big, in each
// language, each clause with the sources that state it, and no other-language words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeLead } from "../../lib/lead/make-lead";
import type { IncidentExport } from "../../lib/domain/types";

const inc: Parameters<typeof makeLead>[0] = {
  services: ["Facebook", "Instagram", "WhatsApp"],
  startedAt: "2021-10-04T15:40:00Z", endedAt: "2021-10-04T21:40:00Z", durationMinutes: 360, status: "resolved",
  cause: { category: "network-bgp-dns", summary: "Des changements de configuration sur les routeurs…", status: "confirmed", sources: ["https://a.example/1"] },
  timeline: [
    { at: "2021-10-04T15:40:00Z", precision: "minute", kind: "start", text: "Outage begins", sources: ["https://b.example/start"] },
    { at: "2021-10-04T21:40:00Z", precision: "minute", kind: "recovery", text: "Service restored", sources: ["https://c.example/end"] },
  ],
  impacts: [
    { kind: "reports-count", value: 12500, label: null, source: "https://d.example/n" },
    { kind: "reports-count", value: 900, label: null, source: "https://e.example/n" },
    { kind: "countries", value: "France, United States", label: null, source: "https://f.example/c" },
  ] as IncidentExport["impacts"],
};

test("English lead: services, start in UTC, duration and end, cause with certainty, size, place", () => {
  const lead = makeLead(inc, "en");
  const text = lead.map((c) => c.text).join(" ");
  assert.match(text, /Facebook, Instagram and WhatsApp stopped working on 4 October 2021 at 15:40 UTC/);
  assert.match(text, /lasted 6 hrs?, until 21:40 UTC\./);
  assert.match(text, /Cause: network \(BGP\/DNS\), confirmed by the operator\./);
  assert.match(text, /Up to 12,500 problem reports/);
  assert.match(text, /Reported in: France and United States\./);
  assert.equal(lead[0].localAt, inc.startedAt, "the start is also shown in the reader's zone");
  assert.deepEqual(lead[0].sources, ["https://b.example/start"]);
  assert.deepEqual(lead[1].sources, ["https://c.example/end"]);
  assert.deepEqual(lead[2].sources, ["https://a.example/1"]);
  assert.deepEqual(lead[3].sources, ["https://d.example/n"], "the largest count, from its own source");
});

test("French lead: same facts in French words, country names in French, no extracted summary", () => {
  const text = makeLead(inc, "fr").map((c) => c.text).join(" ");
  assert.match(text, /Facebook, Instagram et WhatsApp ont cessé de fonctionner le 4 octobre 2021 à 15:40 UTC/);
  assert.match(text, /La panne a duré 6\sh, jusqu'à 21:40 UTC\./);
  assert.match(text, /confirmée par l'opérateur/);
  assert.match(text, /12\s500 signalements/);
  assert.match(text, /France et États-Unis/);
  assert.doesNotMatch(text, /routeurs|Outage|Service restored/, "neither extracted text nor the timeline's English words");
});

test("a confirmed cause names the operator when its official statements agree on one", () => {
  const withMeta = { ...inc, statements: [{ official: true, organisation: "Meta" }, { official: false, organisation: "Cloudflare" }] };
  assert.ok(makeLead(withMeta, "en").some((c) => c.text === "Cause: network (BGP/DNS), confirmed by Meta."));
  assert.ok(makeLead(withMeta, "fr").some((c) => c.text === "Cause : réseau (BGP/DNS), confirmée par Meta."));
  const two = { ...inc, statements: [{ official: true, organisation: "Meta" }, { official: true, organisation: "X Corp" }] };
  assert.ok(makeLead(two, "en").some((c) => /confirmed by the operator/.test(c.text)), "two operators: no name");
});

test("an end on another day names that day; one service takes the singular", () => {
  const text = makeLead({ ...inc, services: ["AWS"], endedAt: "2021-10-05T07:00:00Z", durationMinutes: 920 }, "fr").map((c) => c.text).join(" ");
  assert.match(text, /AWS a cessé de fonctionner/);
  assert.match(text, /jusqu'au 5 octobre 2021 à 07:00 UTC/);
});

test("ongoing, speculated cause, unknown cause and no start are said as such", () => {
  const ongoing = makeLead({ ...inc, endedAt: null, durationMinutes: null, status: "ongoing", cause: { ...inc.cause!, status: "speculated" } }, "en").map((c) => c.text);
  assert.ok(ongoing.includes("The outage is still going on."));
  assert.ok(ongoing.some((t) => /hypothesis nobody has confirmed/.test(t)));
  const bare = makeLead({ ...inc, startedAt: null, endedAt: null, durationMinutes: null, cause: null, impacts: [] }, "en").map((c) => c.text);
  assert.deepEqual(bare, ["Facebook, Instagram and WhatsApp stopped working; no source states when.", "No source states the cause yet."]);
});

test("a start known only to the day is told as that day, with no clock time and no time in the reader's zone", () => {
  const dayOnly = { ...inc, startedAt: "2019-03-05T12:00:00Z", endedAt: null, durationMinutes: null,
    phases: { impactStart: { at: "2019-03-05T12:00:00Z", precision: "day" as const, sources: ["https://b.example/start"] } } };
  const en = makeLead(dayOnly, "en");
  assert.equal(en[0].text, "Facebook, Instagram and WhatsApp stopped working on 5 March 2019; no source gives the time of day.");
  assert.equal(en[0].localAt, undefined);
  assert.doesNotMatch(makeLead(dayOnly, "fr")[0].text, /12:00|UTC/);
  assert.match(makeLead(dayOnly, "fr")[0].text, /ont cessé de fonctionner le 5 mars 2019 ; aucune source ne donne l'heure\.$/);
  // negative: a start read to the minute keeps its clock time and the reader's zone
  const minute = { ...dayOnly, phases: { impactStart: { at: "2019-03-05T12:00:00Z", precision: "minute" as const, sources: [] } } };
  assert.match(makeLead(minute, "en")[0].text, /on 5 March 2019 at 12:00 UTC$/);
  assert.equal(makeLead(minute, "en")[0].localAt, "2019-03-05T12:00:00Z");
});
