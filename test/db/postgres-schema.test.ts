// The PostgreSQL schema and migrations stay in step with the SQLite ones (issue 21).
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchema } from "../../scripts/postgres-schema";

test("prisma/postgres/schema.prisma is the SQLite schema with the postgresql provider (npm run db:pg-schema)", () => {
  const want = postgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  assert.equal(fs.readFileSync(POSTGRES_SCHEMA, "utf8"), want);
  assert.match(want, /provider = "postgresql"/);
  assert.match(want, /generated-pg/);
  assert.doesNotMatch(want, /"sqlite"/);
});

test("the generator refuses a schema that no longer names what it replaces", () => {
  assert.throws(() => postgresSchema('datasource db {\n  provider = "postgresql"\n}'), /no longer names/);
});

// PostgreSQL starts at SQLite's 0008 (0008_init, then its own 0009s: search and change notices);
// every later migration exists for both.
const list = (dir: string) => fs.readdirSync(dir).filter((d) => /^\d{4}_/.test(d)).sort();
test("every migration after PostgreSQL's baseline exists for both providers, same number and name", () => {
  const sqlite = list(path.join("prisma", "migrations"));
  const postgres = list(path.join("prisma", "postgres", "migrations"));
  assert.deepEqual(postgres.filter((n) => Number(n.slice(0, 4)) <= 9), ["0008_init", "0009_change_notify", "0009_search"]);
  const after = (names: string[]) => names.filter((n) => Number(n.slice(0, 4)) > 9);
  assert.deepEqual(after(postgres), after(sqlite));
  assert.ok(sqlite.includes("0008_status_detail"), "SQLite's 0008 is PostgreSQL's baseline");
});
