// Ingest writing the database while the site serves traffic from it: readers never see a 5xx
// ("database is locked" or otherwise), and the new incidents show up without a restart.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { ensureBuild } from "./support/ensure-build";
import { startSite, type RunningSite } from "./support/start-site";
import { allowPrivateOrigin } from "../../lib/ingest/fetcher/address-policy";
import { startDemoServer } from "../../lib/demo/serve-demo";
import { createTestDatabase, testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-serve-ingest-"));
const db = testDatabaseUrl(path.join(dir, "live.db"));
let site: RunningSite | null = null;

before(async () => {
  ensureBuild();
  await createTestDatabase(db); // the site never creates its database
  site = await startSite(db);
}, { timeout: 600_000 });

after(async () => {
  await site?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

function ingest(urls: string[]): Promise<number> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...urls], {
      env: { ...process.env, DATABASE_URL: db },
      stdio: ["ignore", "ignore", "inherit"],
    });
    p.on("exit", (code) => resolve(code ?? 1));
  });
}

test("readers get no 5xx while an ingest run writes the same database", { timeout: 300_000 }, async () => {
  const demo = await startDemoServer();
  allowPrivateOrigin(demo.baseUrl); // the ingest refuses 127.0.0.1 unless named
  const statuses = new Map<number, number>();
  let done = false;
  const paths = ["/", "/feed.xml", "/api/incidents", "/sources", "/search?q=panne"];
  const reader = async (i: number) => {
    for (let n = 0; !done; n++) {
      const r = await fetch(site!.baseUrl + paths[(i + n) % paths.length]);
      await r.arrayBuffer();
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    }
  };
  try {
    const readers = [0, 1, 2, 3].map(reader);
    const code = await ingest(demo.feedUrls);
    done = true;
    await Promise.all(readers);
    assert.equal(code, 0);
  } finally {
    done = true;
    await demo.close();
  }
  const total = [...statuses.values()].reduce((a, b) => a + b, 0);
  const errors = [...statuses].filter(([s]) => s >= 500);
  console.log(`# ${total} requests during the ingest run, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
  assert.ok(total > 20, `only ${total} requests were made during the ingest`);
  assert.deepEqual(errors, [], `5xx answers: ${JSON.stringify(errors)}`);
  // cached responses re-check the database's change stamp at most once a second
  let shown = 0;
  for (let tries = 0; tries < 20 && shown < 6; tries++) {
    await new Promise((r) => setTimeout(r, 250));
    shown = ((await (await fetch(`${site!.baseUrl}/api/incidents`)).json()) as { incidents: unknown[] }).incidents.length;
  }
  assert.ok(shown >= 6, `the API shows ${shown} incidents after ingest`);
});
