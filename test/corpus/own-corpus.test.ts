// Our own held-out corpus (test/fixtures/own-corpus, scored by `npm run eval:own-corpus`) is in the
// shape the scorer reads, and the check that says so catches each kind of broken label.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { corpusProblems } from "../../scripts/corpus-problems";

type Row = Record<string, unknown>;
const dir = path.resolve("test/fixtures/own-corpus");
const articles = (): Row[] => fs.readFileSync(path.join(dir, "articles.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Row);
const incidents = (): Row[] => JSON.parse(fs.readFileSync(path.join(dir, "incidents.json"), "utf8")) as Row[];

test("the own corpus is well-formed", () => {
  assert.deepEqual(corpusProblems(articles(), incidents()), []);
});

test("the own corpus has its make-up: 16+ outages of 2-4 articles, 20+ look-alikes, both languages", () => {
  const a = articles();
  const perIncident = new Map<string, number>();
  for (const x of a) if (x.incident) perIncident.set(String(x.incident), (perIncident.get(String(x.incident)) ?? 0) + 1);
  assert.ok(perIncident.size >= 16, `${perIncident.size} incidents`);
  for (const [id, n] of perIncident) assert.ok(n >= 2 && n <= 4, `${id} has ${n} articles`);
  const negatives = a.filter((x) => x.incident === null);
  assert.ok(negatives.length >= 20, `${negatives.length} look-alikes`);
  for (const lang of ["fr", "en"]) {
    assert.ok(a.filter((x) => x.lang === lang && x.incident).length >= 18, `few ${lang} outage articles`);
    assert.ok(negatives.filter((x) => x.lang === lang).length >= 8, `few ${lang} look-alikes`);
  }
});

test("the own corpus names no incident of train, dev or the demo (it must stay unseen)", () => {
  const ours = new Set(incidents().map((g) => String(g.id)));
  const seen: string[] = [];
  for (const c of ["train", "dev"]) {
    const f = path.resolve("../shared/corpus", c, "incidents.json");
    if (fs.existsSync(f)) seen.push(...(JSON.parse(fs.readFileSync(f, "utf8")) as Row[]).map((g) => String(g.id)));
  }
  const demo = JSON.parse(fs.readFileSync(path.resolve("demo/articles.json"), "utf8")) as { articles: { outage: string | null }[] };
  seen.push(...demo.articles.map((x) => String(x.outage)));
  for (const id of seen) assert.ok(!ours.has(id), `${id} is also a labelled incident elsewhere`);
});

// each break below is one a hand-written label can have; the check must name it
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
];
for (const [what, breakIt, expected] of breaks) {
  test(`the check catches ${what}`, () => {
    const a = articles(), g = incidents();
    breakIt(a, g);
    const problems = corpusProblems(a, g);
    assert.ok(problems.some((p) => expected.test(p)), `not caught: ${problems.join(" | ") || "no problem reported"}`);
  });
}
