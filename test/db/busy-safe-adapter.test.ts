// CI once failed "two ingest runs at once" with "Operation has timed out": a transaction that read
// and then wrote while the other run held the write lock. Here another process holds the lock
// for a moment; the same upsert must wait for it. Also: SQLite answering busy at once to a new
// connection's first statements (another process cleaning up the WAL) is retried, and a database
// that stays busy fails clearly.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { holdWriteLock } from "./helpers/hold-write-lock";
import Database from "better-sqlite3";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { getDb, closeDb } from "../../lib/db/client";
import { upsertSource } from "../../lib/db/sources";
import { busySafeAdapter } from "../../lib/db/busy-safe-adapter";
import { answerBusy } from "./helpers/answer-busy";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-busy-"));
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a new connection whose first statements meet SQLITE_BUSY still serves the first operation", async () => {
  process.env.DATABASE_URL = `file:${path.join(dir, "busy-then-free.db")}`;
  const db = getDb(); // migrates synchronously before the busy answers start
  const restore = answerBusy(3);
  try {
    const row = await db.source.upsert({ where: { url: "https://example.test/feed" }, create: { url: "https://example.test/feed" }, update: {} });
    assert.equal(row.url, "https://example.test/feed");
  } finally {
    assert.equal(restore(), 3, "the busy answers were all used");
  }
  await closeDb();
});

test("a database that stays busy past the deadline fails with a clear error", async () => {
  const factory = busySafeAdapter(new PrismaBetterSQLite3({ url: `file:${path.join(dir, "always-busy.db")}` }), { deadlineMs: 200 });
  const restore = answerBusy(Number.MAX_SAFE_INTEGER);
  try {
    await assert.rejects(factory.connect(), /db: the database stayed busy/);
  } finally {
    assert.ok(restore() > 1, "tried more than once");
  }
});

test("a transaction that reads then writes waits for another process's write lock instead of failing", async () => {
  const file = path.join(dir, "two-writers.db");
  process.env.DATABASE_URL = `file:${file}`;
  const db = getDb();
  await db.source.count(); // connected and migrated before the other process locks
  const other = await holdWriteLock(file, 400);
  // nothing to update: Prisma runs SELECT then INSERT in one transaction (no native upsert)
  const row = await upsertSource({ url: "https://example.test/feed" });
  assert.equal(row.url, "https://example.test/feed");
  assert.equal(await other.done, 0);
  assert.deepEqual((await db.source.findMany({ orderBy: { url: "asc" } })).map((s) => s.url), ["https://example.test/feed", "https://other.test/feed"]);
  await closeDb();
});

test("a transaction holds the write lock from its start", async () => {
  const file = path.join(dir, "lock-first.db");
  process.env.DATABASE_URL = `file:${file}`;
  const db = getDb();
  await db.$transaction(async (tx) => {
    await tx.source.count();
    const probe = new Database(file, { timeout: 0 });
    try {
      assert.throws(() => probe.prepare("BEGIN IMMEDIATE").run(), { code: "SQLITE_BUSY" });
    } finally {
      probe.close();
    }
  });
  await closeDb();
});
