// `npm run worker` as a process against a local server of several sources: it polls each source
// on its schedule (never more often), keeps going past a failing source (which it backs off),
// writes a health record, logs one JSON line per poll, and stops cleanly on SIGTERM.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { useTempDatabase } from "./helpers/temp-database";
import { startFixtureServer, send, articlePage, type FixtureServer } from "./helpers/fixture-server";
import { parseWorkerArgs } from "../../lib/ingest/parse-worker-args";
import { isHealthFresh } from "../../lib/ingest/run-worker";

const { dir } = useTempDatabase("worker");
let srv: FixtureServer;
const rss = { "content-type": "application/rss+xml" };
const feed = (b: string, name: string) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><item><title>${name} story</title><link>${b}/story-${name}</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate></item></channel></rss>`;

before(async () => {
  srv = await startFixtureServer({
    "/a.xml": (q, s, b) => send(feed(b, "a"), rss)(q, s, b),
    "/b.xml": (q, s, b) => send(feed(b, "b"), rss)(q, s, b),
    "/story-a": send(articlePage({ title: "Story a", paragraphs: ["A story long enough to stand as the body of an article page."] }), { "content-type": "text/html" }),
    "/story-b": send(articlePage({ title: "Story b", paragraphs: ["Another story long enough to stand as the body of an article page."] }), { "content-type": "text/html" }),
    "/broken.xml": send("down", {}, 500),
  });
});
after(async () => {
  await srv.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function waitFor<T>(check: () => T | null, timeoutMs: number, what: string): Promise<T> {
  const end = Date.now() + timeoutMs;
  return new Promise((resolve, reject) => {
    const tick = () => {
      const v = check();
      if (v !== null) return resolve(v);
      if (Date.now() > end) return reject(new Error(`timed out waiting for ${what}`));
      setTimeout(tick, 100);
    };
    tick();
  });
}

const readJson = (file: string) => {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
};

test("worker arguments: defaults, numbers checked, unknown options refused", () => {
  assert.equal(parseWorkerArgs([]).concurrency, 4);
  assert.equal(parseWorkerArgs(["--interval", "90"]).intervalSeconds, 90);
  assert.throws(() => parseWorkerArgs(["--interval", "soon"]), /positive number/);
  assert.throws(() => parseWorkerArgs(["--frob"]), /unknown option/);
  assert.ok(isHealthFresh({ updatedAt: "2026-01-01T00:00:00Z" }, new Date("2026-01-01T00:01:00Z"), 120_000));
  assert.ok(!isHealthFresh({ updatedAt: "2026-01-01T00:00:00Z" }, new Date("2026-01-01T00:03:00Z"), 120_000));
  assert.ok(!isHealthFresh({ updatedAt: "garbage" }, new Date(), 120_000));
});

test("polls on schedule, survives a failing source, stops cleanly on SIGTERM", { timeout: 180_000 }, async () => {
  const list = path.join(dir, "sources.json");
  const health = path.join(dir, "health.json");
  fs.writeFileSync(list, JSON.stringify([`${srv.base}/a.xml`, `${srv.base}/broken.xml`, `${srv.base}/b.xml`]));
  const child: ChildProcess = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts", "--sources", list, "--interval", "1", "--health", health], {
    env: { ...process.env, INGEST_ALLOW_PRIVATE: srv.base },
  });
  let out = "";
  child.stdout!.on("data", (d) => (out += d));
  child.stderr!.on("data", (d) => (out += d));
  const exited = new Promise<number | null>((r) => child.on("close", (code) => r(code)));
  try {
    await waitFor(() => (readJson(health)?.batches >= 4 ? true : null), 150_000, "four batches");
  } finally {
    child.kill("SIGTERM");
  }
  assert.equal(await exited, 0, out);
  const lines = out.trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(lines.at(-1).event, "worker-stop");
  assert.ok(lines.some((l) => l.event === "signal" && l.signal === "SIGTERM"));
  const polls = (p: string) => lines.filter((l) => l.event === "poll" && l.url === `${srv.base}${p}`);
  // every good source polled at each batch, never sooner than its interval after the last poll
  for (const p of ["/a.xml", "/b.xml"]) {
    const at = polls(p).map((l) => Date.parse(l.at));
    assert.ok(at.length >= 4, `${p} polled ${at.length} times`);
    for (let i = 1; i < at.length; i++) assert.ok(at[i] - at[i - 1] >= 900, `${p} polled again after ${at[i] - at[i - 1]} ms`);
    assert.ok(polls(p).every((l) => l.ok === true));
  }
  // the failing source is reported and backed off (polled less often than the good ones), the rest goes on
  const broken = polls("/broken.xml");
  assert.ok(broken.length >= 1 && broken.every((l) => l.ok === false && /500/.test(l.error ?? String(l.status))));
  assert.ok(broken.length < polls("/a.xml").length, `broken polled ${broken.length} times`);
  const h = readJson(health);
  assert.ok(h.batches >= 4 && h.lastBatch.sources >= 2 && h.lastBatch.failed <= 1);
  assert.ok(lines.some((l) => l.event === "batch" && l.extracted >= 2), "documents were processed after a batch");
});
