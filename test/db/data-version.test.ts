// The change token pages and the incident page watcher key on: unchanged while nothing is written,
// changed when another process commits (SQLite: data_version; PostgreSQL: NOTIFY heard on LISTEN,
// which also calls onDatabaseChange at once). Runs on either backend (TEST_BACKEND).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { TEST_BACKEND, testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-version-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "version.db"));
const { getDb, closeDb } = await import("../../lib/db/client");
const { getDataVersion, onDatabaseChange } = await import("../../lib/db/data-version");

after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

// another process's commit, as the ingest's
function writeFromAnotherProcess(): void {
  const script = `import { getDb, closeDb } from "./lib/db/client.ts"; await getDb().adminLog.create({ data: { action: "probe", detail: "from another process" } }); await closeDb();`;
  execFileSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script], { env: process.env, stdio: "pipe" });
}

async function waitForChange(from: string, ms: number): Promise<string> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const v = await getDataVersion();
    if (v !== from) return v;
  }
  return from;
}

test(`the change token moves on another process's commit only (${TEST_BACKEND})`, { timeout: 120_000 }, async () => {
  await getDb().adminLog.count(); // migrated and connected
  const v1 = await getDataVersion();
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await getDataVersion(), v1, "nothing written, same token");
  let heard = 0;
  const stop = onDatabaseChange(() => heard++);
  writeFromAnotherProcess();
  const v2 = await waitForChange(v1, 5000);
  assert.notEqual(v2, v1, "another process committed: the token changed");
  if (TEST_BACKEND === "postgres") assert.ok(heard >= 1, "PostgreSQL: the listener was called on the notice");
  stop();
  assert.equal(await getDataVersion(), v2);
});
