// Our own held-out corpora (test/fixtures/own-corpus and own-corpus-2, scored by `npm run
// eval:own-corpus [-- --second | --all]`) are in the shape the scorer reads, stay unseen (no
// incident of train, dev, the demo or the other set), and the check that says so catches each kind
// of broken label.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { corpusProblems } from "../../scripts/corpus-problems";
import { readCorpus } from "../../scripts/own-corpus";

type Row = Record<string, unknown>;
const FIRST = path.resolve("test/fixtures/own-corpus");
const SECOND = path.resolve("test/fixtures/own-corpus-2");
const articlesOf = (dir: string): Row[] => readCorpus(dir).articles;
const incidentsOf = (dir: string): Row[] => readCorpus(dir).incidents;

const perIncident = (a: Row[]): Map<string, number> => {
  const m = new Map<string, number>();
  for (const x of a) if (x.incident) m.set(String(x.incident), (m.get(String(x.incident)) ?? 0) + 1);
  return m;
};

for (const [name, dir] of [["first", FIRST], ["second", SECOND]] as const) {
  test(`the ${name} own corpus is well-formed`, () => {
    assert.deepEqual(corpusProblems(articlesOf(dir), incidentsOf(dir)), []);
  });
}

test("the two own corpora merged (npm run eval:own-corpus -- --all) share no article, url or incident id", () => {
  const a = [...articlesOf(FIRST), ...articlesOf(SECOND)];
  const g = [...incidentsOf(FIRST), ...incidentsOf(SECOND)];
  assert.deepEqual(corpusProblems(a, g), []);
});

test("the first own corpus has its make-up: 16+ outages of 2-4 articles, 20+ look-alikes, both languages", () => {
  const a = articlesOf(FIRST);
  const n = perIncident(a);
  assert.ok(n.size >= 16, `${n.size} incidents`);
  for (const [id, k] of n) assert.ok(k >= 2 && k <= 4, `${id} has ${k} articles`);
  const negatives = a.filter((x) => x.incident === null);
  assert.ok(negatives.length >= 20, `${negatives.length} look-alikes`);
  for (const lang of ["fr", "en"]) {
    assert.ok(a.filter((x) => x.lang === lang && x.incident).length >= 18, `few ${lang} outage articles`);
    assert.ok(negatives.filter((x) => x.lang === lang).length >= 8, `few ${lang} look-alikes`);
  }
});

test("the second own corpus covers what the first under-represents", () => {
  const a = articlesOf(SECOND);
  const g = incidentsOf(SECOND);
  const n = perIncident(a);
  assert.ok(n.size >= 15, `${n.size} incidents`);
  assert.ok(a.filter((x) => x.incident).length >= 38, "about 40 outage articles");
  assert.ok([...n.values()].filter((k) => k === 1).length >= 3, "several single-article outages");
  const negatives = a.filter((x) => x.incident === null);
  assert.ok(negatives.length >= 20, `${negatives.length} look-alikes`);
  for (const lang of ["fr", "en"]) {
    assert.ok(a.filter((x) => x.lang === lang && x.incident).length >= 15, `few ${lang} outage articles`);
    assert.ok(negatives.filter((x) => x.lang === lang).length >= 9, `few ${lang} look-alikes`);
  }
  const day = (x: Row): string => String(x.id).slice(0, 10);
  const service = (x: Row): string => String((x.services as string[])[0]);
  assert.ok(g.some((x) => g.some((y) => x !== y && day(x) === day(y) && service(x) !== service(y))), "two unrelated outages on one day");
  assert.ok(g.some((x) => g.some((y) => x !== y && service(x) === service(y))), "two outages of one operator");
  assert.ok(g.some((x) => Array.isArray(x.affected) && x.affected.length >= 3), "a provider outage told from its victims' side");
  assert.ok(g.some((x) => typeof x.duration_minutes === "number" && x.duration_minutes > 2 * 1440), "a multi-day outage");
  assert.ok(a.some((x) => x.incident && x.published_at === null), "an outage article without a publication time");
  assert.ok(g.filter((x) => x.cause_category === null).length >= 3, "several unknown causes");
});

test("neither own corpus names an incident of train, dev, the demo or the other set (they must stay unseen)", () => {
  const first = new Set(incidentsOf(FIRST).map((x) => String(x.id)));
  const second = new Set(incidentsOf(SECOND).map((x) => String(x.id)));
  const seen: string[] = [];
  for (const c of ["train", "dev"]) {
    const f = path.resolve("../shared/corpus", c, "incidents.json");
    if (fs.existsSync(f)) seen.push(...(JSON.parse(fs.readFileSync(f, "utf8")) as Row[]).map((x) => String(x.id)));
  }
  const demo = JSON.parse(fs.readFileSync(path.resolve("demo/articles.json"), "utf8")) as { articles: { outage: string | null }[] };
  seen.push(...demo.articles.map((x) => String(x.outage)));
  for (const id of seen) assert.ok(!first.has(id) && !second.has(id), `${id} is also a labelled incident elsewhere`);
  for (const id of second) assert.ok(!first.has(id), `${id} is in both own corpora`);
});

// each break below is one a hand-written label can have; the check must name it, in either set
const breaks: [string, (a: Row[], g: Row[]) => void, RegExp][] = [
  ["an article of an unknown incident", (a) => { a.find((x) => x.incident)!.incident = "2026-01-01-nowhere"; }, /not in incidents\.json/],
  ["two articles with one id", (a) => { a[1].id = a[0].id; }, /used twice/],
  ["a language other than fr/en", (a) => { a[0].lang = "de"; }, /lang is not fr or en/],
  ["an incident without services", (_a, g) => { g[0].services = []; }, /services must name/],
  ["a cause outside the contract", (_a, g) => { g[0].cause_category = ["electricity"]; }, /cause_category/],
  ["an end before the start", (_a, g) => { const x = g.find((i) => i.start_utc && i.end_utc)!; x.end_utc = x.start_utc; }, /end_utc is not after/],
  ["a duration that contradicts start and end", (_a, g) => { const x = g.find((i) => i.start_utc && i.end_utc && i.duration_minutes)!; x.duration_minutes = Number(x.duration_minutes) + 60; }, /does not match/],
  ["a local time written as UTC without Z", (_a, g) => { const x = g.find((i) => i.start_utc)!; x.start_utc = String(x.start_utc).replace("Z", "+02:00"); }, /start_utc is neither null nor an ISO UTC time/],
  ["a negative article that carries an incident", (a) => { a.find((x) => x.incident)!.kind = "negative"; }, /negative article carries/],
  ["an incident no article carries", (a, g) => { const id = String(g[0].id); for (const x of a) if (x.incident === id) x.incident = g[1].id; }, /no article carries/],
  ["a missing times_approximate", (_a, g) => { delete g[0].times_approximate; }, /times_approximate/],
  ["an outage article without an incident", (a) => { a.find((x) => x.incident)!.incident = null; }, /must be of kind negative/],
];
for (const [name, dir] of [["first", FIRST], ["second", SECOND]] as const) {
  for (const [what, breakIt, expected] of breaks) {
    test(`the check catches ${what} (${name} set)`, () => {
      const a = articlesOf(dir), g = incidentsOf(dir);
      breakIt(a, g);
      const problems = corpusProblems(a, g);
      assert.ok(problems.some((p) => expected.test(p)), `not caught: ${problems.join(" | ") || "no problem reported"}`);
    });
  }
}

test("the check catches an id shared by the two sets once merged", () => {
  const a = [...articlesOf(FIRST), ...articlesOf(SECOND)];
  const g = [...incidentsOf(FIRST), ...incidentsOf(SECOND)];
  g[g.length - 1].id = g[0].id;
  assert.ok(corpusProblems(a, g).some((p) => /used twice/.test(p)));
});
