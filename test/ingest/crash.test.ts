// Crash safety: the ingest process SIGKILLed at random moments, re-run each time, then run to the
// end; and two runs at once. The database must pass integrity_check, hold no duplicates and end
// with every article. CRASH_LOOP=1 kills 20 times (default 5).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import Database from "better-sqlite3";
import { startFixtureServer, send, articlePage, type FixtureServer, type Route } from "./helpers/fixture-server";

const FEEDS = 3;
const PER_FEED = 60;
const KILLS = process.env.CRASH_LOOP === "1" ? 20 : 5;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-crash-"));
let srv: FixtureServer;

const feed = (b: string, f: number): string => `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${f}</title><language>en</language>${Array.from(
  { length: PER_FEED },
  (_, i) => `<item><title>Feed ${f} story ${i}</title><link>${b}/a/${f}-${i}</link><guid>${b}/a/${f}-${i}</guid><pubDate>Tue, 05 Mar 2024 15:00:00 GMT</pubDate></item>`,
).join("")}</channel></rss>`;

// pages answer after a delay so that a run lasts seconds and a kill lands in the middle of it
const slowPage: Route = (req, res) => {
  const id = req.url!.split("/").pop();
  setTimeout(() => send(articlePage({ title: `Story ${id}`, paragraphs: [`Body of story ${id}: a service went down and came back later that day.`] }), { "content-type": "text/html" })(req, res, ""), 40);
};

before(async () => {
  const routes: Record<string, Route> = {};
  for (let f = 0; f < FEEDS; f++) routes[`/feed${f}.xml`] = (q, s, b) => send(feed(b, f), { "content-type": "application/rss+xml" })(q, s, b);
  for (let f = 0; f < FEEDS; f++) for (let i = 0; i < PER_FEED; i++) routes[`/a/${f}-${i}`] = slowPage;
  srv = await startFixtureServer(routes);
});
after(async () => {
  await srv.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function startIngest(dbFile: string, withUrls = true) {
  const urls = withUrls ? Array.from({ length: FEEDS }, (_, f) => `${srv.base}/feed${f}.xml`) : [];
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", "--no-process", ...urls], {
    env: { ...process.env, DATABASE_URL: `file:${dbFile}` },
  });
  let err = "";
  child.stderr.on("data", (d) => (err += d));
  const done = new Promise<{ code: number | null; signal: string | null; err: string }>((r) => child.on("close", (code, signal) => r({ code, signal, err })));
  return { child, done };
}

function checkDatabase(file: string): void {
  const db = new Database(file, { readonly: true });
  try {
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    const dupUrls = db.prepare(`SELECT COUNT(*) - COUNT(DISTINCT url) AS n FROM "Document"`).get() as { n: number };
    const dupHash = db.prepare(`SELECT COUNT(*) - COUNT(DISTINCT "contentHash") AS n FROM "Document"`).get() as { n: number };
    const dupGuid = db.prepare(`SELECT COUNT(*) - COUNT(DISTINCT guid) AS n FROM "Document"`).get() as { n: number };
    assert.deepEqual([dupUrls.n, dupHash.n, dupGuid.n], [0, 0, 0], "no duplicate documents");
    const urls = new Set((db.prepare(`SELECT url FROM "Document"`).all() as { url: string }[]).map((r) => r.url));
    for (let f = 0; f < FEEDS; f++) for (let i = 0; i < PER_FEED; i++) assert.ok(urls.has(`${srv.base}/a/${f}-${i}`), `missing ${f}-${i}`);
    assert.equal(urls.size, FEEDS * PER_FEED);
    const empty = db.prepare(`SELECT COUNT(*) AS n FROM "Document" WHERE text = '' OR title = ''`).get() as { n: number };
    assert.equal(empty.n, 0, "no half-written document");
    const sources = db.prepare(`SELECT COUNT(*) AS n FROM "Source"`).get() as { n: number };
    assert.equal(sources.n, FEEDS);
  } finally {
    db.close();
  }
}

test(`SIGKILL at random moments (${KILLS} times), re-run each time: intact, no duplicates, complete`, { timeout: 600_000 }, async () => {
  const file = path.join(dir, "killed.db");
  let killedMidRun = 0;
  for (let k = 0; k < KILLS; k++) {
    // every run has work left (half the articles forgotten), so it outlasts the kill's delay:
    // at least 90 pages x 40 ms over 2 connections, after about a second of start-up
    if (fs.existsSync(file)) {
      const w = new Database(file, { timeout: 15000 });
      // a kill during start-up can land before the schema is written: then there is nothing to forget
      if (w.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'Document'`).get()) w.prepare(`DELETE FROM "Document" WHERE id % 2 = ?`).run(k % 2);
      w.close();
    }
    const run = startIngest(file);
    const delay = 300 + Math.random() * 2000;
    const timer = setTimeout(() => run.child.kill("SIGKILL"), delay);
    const r = await run.done;
    clearTimeout(timer);
    if (r.signal === "SIGKILL") killedMidRun++;
    else assert.equal(r.code, 0, r.err);
    // an unfinished run may leave any subset of articles, but never a damaged file
    if (!fs.existsSync(file)) continue;
    const db = new Database(file, { readonly: true });
    assert.equal(db.pragma("integrity_check", { simple: true }), "ok");
    db.close();
  }
  const last = await startIngest(file).done;
  assert.equal(last.code, 0, last.err);
  console.log(`# ${killedMidRun}/${KILLS} kills landed mid-run`);
  assert.ok(killedMidRun >= Math.ceil(KILLS / 2), `most kills landed mid-run (${killedMidRun}/${KILLS})`);
  checkDatabase(file);
});

test("two ingest runs at once: no duplicates, no 'database is locked'", { timeout: 300_000 }, async () => {
  const file = path.join(dir, "concurrent.db");
  // the first open migrates; doing it once up front keeps the two runs racing on ingest itself
  assert.equal((await startIngest(file, false).done).code, 0);
  const [a, b] = await Promise.all([startIngest(file).done, startIngest(file).done]);
  assert.equal(a.code, 0, a.err);
  assert.equal(b.code, 0, b.err);
  assert.doesNotMatch(a.err + b.err, /database is locked|SQLITE_BUSY/i);
  checkDatabase(file);
});
