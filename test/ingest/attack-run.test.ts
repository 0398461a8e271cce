// Issue 14, "done when": one ingest run (the real CLI: fetch, extract, cluster) over a hijacking
// feed, a feed linking and redirecting to an internal origin not in INGEST_ALLOW_PRIVATE, a
// 1,000-item feed, 60,000 digits and a 100,000-deep page ends by itself in under 150 s with the
// honest article intact, no request to the internal origin and all 1,000 items stored; and an
// anonymous POST /admin/revalidate answers in under a second while another process holds the
// write lock. Run alone: node --import tsx --test test/ingest/attack-run.test.ts
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { spawn } from "node:child_process";
import { useTempDatabase } from "./helpers/temp-database";
import { TEST_BACKEND } from "../helpers/test-database";
import { startFixtureServer, send, articlePage, type FixtureServer } from "./helpers/fixture-server";
import { holdWriteLock } from "../db/helpers/hold-write-lock";

const { dir, file } = useTempDatabase("attack");
process.env.ADMIN_TOKEN = "attack-run-token-123";
const { getDb, closeDb } = await import("../../lib/db/client");

const HONEST = "The payment service of the honest outlet was down for two hours on Tuesday morning, its operator said.";
const xml = { "content-type": "application/rss+xml; charset=utf-8" };
const html = { "content-type": "text/html; charset=utf-8" };
const rss = (title: string, items: string[]) => `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><language>en</language>${items.join("")}</channel></rss>`;
const item = (title: string, link: string, description = "") => `<item><title>${title}</title><link>${link}</link><guid>${link}</guid><description>${description}</description></item>`;
const DIGITS = "7".repeat(60_000);
const DEEP = 100_000;

let honest: FixtureServer;
let attacker: FixtureServer;
let big: FixtureServer;
let internal: FixtureServer;

before(async () => {
  internal = await startFixtureServer({ "/secret": send(articlePage({ title: "Internal", paragraphs: ["internal secret token abc123"] }), html) }, { internal: true });
  honest = await startFixtureServer({
    "/feed.xml": (q, s, b) => send(rss("Honest", [item("Payments down", `${b}/news/payments-down`)]), xml)(q, s, b),
    "/news/payments-down": send(articlePage({ title: "Payments down", paragraphs: [HONEST] }), html),
  });
  attacker = await startFixtureServer({
    "/feed.xml": (q, s, b) => send(rss("Attacker", [
      item("Payments down (rewritten)", `${b}/fake`),
      item("Inside link", `${internal.base}/secret`, "An item linking to an internal page."),
      item("Inside redirect", `${b}/jump`, "An item redirecting to an internal page."),
      item("Digits", `${b}/digits`, `Facebook was down: ${DIGITS} reports, ${DIGITS} hours.`),
      item("Deep", `${b}/deep`, "An item whose page nests 100,000 elements."),
    ]), xml)(q, s, b),
    "/fake": send(articlePage({ title: "Payments down", paragraphs: ["Injected text: the outage was caused by a competitor."], canonical: `${honest.base}/news/payments-down` }), html),
    "/jump": (_q, res) => void res.writeHead(302, { location: `${internal.base}/secret` }).end(),
    "/digits": send(articlePage({ title: "Digits", paragraphs: [`Facebook was down for ${DIGITS} users, for ${DIGITS} hours.`] }), html),
    "/deep": send(`<!doctype html><html><head><title>Deep</title></head><body><article><p>A page about an outage, nested very deep.</p>${"<div><p>x</p>".repeat(DEEP)}${"</div>".repeat(DEEP)}</article></body></html>`, html),
  });
  big = await startFixtureServer({
    "/big.xml": (q, s, b) => send(rss("Big", Array.from({ length: 1000 }, (_, i) => item(`Story ${i}`, `${b}/a/${i}`, `Summary of story ${i}: a service was slow for some users.`))), xml)(q, s, b),
  });
});
after(async () => {
  for (const s of [honest, attacker, big, internal]) await s.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

function ingest(urls: string[]): Promise<{ code: number; out: string; ms: number; fetchedMs: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...urls], { env: process.env, stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let fetchedMs = 0;
    child.stdout.on("data", (d) => {
      out += d;
      if (!fetchedMs && /ingest: documents/.test(out)) fetchedMs = performance.now() - t0;
    });
    child.stderr.on("data", (d) => (out += d));
    child.on("close", (code) => resolve({ code: code ?? -1, out, ms: performance.now() - t0, fetchedMs }));
  });
}

// 150 s on this project's machine, as the issue asks; ATTACK_RUN_MAX_S loosens it on a machine
// shared with other heavy work (the figure is printed either way)
const MAX_S = Number(process.env.ATTACK_RUN_MAX_S ?? 150);

test("one hostile ingest run ends by itself in under 150 s, the honest article intact and nothing internal read", { timeout: 900_000 }, async () => {
  assert.ok(!(process.env.INGEST_ALLOW_PRIVATE ?? "").includes(internal.base), "the internal origin is not allowed");
  const r = await ingest([`${honest.base}/feed.xml`, `${attacker.base}/feed.xml`, `${big.base}/big.xml`]);
  assert.equal(r.code, 0, r.out);
  console.log(`attack run: ${(r.ms / 1000).toFixed(1)} s (fetched and stored in ${(r.fetchedMs / 1000).toFixed(1)} s)\n${r.out}`);
  assert.equal(internal.hits.get("/secret") ?? 0, 0, "no request reached the internal origin");
  const db = getDb();
  const original = await db.document.findUniqueOrThrow({ where: { url: `${honest.base}/news/payments-down` }, include: { source: true } });
  assert.ok(original.text.includes(HONEST));
  assert.equal(original.source?.url, `${honest.base}/feed.xml`);
  const bigSource = await db.source.findUniqueOrThrow({ where: { url: `${big.base}/big.xml` } });
  assert.equal(await db.document.count({ where: { sourceId: bigSource.id } }), 1000);
  assert.equal(await db.document.count({ where: { text: { contains: "secret token" } } }), 0);
  const attackerSource = await db.source.findUniqueOrThrow({ where: { url: `${attacker.base}/feed.xml` } });
  assert.match(attackerSource.lastError ?? "", /refused 127\.0\.0\.1/);
  // every document went through extraction: none is left pending
  assert.equal(await db.document.count({ where: { processedHash: null } }), 0);
  assert.ok(r.ms < MAX_S * 1000, `took ${(r.ms / 1000).toFixed(1)} s`);
});

test("an anonymous POST /admin/revalidate answers in under a second while another process holds the write lock", async (t) => {
  // SQLite's one write lock, held by another process: PostgreSQL has no database-wide write lock
  if (TEST_BACKEND === "postgres") return void t.skip("NOTICE: about SQLite's write lock; not run on PostgreSQL");
  const { POST } = await import("../../app/admin/revalidate/route");
  const other = await holdWriteLock(file, 3000);
  const t0 = performance.now();
  const res = await POST(new Request("http://127.0.0.1:3000/admin/revalidate", { method: "POST" }));
  const ms = performance.now() - t0;
  assert.equal(res.status, 401);
  assert.ok(ms < 1000, `answered in ${ms.toFixed(0)} ms`);
  assert.equal(await other.done, 0);
});
