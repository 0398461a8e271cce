// `npm run ingest` (no source named: the configured sources that are due) beside `npm run worker` on
// one database (issue 21): each leases what it polls, so whichever starts second skips the sources
// the other is fetching, and no source is fetched twice. Runs on SQLite, and on PostgreSQL under
// TEST_BACKEND=postgres.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { spawn } from "node:child_process";
import { useTempDatabase } from "./helpers/temp-database";
import { startFixtureServer, send, articlePage, type FixtureServer, type Route } from "./helpers/fixture-server";

const { dir } = useTempDatabase("cli-worker");
const SOURCES = 8;
const rss = { "content-type": "application/rss+xml" };
const requests = new Map<string, number>(); // feed path -> fetches
let firstRequest: () => void = () => undefined;
// the first process's feeds answer only once the second process has ended (or fetched a feed
// again): its batch is in flight for the whole of the second one's run
let openGate: () => void = () => undefined;
let gate = Promise.resolve();
let srv: FixtureServer;

function feedRoute(set: string, n: number): Route {
  return (q, s, b) => {
    requests.set(q.url!, (requests.get(q.url!) ?? 0) + 1);
    if (requests.get(q.url!)! > 1) openGate();
    firstRequest();
    void gate.then(() => send(`<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet ${set}${n}</title>
<item><title>Story ${set}${n}</title><link>${b}/story-${set}${n}</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item></channel></rss>`, rss)(q, s, b));
  };
}

before(async () => {
  const routes: Record<string, Route> = {};
  for (const set of ["a", "b"])
    for (let n = 0; n < SOURCES; n++) {
      routes[`/feed-${set}${n}.xml`] = feedRoute(set, n);
      routes[`/story-${set}${n}`] = send(articlePage({ title: `Story ${set}${n}`, paragraphs: [`Story ${set}${n}, long enough to stand as the body of an article page.`] }), { "content-type": "text/html" });
    }
  srv = await startFixtureServer(routes);
});
after(async () => {
  const { closeDb } = await import("../../lib/db/client");
  await closeDb();
  await srv.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function run(script: "ingest" | "worker"): Promise<{ code: number | null; out: string }> {
  const args = script === "ingest" ? ["--no-process"] : ["--once", "--concurrency", "2", "--health", path.join(dir, "health.json")];
  const child = spawn(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], { env: { ...process.env, INGEST_ALLOW_PRIVATE: srv.base } });
  let out = "";
  child.stdout.on("data", (d) => (out += d));
  child.stderr.on("data", (d) => (out += d));
  return new Promise((r) => child.on("close", (code) => r({ code, out })));
}

async function register(set: string): Promise<void> {
  const { registerSources } = await import("../../lib/ingest/ingest-sources");
  await registerSources(Array.from({ length: SOURCES }, (_, n) => ({ url: `${srv.base}/feed-${set}${n}.xml` })));
}

/** Starts `first`, then `second` once the first has begun fetching, and lets the first's fetches
 * end after the second has run; both must end with every feed of the set fetched once. */
async function besideEachOther(set: string, first: "ingest" | "worker", second: "ingest" | "worker"): Promise<string> {
  await register(set);
  gate = new Promise((r) => (openGate = r));
  const started = new Promise<void>((r) => (firstRequest = r));
  const a = run(first);
  await started;
  const rb = await run(second);
  openGate();
  const ra = await a;
  assert.deepEqual([ra.code, rb.code], [0, 0], `${ra.out.slice(-1500)}\n---\n${rb.out.slice(-1500)}`);
  const counts = Array.from({ length: SOURCES }, (_, n) => requests.get(`/feed-${set}${n}.xml`) ?? 0);
  assert.deepEqual(counts, counts.map(() => 1), `fetches per feed: ${counts.join(" ")}`);
  const { getDb } = await import("../../lib/db/client");
  assert.equal(await getDb().document.count({ where: { url: { contains: `/story-${set}` } } }), SOURCES, "one document per story");
  return rb.out;
}

test("the CLI started while a worker polls skips the worker's sources: each fetched once", { timeout: 120_000 }, async () => {
  const cli = await besideEachOther("a", "worker", "ingest");
  assert.match(cli, /ingest: 0 configured sources due/);
});

test("a worker started while the CLI polls skips the CLI's sources: each fetched once", { timeout: 120_000 }, async () => {
  const worker = await besideEachOther("b", "ingest", "worker");
  assert.doesNotMatch(worker, /"event":"poll"/);
});
