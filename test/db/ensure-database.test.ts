import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
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

test("two processes opening the same fresh database both end with it migrated once", async () => {
  const { spawn } = await import("node:child_process");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-db-race-"));
  const file = path.join(dir, "race.db");
  const script = `import { ensureDatabase } from ${JSON.stringify(path.resolve("lib/db/ensure-database.ts"))}; ensureDatabase(${JSON.stringify("file:" + file)});`;
  const run = () =>
    new Promise<number>((resolve) => {
      const p = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { stdio: "inherit" });
      p.on("exit", (code) => resolve(code ?? 1));
    });
  const codes = await Promise.all([run(), run()]);
  assert.deepEqual(codes, [0, 0]);
  const db = new Database(file, { readonly: true });
  const rows = db.prepare("SELECT migration_name FROM _prisma_migrations").all() as { migration_name: string }[];
  assert.equal(rows.length, new Set(rows.map((r) => r.migration_name)).size);
  assert.ok(!fs.existsSync(file + ".migrate-lock"));
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("opening an existing database retries statements answered busy at once", async () => {
  const { answerBusy } = await import("./helpers/answer-busy");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-db-busy-"));
  const file = path.join(dir, "busy.db");
  const migrated = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e",
    `import { ensureDatabase } from ${JSON.stringify(path.resolve("lib/db/ensure-database.ts"))}; ensureDatabase(${JSON.stringify("file:" + file)});`]);
  assert.equal(migrated.status, 0, String(migrated.stderr));
  const restore = answerBusy(3);
  try {
    ensureDatabase(`file:${file}`); // this process has not checked the file yet
  } finally {
    assert.equal(restore(), 3);
  }
  fs.rmSync(dir, { recursive: true, force: true });
});
