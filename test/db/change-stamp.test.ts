// The change stamp caches are keyed by: any write the site shows must change it, deletions included.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-stamp-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "s.db"));
const { closeDb, getDb } = await import("../../lib/db/client");
const { getChangeStamp } = await import("../../lib/db/change-stamps");
const { seedStandard } = await import("../api/fixtures/seed");

before(async () => { await seedStandard(); });
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the stamp is stable without writes", async () => {
  assert.equal((await getChangeStamp()).key, (await getChangeStamp()).key);
});

test("a new article, a deleted article and an updated incident each change the stamp", async () => {
  const db = getDb();
  const keys = [(await getChangeStamp()).key];
  await db.document.create({ data: { url: "https://en.example/new", title: "New", text: "New.", lang: "en", contentHash: "new" } });
  keys.push((await getChangeStamp()).key);
  await db.document.delete({ where: { url: "https://en.example/earnings" } }); // not the newest: only the count tells
  keys.push((await getChangeStamp()).key);
  const later = new Date(Date.now() + 60_000);
  await db.incident.update({ where: { slug: "2023-03-01-x" }, data: { titleEn: "X links outage", updatedAt: later } });
  const last = await getChangeStamp();
  keys.push(last.key);
  assert.equal(new Set(keys).size, 4, keys.join(" "));
  assert.equal(last.lastModified.getTime(), later.getTime());
});
