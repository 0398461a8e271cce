// Who said what at the incident level, impact figures merged, and the cause's history.
import { test } from "node:test";
import assert from "node:assert/strict";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const now = new Date("2025-01-10T00:00:00Z");

test("a spokesperson with no organisation speaks for the company the article is about; a rival's official jab is a reaction", () => {
  const a = makeDoc({ url: "https://a.example/1", lang: "fr", title: "Panne de Facebook", publishedAt: "2024-03-05T18:10:00Z", failed: ["Facebook", "Instagram"],
    statements: [
      { quote: "Nous avons résolu le problème.", speaker: "Andy Stone", role: "porte-parole", organisation: null, official: true },
      { quote: "Si vous lisez ceci, nos serveurs marchent.", speaker: "X", role: "official account", organisation: "X Corp", official: true },
      { quote: "C'est en général l'authentification.", speaker: "un chercheur joint par la rédaction", role: "expert", organisation: null, official: false },
    ] });
  const inc = buildIncident("s", [a], now);
  const stone = inc.statements.find((s) => s.speaker === "Andy Stone")!;
  assert.equal(stone.organisation, "Meta");
  assert.ok(!inc.statements.some((s) => s.organisation === "X Corp"), "the rival's jab is not a statement");
  assert.ok(inc.reactions.some((r) => r.kind === "rival-post" && r.who === "X" && /serveurs/.test(r.text)));
  assert.ok(!inc.timeline.some((e) => e.kind === "statement" && /serveurs marchent/.test(e.text)));
  // an expert is not given an organisation
  assert.equal(inc.statements.find((s) => s.role === "expert")!.organisation, null);
});

test("the operator speaking in its own outage stays a statement (negative case for the rival rule)", () => {
  const a = makeDoc({ url: "https://a.example/1", title: "X down", publishedAt: "2025-05-24T18:00:00Z", failed: ["X"],
    statements: [{ quote: "We are working to restore service now.", speaker: "X", role: "official account", organisation: "X Corp", official: true }] });
  const inc = buildIncident("s", [a], now);
  assert.equal(inc.statements.length, 1);
  assert.equal(inc.reactions.length, 0);
});

test("an operator's newsroom post is a statement of its own, named by the organisation", () => {
  const post = makeDoc({ url: "https://newsroom.example/update", kind: "official", title: "Update about today's outage", publishedAt: "2021-10-05T00:30:00Z", failed: ["Facebook"] });
  post.facts.speaksFor = "meta";
  const inc = buildIncident("s", [post], now);
  const s = inc.statements.find((x) => x.source === "https://newsroom.example/update")!;
  assert.deepEqual([s.speaker, s.role, s.organisation, s.official, s.quote], ["Meta", "newsroom post", "Meta", true, "Update about today's outage"]);
  // a news article is no post
  const news = makeDoc({ url: "https://a.example/1", title: "Facebook down", publishedAt: "2021-10-04T18:00:00Z", failed: ["Facebook"] });
  assert.equal(buildIncident("s", [news], now).statements.length, 0);
});

test("the same figure from two documents is one impact with both sources; different figures stay apart", () => {
  const a = makeDoc({ url: "https://a.example/1", title: "Down", publishedAt: "2024-12-11T20:00:00Z", failed: ["Facebook"], impacts: [{ kind: "reports-count", value: 100000, label: null, by: "Downdetector" }] });
  const b = makeDoc({ url: "https://b.example/1", title: "Down", publishedAt: "2024-12-11T21:00:00Z", failed: ["Facebook"],
    impacts: [{ kind: "reports-count", value: 100000, label: null }, { kind: "devices", value: 8500000, label: null }] });
  const inc = buildIncident("s", [a, b], now);
  const reports = inc.impacts.filter((i) => i.kind === "reports-count");
  assert.equal(reports.length, 1);
  assert.deepEqual(reports[0].sources, ["https://a.example/1", "https://b.example/1"]);
  assert.equal(reports[0].by, "Downdetector");
  assert.ok(inc.impacts.some((i) => i.kind === "devices" && i.value === 8500000));
});

test("cause history: speculated then confirmed by the operator's own post; 'no explanation given' left out", () => {
  const guess = makeDoc({ url: "https://a.example/1", title: "Down", publishedAt: "2021-12-07T17:00:00Z", failed: ["AWS"],
    causes: [{ category: "unknown", status: "reported", summary: "No explanation was given." }, { category: "cyberattack", status: "speculated", summary: "Some suspect an attack." }] });
  const summary = makeDoc({ url: "https://aws.example/summary", kind: "official", title: "Summary of the event", publishedAt: "2021-12-10T20:00:00Z", failed: ["AWS"],
    causes: [{ category: "capacity-overload", status: "reported", summary: "An automated scaling activity congested devices." }] });
  const inc = buildIncident("s", [guess, summary], now);
  assert.deepEqual(inc.causeHistory!.map((c) => [c.category, c.status, c.at]), [
    ["cyberattack", "speculated", "2021-12-07T17:00:00Z"],
    ["capacity-overload", "confirmed", "2021-12-10T20:00:00Z"],
  ]);
  assert.equal(inc.cause?.category, "capacity-overload");
  assert.equal(inc.cause?.status, "confirmed", "the operator's own summary confirms");
  // the press reporting the same words is not the operator
  const press = makeDoc({ url: "https://b.example/1", title: "Down", publishedAt: "2021-12-08T20:00:00Z", failed: ["AWS"],
    causes: [{ category: "capacity-overload", status: "reported", summary: "Scaling congested devices, reports say." }] });
  assert.equal(buildIncident("s", [press], now).cause?.status, "reported");
});
