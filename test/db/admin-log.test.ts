import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-admin-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "a.db"));
const { logAdminAction, listAdminLog } = await import("../../lib/db/admin-log");
const { closeDb } = await import("../../lib/db/client");
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("administrative actions and refusals are logged, newest first, with bounded detail", async () => {
  await logAdminAction("revalidate", "site-data");
  await logAdminAction("revalidate", "incident:2021-10-04-facebook" + "x".repeat(5000));
  const log = await listAdminLog();
  assert.deepEqual(log.map((e) => e.detail.slice(0, 9)), ["incident:", "site-data"]);
  assert.equal(log[0].detail.length, 1000);
});

test("the log keeps the latest rows only", async () => {
  for (let i = 0; i < 8; i++) await logAdminAction("revalidate", `tag ${i}`, 5);
  const log = await listAdminLog();
  assert.deepEqual(log.map((e) => e.detail), ["tag 7", "tag 6", "tag 5", "tag 4", "tag 3"]);
});
