// The bundled demo dataset: enough real outages in both languages, non-outage articles, sane
// lengths and dates, and a loader that refuses broken data with a clear error.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { demoDataDir, loadDemoData } from "../../lib/demo/load-demo-data";

const data = loadDemoData();
const words = (ps: string[]) => ps.join(" ").split(/\s+/).filter(Boolean).length;

test("covers at least six outages, each in French and in English", () => {
  const byOutage = new Map<string, Set<string>>();
  for (const a of data.articles) if (a.outage) byOutage.set(a.outage, (byOutage.get(a.outage) ?? new Set()).add(a.lang));
  assert.ok(byOutage.size >= 6, `only ${byOutage.size} outages`);
  for (const [outage, langs] of byOutage) assert.deepEqual([...langs].sort(), ["en", "fr"], `${outage} lacks a language`);
  for (const key of ["2021-10-04-meta", "2024-03-05-meta", "2024-12-11-meta", "2024-07-19-crowdstrike", "2025-05-24-x", "2025-11-18-cloudflare"]) {
    assert.ok(byOutage.has(key), `missing ${key}`);
    assert.ok(data.articles.filter((a) => a.outage === key).length >= 2, `${key} has fewer than 2 articles`);
  }
});

test("has non-outage articles in both languages, some naming the same services", () => {
  const others = data.articles.filter((a) => a.outage === null);
  assert.ok(others.length >= 4);
  assert.deepEqual([...new Set(others.map((a) => a.lang))].sort(), ["en", "fr"]);
  assert.ok(others.some((a) => /Facebook|Instagram|WhatsApp/.test(a.paragraphs.join(" "))), "a hard negative mentions Meta apps");
});

test("articles are short news pieces (80-250 words) published with an offset", () => {
  for (const a of data.articles) {
    const n = words(a.paragraphs);
    assert.ok(n >= 80 && n <= 250, `${a.id} has ${n} words`);
    assert.ok(!Number.isNaN(Date.parse(a.publishedAt)), a.id);
  }
});

test("every outage is published by at least two outlets, and some articles come after the outage day", () => {
  const outages = new Set(data.articles.map((a) => a.outage).filter(Boolean));
  for (const o of outages) assert.ok(new Set(data.articles.filter((a) => a.outage === o).map((a) => a.outlet)).size >= 2, String(o));
  assert.ok(data.articles.some((a) => a.outage && a.publishedAt.slice(0, 10) > a.outage.slice(0, 10)));
});

test("official statements and the Statuspage describe outages of the dataset", () => {
  const outages = new Set(data.articles.map((a) => a.outage));
  assert.ok(data.statements.length >= 5);
  for (const s of data.statements) assert.ok(outages.has(s.outage), `${s.id} is about an outage with no article`);
  const incidents = data.statuspage.incidents as { id: string; name: string; status: string; created_at: string; resolved_at: string; components: unknown[]; incident_updates: { id: string; status: string; body: string; created_at: string; display_at: string }[] }[];
  assert.ok(incidents.length >= 1);
  for (const inc of incidents) {
    for (const k of ["id", "name", "status", "created_at", "resolved_at"] as const) assert.equal(typeof inc[k], "string", k);
    assert.ok(Array.isArray(inc.components) && inc.components.length > 0);
    assert.ok(inc.incident_updates.length >= 3);
    assert.deepEqual([...new Set(inc.incident_updates.map((u) => u.status))].sort(), ["identified", "investigating", "monitoring", "resolved"]);
    for (const u of inc.incident_updates) assert.ok(u.body.length > 20 && !Number.isNaN(Date.parse(u.display_at)));
  }
});

test("the ISO-8859-1 outlet's texts are all Latin-1", () => {
  const latin1 = data.outlets.filter((o) => o.encoding === "iso-8859-1").map((o) => o.slug);
  assert.equal(latin1.length, 1);
  const texts = data.articles.filter((a) => latin1.includes(a.outlet));
  assert.ok(texts.length >= 3 && texts.some((a) => /[éèàç]/.test(a.paragraphs.join(""))), "the Latin-1 feed needs accented text to test");
});

// the demo files as loose JSON: each case breaks one field of them
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type DemoFiles = Record<string, any>;

function brokenCopy(edit: (files: DemoFiles) => void): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-data-"));
  const files: DemoFiles = {};
  for (const f of ["outlets.json", "articles.json", "official.json", "statuspage.json"]) files[f] = JSON.parse(fs.readFileSync(path.join(demoDataDir(), f), "utf8"));
  edit(files);
  for (const [f, v] of Object.entries(files)) fs.writeFileSync(path.join(dir, f), JSON.stringify(v));
  return dir;
}

test("the loader refuses broken data with a message naming the problem", () => {
  const cases: [(f: DemoFiles) => void, RegExp][] = [
    [(f) => { f["articles.json"].articles[0].publishedAt = "2021-10-04T13:05:00"; }, /publishedAt needs an offset/],
    [(f) => { f["articles.json"].articles[0].outlet = "nowhere"; }, /unknown outlet nowhere/],
    [(f) => { f["articles.json"].articles.find((a: { outlet: string }) => a.outlet === "la-depeche-tech").paragraphs[0] += " l’œuvre"; }, /not encodable/],
    [(f) => { f["articles.json"].articles[1].id = f["articles.json"].articles[0].id; }, /duplicate id/],
    [(f) => { f["statuspage.json"] = { page: {} }; }, /no incidents array/],
  ];
  for (const [edit, message] of cases) {
    const dir = brokenCopy(edit);
    try {
      assert.throws(() => loadDemoData(dir), message);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
});
