// The demo web through the real ingest CLI (fetching only, --no-process): every article, statement
// and status update becomes one document of the right kind and language, with the page's text and
// without its chrome; a second run finds nothing new.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { allowPrivateOrigin } from "../../lib/ingest/fetcher/address-policy";
import { startDemoServer, type DemoServer } from "../../lib/demo/serve-demo";
import { loadDemoData } from "../../lib/demo/load-demo-data";
import { articlePath, statementPath } from "../../lib/demo/demo-urls";
import { siteChrome } from "../../lib/demo/data/site-chrome";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-demo-ingest-"));
process.env.DATABASE_URL = `file:${path.join(dir, "demo.db")}`;
const { getDb, closeDb } = await import("../../lib/db/client");
const data = loadDemoData();
let srv: DemoServer;

before(async () => {
  srv = await startDemoServer();
  allowPrivateOrigin(srv.baseUrl); // the ingest refuses 127.0.0.1 unless named
  fs.writeFileSync(path.join(dir, "sources.json"), JSON.stringify(srv.sources));
});
after(async () => {
  await srv.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

function ingest(): Promise<{ code: number | null; out: string }> {
  const args = ["--import", "tsx", "scripts/ingest.ts", "--sources", path.join(dir, "sources.json"), "--no-process"];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.stderr.on("data", (c) => (out += c));
    child.on("exit", (code) => resolve({ code, out }));
  });
}

test("ingest stores every demo item once, typed and in its language, and a re-run adds nothing", { timeout: 120_000 }, async () => {
  const first = await ingest();
  assert.equal(first.code, 0, first.out);
  const docs = await getDb().document.findMany();
  const updates = (data.statuspage.incidents as { incident_updates: unknown[] }[]).reduce((n, i) => n + i.incident_updates.length, 0);
  assert.equal(docs.length, data.articles.length + data.statements.length + updates, first.out);
  const byUrl = new Map(docs.map((d) => [d.url, d]));
  for (const a of data.articles) {
    const d = byUrl.get(srv.baseUrl + articlePath(a));
    assert.ok(d, `no document for ${a.id}`);
    assert.equal(d.kind, "news");
    assert.equal(d.title, a.title);
    assert.equal(d.lang?.slice(0, 2), a.lang);
    assert.equal(d.publishedAt?.toISOString(), new Date(a.publishedAt).toISOString());
    for (const p of a.paragraphs) assert.ok(d.text.includes(p), `${a.id} lacks: ${p.slice(0, 50)}`);
    const chrome = siteChrome[a.lang];
    for (const junk of [chrome.cookie, chrome.newsletter, chrome.legal[0]]) assert.ok(!d.text.includes(junk), `${a.id} kept chrome: ${junk}`);
  }
  for (const s of data.statements) assert.equal(byUrl.get(srv.baseUrl + statementPath(s))?.kind, "official", s.id);
  assert.equal(docs.filter((d) => d.kind === "status" && d.statusValue).length, updates);
  const second = await ingest();
  assert.equal(second.code, 0, second.out);
  assert.equal(await getDb().document.count(), docs.length, "no duplicates on a second run");
});
