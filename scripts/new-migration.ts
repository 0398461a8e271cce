// Writes a new migration, for SQLite and PostgreSQL at once, from the change to
// prisma/schema.prisma since the last commit (`prisma migrate dev` needs a native engine we cannot
// download; `migrate diff` runs on WASM). The PostgreSQL schema is regenerated from the SQLite one
// (scripts/postgres-schema.ts) and both migrations get the same number and name, in
// prisma/migrations and prisma/postgres/migrations.
// Prisma's diff for PostgreSQL connects to a server (it writes nothing there): a postgres://
// DATABASE_URL or PG_DIFF_URL must name one.
//   DATABASE_URL=postgres://... npm run db:new-migration -- NAME [--from PREVIOUS_SCHEMA_FILE]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { isPostgresUrl } from "../lib/db/database-url";
import { POSTGRES_SCHEMA, SQLITE_SCHEMA, postgresSchema } from "./postgres-schema";

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--"));
const fromIdx = args.indexOf("--from");
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- NAME (lowercase, digits, _) [--from SCHEMA]");
  process.exit(2);
}
const pgUrl = [process.env.PG_DIFF_URL, process.env.DATABASE_URL].find((u) => u && isPostgresUrl(u));
if (!pgUrl) {
  console.error("new-migration: set DATABASE_URL (or PG_DIFF_URL) to a reachable postgres://... server: Prisma's PostgreSQL diff connects to one");
  process.exit(2);
}
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oa-mig-"));
const previous = fromIdx >= 0 ? fs.readFileSync(args[fromIdx + 1], "utf8") : execFileSync("git", ["show", `HEAD:${SQLITE_SCHEMA}`], { encoding: "utf8" });
const current = fs.readFileSync(SQLITE_SCHEMA, "utf8");
fs.writeFileSync(POSTGRES_SCHEMA, postgresSchema(current));

// The SQL turning `from` into `to`; the URL only tells prisma.config.ts which provider (no connection is made).
function diff(from: string, to: string, url: string): string {
  const [a, b] = [path.join(tmp, `from-${isPostgresUrl(url) ? "pg" : "sqlite"}.prisma`), path.join(tmp, `to-${isPostgresUrl(url) ? "pg" : "sqlite"}.prisma`)];
  fs.writeFileSync(a, from);
  fs.writeFileSync(b, to);
  return execFileSync(
    process.execPath,
    ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-schema-datamodel", a, "--to-schema-datamodel", b, "--script"],
    { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: url } },
  );
}
const empty = (sql: string) => !sql.trim() || /This is an empty migration/.test(sql);
const sqlite = diff(previous, current, `file:${path.join(tmp, "diff.db")}`);
const postgres = diff(postgresSchema(previous), postgresSchema(current), pgUrl);
if (empty(sqlite) && empty(postgres)) {
  console.error("new-migration: the schema has not changed");
  process.exit(1);
}
const dirs = [path.join("prisma", "migrations"), path.join("prisma", "postgres", "migrations")];
const numbers = dirs.flatMap((d) => fs.readdirSync(d).filter((m) => /^\d{4}_/.test(m)).map((m) => Number(m.slice(0, 4))));
const next = String(Math.max(0, ...numbers) + 1).padStart(4, "0");
for (const [dir, sql] of [[dirs[0], sqlite], [dirs[1], postgres]] as const) {
  const out = path.join(dir, `${next}_${name}`);
  fs.mkdirSync(out);
  fs.writeFileSync(path.join(out, "migration.sql"), sql);
  console.log(`new-migration: wrote ${out}/migration.sql`);
}
