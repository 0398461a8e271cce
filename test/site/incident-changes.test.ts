// What the cached-page watcher re-renders after another process commits: incidents updated and
// slugs merged away since the last look, in every language.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb, getDb } from "../../lib/db/client";
import { latestIncidentChange, listIncidentChangesSince } from "../../lib/db/incident-changes";
import { incidentPagePaths } from "../../app/_lib/incident-page-refresh";
import { seedSiteDb } from "../e2e/support/seed";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "incident-changes-"));

before(async () => {
  const db = testDatabaseUrl(path.join(dir, "site.db")); // SQLite or PostgreSQL (TEST_BACKEND)
  await seedSiteDb(db);
  process.env.DATABASE_URL = db;
});
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("nothing changed since the newest stamp; an update and a merge show up, then are consumed", async () => {
  const since = await latestIncidentChange();
  assert.deepEqual((await listIncidentChangesSince(since)).slugs, []);
  await new Promise((r) => setTimeout(r, 5)); // a later millisecond than the seed's writes
  const db = getDb();
  await db.incident.update({ where: { slug: "2024-03-05-facebook-instagram" }, data: { titleEn: "changed" } });
  await db.slugRedirect.create({ data: { fromSlug: "2024-03-05-meta", toSlug: "2024-03-05-facebook-instagram" } });
  const changes = await listIncidentChangesSince(since);
  assert.deepEqual(changes.slugs.sort(), ["2024-03-05-facebook-instagram", "2024-03-05-meta"]);
  assert.ok(changes.newest > since);
  assert.deepEqual((await listIncidentChangesSince(changes.newest)).slugs, []);
});

test("every language's cached page is named, with the slug encoded", () => {
  assert.deepEqual(incidentPagePaths(["a-b", "é"]), ["/en/incidents/a-b", "/fr/incidents/a-b", "/en/incidents/%C3%A9", "/fr/incidents/%C3%A9"]);
});
