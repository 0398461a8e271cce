// The site's read queries against a real throwaway database (SQLite, or PostgreSQL when
// TEST_BACKEND=postgres) filled with the fixture incidents.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { closeDb } from "../../lib/db/client";
import * as incidents from "../../lib/db/incident-reads";
import { decodeIncidentCursor } from "../../lib/db/incident-cursor";
import * as services from "../../lib/db/site-service-history";
import * as sources from "../../lib/db/site-source-health";
import * as stamps from "../../lib/db/change-stamps";
import * as versions from "../../lib/db/data-version";
import { getDb } from "../../lib/db/client";

const reads = { ...incidents, ...services, ...stamps, ...versions, ...sources };
import { PAYLOAD_SLUG } from "../e2e/support/seed-data";
import { seedSiteDb } from "../e2e/support/seed";
import { sqlOn, testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "site-reads-"));
const db = testDatabaseUrl(path.join(dir, "site.db"));

before(async () => {
  await seedSiteDb(db);
  process.env.DATABASE_URL = db;
});
after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("listIncidents: newest first, counts sources, pages with a cursor, filters by service", async () => {
  const all = await reads.listIncidentSummaries({ limit: 100 });
  assert.deepEqual(all.items.map((i) => i.slug), ["2026-01-15-x", "2025-06-12-google-cloud", PAYLOAD_SLUG, "2024-03-05-facebook-instagram", "2021-10-04-facebook-instagram-whatsapp"]);
  assert.equal(all.items.find((i) => i.slug.startsWith("2021"))?.sourceCount, 6);
  const first = await reads.listIncidentSummaries({ limit: 2 });
  assert.equal(first.items.length, 2);
  assert.ok(first.nextCursor);
  const second = await reads.listIncidentSummaries({ limit: 2, cursor: decodeIncidentCursor(first.nextCursor) });
  assert.deepEqual(second.items.map((i) => i.slug), all.items.slice(2, 4).map((i) => i.slug));
  const fb = await reads.listIncidentSummaries({ limit: 10, service: "Facebook" });
  assert.deepEqual(fb.items.map((i) => i.slug), ["2024-03-05-facebook-instagram", "2021-10-04-facebook-instagram-whatsapp"]);
  assert.deepEqual((await reads.listOngoingIncidents(undefined)).map((i) => i.slug), ["2026-01-15-x"]);
  assert.throws(() => decodeIncidentCursor("bogus"), /not an incident cursor/);
});

test("getIncidentBySlug: detail with documents from the table, redirects, unknown", async () => {
  const found = await reads.getIncidentBySlug("2021-10-04-facebook-instagram-whatsapp");
  assert.ok(found && "incident" in found);
  assert.equal(found.incident.documents.length, 6);
  assert.equal(found.incident.timeline.length, 5);
  assert.equal(found.incident.documents.find((d) => d.lang === "fr")?.source, "Le Journal Exemple");
  assert.deepEqual(await reads.getIncidentBySlug("2021-10-04-facebook"), { redirectTo: "2021-10-04-facebook-instagram-whatsapp" });
  assert.equal(await reads.getIncidentBySlug("nope"), null);
});

test("related incidents share a service and exclude the incident itself", async () => {
  const related = await reads.listRelatedIncidents("2021-10-04-facebook-instagram-whatsapp", ["Facebook", "WhatsApp"]);
  assert.deepEqual(related.map((r) => r.slug), ["2024-03-05-facebook-instagram"]);
});

test("services: list with counts, history by slug with years and longest", async () => {
  const services = await reads.listServices();
  assert.deepEqual(services.slice(0, 2).map((s) => [s.slug, s.incidentCount]), [["facebook", 2], ["instagram", 2]]);
  assert.ok(services.some((s) => s.slug === "google-cloud"));
  const h = await reads.getServiceHistory("Facebook");
  assert.ok(h);
  assert.equal(h.name, "Facebook");
  assert.deepEqual(h.perYear.map((y) => [y.year, y.count]), [[2021, 1], [2022, 0], [2023, 0], [2024, 1]]);
  assert.deepEqual(h.longest.map((i) => i.durationMinutes), [386, 120]);
  assert.equal(await reads.getServiceHistory("no-such-service"), null);
});

test("source health: failing sources first with their error", async () => {
  const rows = await reads.listSourceHealth();
  assert.equal(rows[0].name, "Meta Status");
  assert.equal(rows[0].consecutiveFailures, 3);
  assert.match(rows[0].lastError ?? "", /HTTP 503/);
});

test("data version is a stable token until another connection writes", async () => {
  const v1 = await reads.getDataVersion();
  assert.equal(await reads.getDataVersion(), v1);
  await sqlOn(db, `UPDATE "Incident" SET "titleEn" = "titleEn" || '' WHERE slug = ?`, ["2026-01-15-x"]);
  // SQLite's data_version moves at the commit; PostgreSQL's notice arrives a moment after it
  let v2 = await reads.getDataVersion();
  for (let i = 0; i < 40 && v2 === v1; i++) v2 = await new Promise((r) => setTimeout(r, 50)).then(() => reads.getDataVersion());
  assert.notEqual(v2, v1);
});

test("one cursor: the page's next cursor pages the export-shaped list too; a foreign cursor is refused", async () => {
  const first = await reads.listIncidentSummaries({ limit: 2 });
  assert.ok(first.nextCursor);
  const cursor = decodeIncidentCursor(first.nextCursor);
  const cards = await reads.listIncidentSummaries({ limit: 2, cursor });
  const exports = await reads.listIncidentExports({ limit: 2, cursor });
  assert.deepEqual(exports.items.map((i) => i.slug), cards.items.map((i) => i.slug));
  assert.equal(exports.nextCursor, cards.nextCursor);
  assert.throws(() => decodeIncidentCursor(Buffer.from('{"s":null,"i":1}').toString("base64url")), /not an incident cursor/);
  assert.throws(() => decodeIncidentCursor(Buffer.from("2021-13-45T99:99:99.000Z|3").toString("base64url")), /not an incident cursor/);
});

test("a corrupt stored detail is an error naming the incident, in every read (not an empty incident)", async () => {
  const slug = "2024-03-05-facebook-instagram";
  await getDb().incident.update({ where: { slug }, data: { detail: "{not json" } });
  await assert.rejects(() => reads.getIncidentBySlug(slug), new RegExp(slug));
  await assert.rejects(() => reads.listIncidentExports({ limit: 100 }), new RegExp(slug));
  await assert.rejects(() => reads.listIncidentsForFeed({ limit: 100 }), new RegExp(slug));
});
