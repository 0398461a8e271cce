// Issue 14: the site (a reader) silently created a new empty database when the file was missing,
// and a non-database file gave a server that said "Ready" and answered 500 everywhere.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureDatabase } from "../../lib/db/ensure-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-missing-"));
after(() => fs.rmSync(dir, { recursive: true, force: true }));

test("a reader never creates a missing database and says what to do", () => {
  const file = path.join(dir, "absent.db");
  assert.throws(() => ensureDatabase(`file:${file}`, { create: false }), /absent\.db does not exist .*the site never creates one: run the ingest/);
  assert.equal(fs.existsSync(file), false);
});

test("the site server is a reader: getDb and the search handle fail fast on a missing file", async () => {
  const file = path.join(dir, "site-absent.db");
  const saved = { url: process.env.DATABASE_URL, runtime: process.env.NEXT_RUNTIME };
  process.env.DATABASE_URL = `file:${file}`;
  process.env.NEXT_RUNTIME = "nodejs";
  try {
    const { getDb, getSqlite } = await import("../../lib/db/client");
    assert.throws(() => getDb(), /does not exist/);
    assert.throws(() => getSqlite(), /does not exist/);
    assert.equal(fs.existsSync(file), false);
  } finally {
    process.env.DATABASE_URL = saved.url ?? "";
    if (saved.runtime === undefined) delete process.env.NEXT_RUNTIME;
  }
});

test("a file that is not a database is named as such", () => {
  const file = path.join(dir, "garbage.db");
  fs.writeFileSync(file, "this is not a database, only text restored by mistake ".repeat(200));
  assert.throws(() => ensureDatabase(`file:${file}`), /garbage\.db is not a readable SQLite database \(file is not a database\)/);
});

test("search and Prisma read through one handle", async () => {
  const file = path.join(dir, "one.db");
  process.env.DATABASE_URL = `file:${file}`;
  const { getDb, getSqlite, closeDb } = await import("../../lib/db/client");
  const { getSearchConnection } = await import("../../lib/search/search-connection");
  try {
    await getDb().source.count(); // Prisma connects
    assert.equal(getSearchConnection(), getSqlite());
    // a TEMP table exists on its own connection only: Prisma sees the one made on the search handle
    getSqlite().exec("CREATE TEMP TABLE probe (x INTEGER); INSERT INTO probe VALUES (7)");
    const rows = await getDb().$queryRawUnsafe<{ x: bigint | number }[]>("SELECT x FROM temp.probe");
    assert.equal(Number(rows[0].x), 7);
  } finally {
    await closeDb();
  }
});
