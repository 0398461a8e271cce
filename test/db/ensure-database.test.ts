import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { ensureDatabase } from "../../lib/db/ensure-database";

test("a fresh path gives a migrated database in WAL mode", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-db-"));
  const file = path.join(dir, "sub", "fresh.db");
  ensureDatabase(`file:${file}`);
  const db = new Database(file, { readonly: true });
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[];
  const names = tables.map((t) => t.name);
  for (const t of ["Source", "Document", "Fact", "Incident", "_prisma_migrations"]) assert.ok(names.includes(t), t);
  assert.equal(db.pragma("journal_mode", { simple: true }), "wal");
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
