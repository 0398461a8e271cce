// CI once failed "two ingest runs at once" with "Operation has timed out": SQLite answered busy at
// once to a new connection's first statement, while the other run's last connection cleaned up
// the WAL. Here better-sqlite3 answers busy to the first statements of the Prisma connection; the
// first operation must still succeed, and a database that stays busy must still fail clearly.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { getDb, closeDb } from "../../lib/db/client";
import { connectWhenNotBusy } from "../../lib/db/connect-when-not-busy";
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
  const factory = connectWhenNotBusy(new PrismaBetterSQLite3({ url: `file:${path.join(dir, "always-busy.db")}` }), { deadlineMs: 200 });
  const restore = answerBusy(Number.MAX_SAFE_INTEGER);
  try {
    await assert.rejects(factory.connect(), /db: the database stayed busy/);
  } finally {
    assert.ok(restore() > 1, "tried more than once");
  }
});
