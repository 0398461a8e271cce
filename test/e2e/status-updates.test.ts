// Issue 15 in the browser: the "Acme Cloud" Statuspage ingested by the CLI (the real path, from a
// local server) gives incident pages showing the operator's updates verbatim, in order, marked
// official, with their status and components, and the status page's phase in the header.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { runIngestCli } from "../helpers/run-ingest-cli";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { startFixtureServer, send, type FixtureServer } from "../ingest/helpers/fixture-server";
import { acmeCloudIncidents } from "../ingest/status/fixtures/acme-cloud";
import { ensureBuild } from "./support/ensure-build";
import { launchBrowser } from "./support/launch-browser";
import { watchPage } from "./support/page-checks";
import { startSite, type RunningSite } from "./support/start-site";
import { sqlOn, testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-e2e-status-"));
const db = testDatabaseUrl(path.join(dir, "status.db"));
let browser: Browser | null = null;
let site: RunningSite | null = null;
let srv: FixtureServer | null = null;

async function slugHolding(urlEnd: string): Promise<string> {
  const [row] = await sqlOn(db, 'SELECT i.slug FROM "Incident" i JOIN "Document" d ON d."incidentId" = i.id WHERE d.url LIKE ?', [`%${urlEnd}`]);
  if (!row) throw new Error(`e2e: no incident holds ${urlEnd}`);
  return String(row.slug);
}

before(async () => {
  browser = await launchBrowser();
  if (!browser) return void console.log("# NOTICE: /usr/bin/chromium absent: status-page browser tests skipped");
  ensureBuild();
  srv = await startFixtureServer({ "/api/v2/incidents.json": (q, s, b) => send(acmeCloudIncidents(b), { "content-type": "application/json" })(q, s, b) });
  const r = await runIngestCli([`${srv.base}/api/v2/incidents.json`], { DATABASE_URL: db, INGEST_ALLOW_PRIVATE: srv.base }, 180_000);
  if (r.code !== 0) throw new Error(`e2e: ingest exited ${r.code}: ${r.out}`);
  site = await startSite(db);
}, { timeout: 600_000 });

after(async () => {
  await browser?.close();
  await site?.stop();
  await srv?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the resolved Acme Cloud incident shows each update's own text, status and components, marked official", async (t) => {
  if (!browser || !site) return void t.skip("NOTICE: chromium absent");
  const ctx = await browser.newContext({ baseURL: site.baseUrl, locale: "en-GB" });
  const page = await ctx.newPage();
  const w = watchPage(page);
  await page.goto(`/en/incidents/${await slugHolding("/incidents/j9#update-j9a")}`, { waitUntil: "networkidle" });
  assert.match((await page.locator("h1").textContent()) ?? "", /Acme Cloud/);
  const updates = page.locator('[data-testid="timeline-list"] li:has([data-testid="status-update"])');
  assert.equal(await updates.count(), 4);
  const texts = await updates.allTextContents();
  assert.deepEqual(texts.map((x) => /Investigating|Identified|Monitoring|Resolved/.exec(x)?.[0]), ["Investigating", "Identified", "Monitoring", "Resolved"]);
  assert.match(texts[2], /The rollback is complete and error rates are back to normal\. We are monitoring\./);
  assert.match(texts[1], /Official status page/);
  assert.match(texts[1], /Components: Object Storage, Compute/);
  assert.match(texts[0], /Impact: critical/);
  assert.equal(await page.getByTestId("status-phase").textContent(), "Resolved");
  assert.deepEqual(w.problems, []);
  await ctx.close();
});

test("the open Acme Cloud incident is ongoing at the status page's phase, in French too", async (t) => {
  if (!browser || !site) return void t.skip("NOTICE: chromium absent");
  const ctx = await browser.newContext({ baseURL: site.baseUrl, locale: "fr-FR" });
  const page = await ctx.newPage();
  await page.goto(`/fr/incidents/${await slugHolding("/incidents/k1#update-k1a")}`, { waitUntil: "networkidle" });
  assert.equal(await page.getByTestId("status-phase").textContent(), "Cause identifiée");
  const timeline = (await page.getByTestId("timeline-list").textContent()) ?? "";
  assert.match(timeline, /Page de statut officielle/);
  assert.match(timeline, /we are rebuilding the replica/, "the operator's words are shown as written, not translated");
  await ctx.close();
});
