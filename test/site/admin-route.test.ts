// Issue 14: every refused POST /admin/revalidate wrote an AdminLog row first; while another process
// held the write lock, one such request froze the server for the busy timeout (9.9 s measured).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { holdWriteLock } from "../db/helpers/hold-write-lock";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-admin-route-"));
const file = path.join(dir, "site.db");
process.env.DATABASE_URL = `file:${file}`;
process.env.ADMIN_TOKEN = "admin-route-token-123";
const { getDb, closeDb } = await import("../../lib/db/client");
const { POST } = await import("../../app/admin/revalidate/route");
const { rateLimit } = await import("../../app/_lib/rate-limit");
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

const post = (headers: Record<string, string>) => POST(new Request("http://127.0.0.1:3000/admin/revalidate", { method: "POST", headers }));
const logRows = () => {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM AdminLog").get() as { n: number }).n;
  } finally {
    db.close();
  }
};

test("a refused request answers at once while another process holds the write lock, and writes nothing", async () => {
  await getDb().source.count(); // migrated before the other process locks
  const other = await holdWriteLock(file, 3000);
  const t0 = performance.now();
  const res = await post({ authorization: "Bearer wrong", "x-forwarded-for": "203.0.113.7, " + "x".repeat(1000) });
  const ms = performance.now() - t0;
  assert.equal(res.status, 401);
  assert.ok(ms < 1000, `answered in ${ms.toFixed(0)} ms`);
  assert.equal(await other.done, 0);
  assert.equal(logRows(), 0);
});

test("each address gets 10 tries a minute; then 429 without comparing the token", async () => {
  const headers = { authorization: "Bearer wrong", "x-forwarded-for": "198.51.100.9" };
  for (let i = 0; i < 10; i++) assert.equal((await post(headers)).status, 401);
  assert.equal((await post(headers)).status, 429);
  assert.equal((await post({ ...headers, authorization: "Bearer admin-route-token-123" })).status, 429);
  // another address is not affected; a granted action is logged
  assert.equal((await post({ authorization: "Bearer admin-route-token-123", "x-forwarded-for": "192.0.2.1" })).status, 200);
  assert.equal(logRows(), 1);
});

test("the rate limit forgets a key after its window and remembers a bounded number of keys", async () => {
  const limit = rateLimit(2, 50, 3);
  assert.deepEqual([limit.take("a"), limit.take("a"), limit.take("a")], [true, true, false]);
  await new Promise((r) => setTimeout(r, 80));
  assert.equal(limit.take("a"), true);
  for (const k of ["b", "c", "d", "e"]) limit.take(k); // "a" is evicted, least recently used
  assert.equal(limit.take("a"), true);
});
