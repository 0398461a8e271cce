import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-admin-"));
process.env.DATABASE_URL = `file:${path.join(dir, "a.db")}`;
const { logAdminAction, listAdminLog } = await import("../../lib/db/admin-log");
const { closeDb } = await import("../../lib/db/client");
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("administrative actions and refusals are logged, newest first, with bounded detail", async () => {
  await logAdminAction("revalidate:refused", "unauthorized request from local");
  await logAdminAction("revalidate", "incident:2021-10-04-facebook" + "x".repeat(5000));
  const log = await listAdminLog();
  assert.deepEqual(log.map((e) => e.action), ["revalidate", "revalidate:refused"]);
  assert.equal(log[0].detail.length, 1000);
});
