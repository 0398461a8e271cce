// bench:http's corpus goes through lib/db, so the benchmark runs on either backend (issue 21): the
// same incidents, links and articles on SQLite and on PostgreSQL (TEST_BACKEND=postgres), indexed by
// each backend's search triggers as the ingest's writes are.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-bench-corpus-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "corpus.db"));
const { getDb, closeDb } = await import("../../lib/db/client");
const { writeBenchCorpus } = await import("../../scripts/bench/http-corpus");
const { searchAll } = await import("../../lib/search/search-all");
const { searchParamsSchema } = await import("../../lib/search/search-params");
const { benchBackend } = await import("../../scripts/bench/bench-database");

after(async () => {
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the bench corpus is written through lib/db: incidents with their services, articles spread over them, searchable", async () => {
  const slugs = await writeBenchCorpus(30, 600);
  const db = getDb();
  assert.equal(slugs.length, 30);
  assert.equal(await db.incident.count(), 30);
  assert.equal(await db.document.count(), 600);
  const perIncident = await db.document.groupBy({ by: ["incidentId"], _count: true });
  assert.deepEqual([...new Set(perIncident.map((g) => g._count))], [20], "600 articles over 30 incidents");
  const inc = await db.incident.findUniqueOrThrow({ where: { slug: slugs[7] }, include: { serviceLinks: true } });
  assert.deepEqual(inc.serviceLinks.map((l) => l.service).sort(), (JSON.parse(inc.services) as string[]).sort());
  const r = await searchAll(searchParamsSchema.parse({ q: "panne" }));
  assert.ok(r.documents.length > 0, "the search triggers indexed the articles");
});

test("the backend comes from --backend, else from DATABASE_URL", () => {
  const saved = process.env.DATABASE_URL;
  try {
    process.env.DATABASE_URL = "postgres://u@h/db";
    assert.equal(benchBackend([]), "postgres");
    assert.equal(benchBackend(["--backend", "sqlite"]), "sqlite");
    process.env.DATABASE_URL = "file:/tmp/x.db";
    assert.equal(benchBackend([]), "sqlite");
    assert.equal(benchBackend(["--backend", "postgres"]), "postgres");
    assert.throws(() => benchBackend(["--backend", "mysql"]), /sqlite or postgres/);
  } finally {
    process.env.DATABASE_URL = saved;
  }
});
