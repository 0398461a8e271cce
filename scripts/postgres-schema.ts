// Writes prisma/postgres/schema.prisma, the PostgreSQL variant of prisma/schema.prisma (the one
// source of truth): Prisma needs one schema file per provider, and each provider gets its own
// generated client (lib/db/generated for SQLite, lib/db/generated-pg for PostgreSQL).
//   npm run db:pg-schema            writes the file
//   npm run db:pg-schema -- --check fails when the file is not what the SQLite schema gives
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

export const SQLITE_SCHEMA = path.join("prisma", "schema.prisma");
export const POSTGRES_SCHEMA = path.join("prisma", "postgres", "schema.prisma");

const HEADER = "// GENERATED from prisma/schema.prisma by `npm run db:pg-schema`: edit that file, not this one.\n";

/** The PostgreSQL schema for the text of the SQLite one: provider and client output differ, the models do not. */
export function postgresSchema(sqlite: string): string {
  const provider = /provider\s*=\s*"sqlite"/;
  const output = /output\s*=\s*"\.\.\/lib\/db\/generated"/;
  if (!provider.test(sqlite) || !output.test(sqlite)) throw new Error("postgres-schema: prisma/schema.prisma no longer names the sqlite provider or ../lib/db/generated");
  return HEADER + sqlite.replace(provider, 'provider = "postgresql"').replace(output, 'output     = "../../lib/db/generated-pg"');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const want = postgresSchema(fs.readFileSync(SQLITE_SCHEMA, "utf8"));
  if (process.argv.includes("--check")) {
    const have = fs.existsSync(POSTGRES_SCHEMA) ? fs.readFileSync(POSTGRES_SCHEMA, "utf8") : "";
    if (have !== want) {
      console.error(`${POSTGRES_SCHEMA} is out of date: run npm run db:pg-schema`);
      process.exit(1);
    }
  } else {
    fs.writeFileSync(POSTGRES_SCHEMA, want);
    console.log(`wrote ${POSTGRES_SCHEMA}`);
  }
}
