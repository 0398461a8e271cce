// Two `npm run worker` processes on one database and the same 100 sources (issue 21): each due
// source is fetched once per schedule, never by both workers together, and every story is
// stored once. Runs on SQLite, and on PostgreSQL under TEST_BACKEND=postgres (FOR UPDATE SKIP LOCKED).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { useTempDatabase } from "./helpers/temp-database";
import { startFixtureServer, send, articlePage, type FixtureServer, type Route } from "./helpers/fixture-server";

const { dir } = useTempDatabase("two-workers");
const SOURCES = 100;
const INTERVAL_S = 20;
const RUN_MS = 60_000; // a minute, as issue 21 asks
const rss = { "content-type": "application/rss+xml" };
const requests = new Map<string, number[]>(); // feed path -> request times
let srv: FixtureServer;

const counted = (p: string, route: Route): Route => (q, s, b) => {
  requests.set(p, [...(requests.get(p) ?? []), Date.now()]);
  route(q, s, b);
};

before(async () => {
  const routes: Record<string, Route> = {};
  for (let n = 0; n < SOURCES; n++) {
    routes[`/feed-${n}.xml`] = counted(`/feed-${n}.xml`, (q, s, b) => send(`<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${n}</title>
<item><title>Story ${n}</title><link>${b}/story-${n}</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item></channel></rss>`, rss)(q, s, b));
    routes[`/story-${n}`] = send(articlePage({ title: `Story ${n}`, paragraphs: [`Story number ${n}, long enough to stand as the body of an article page on its own.`] }), { "content-type": "text/html" });
  }
  srv = await startFixtureServer(routes);
  const { registerSources } = await import("../../lib/ingest/ingest-sources");
  await registerSources(Array.from({ length: SOURCES }, (_, n) => ({ url: `${srv.base}/feed-${n}.xml` })));
});
after(async () => {
  const { closeDb } = await import("../../lib/db/client");
  await closeDb();
  await srv.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function worker(name: string): { child: ChildProcess; out: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts", "--interval", String(INTERVAL_S), "--concurrency", "8", "--health", path.join(dir, `${name}.json`)], {
    env: { ...process.env, INGEST_ALLOW_PRIVATE: srv.base },
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  return { child, out: () => out, exited: new Promise((r) => child.on("close", (code) => r(code))) };
}

test("two workers on 100 sources: each fetched once per schedule, 0 duplicates stored", { timeout: 300_000 }, async () => {
  const workers = [worker("w1"), worker("w2")];
  await new Promise((r) => setTimeout(r, RUN_MS));
  for (const w of workers) w.child.kill("SIGTERM");
  const codes = await Promise.all(workers.map((w) => w.exited));
  if (process.env.TWO_WORKERS_LOG) fs.writeFileSync(process.env.TWO_WORKERS_LOG, workers.map((w) => w.out()).join("\n---\n"));
  assert.deepEqual(codes, [0, 0], workers.map((w) => w.out().slice(-2000)).join("\n---\n"));
  const polls = workers.map((w) => w.out().trim().split("\n").filter((l) => l.startsWith("{")).map((l) => JSON.parse(l)).filter((l) => l.event === "poll"));
  let duplicates = 0;
  for (let n = 0; n < SOURCES; n++) {
    const at = requests.get(`/feed-${n}.xml`) ?? [];
    assert.ok(at.length >= 2, `feed ${n} fetched ${at.length} times in ${RUN_MS / 1000} s`);
    // a schedule starts with its batch and a batch takes some seconds to fetch everything, so one
    // fetch per schedule means gaps of the interval less a batch; two workers fetching the same
    // due source (what leases prevent) are seconds apart
    for (let i = 1; i < at.length; i++) if (at[i] - at[i - 1] < (INTERVAL_S * 1000) / 2) duplicates++;
  }
  assert.equal(duplicates, 0, `${duplicates} fetches of a source within half an interval of the previous one`);
  // every fetch is one worker's logged poll: nothing fetched behind the scheduler's back
  const total = [...requests.values()].reduce((a, b) => a + b.length, 0);
  assert.equal(polls[0].length + polls[1].length, total);
  const { getDb } = await import("../../lib/db/client");
  const docs = await getDb().document.findMany({ select: { url: true } });
  assert.equal(docs.length, SOURCES, "one document per story");
  assert.equal(new Set(docs.map((d) => d.url)).size, SOURCES);
  console.log(`two workers: ${total} feed fetches (${polls[0].length} + ${polls[1].length}), 0 duplicates`);
});
