// Prisma runs on its WASM/JS engines through driver adapters (better-sqlite3 for SQLite, pg for
// PostgreSQL): native engines cannot be downloaded on our machines (see DEVELOPERS.md, "This
// machine"). DATABASE_URL picks the provider, its schema and its migrations (issue 21).
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { databaseFile, databaseUrl, isPostgresUrl } from "./lib/db/database-url";

// schema.prisma reads env("DATABASE_URL"); without it Prisma fails to read the schema and tries to
// download native engines, so the default is put in the environment here.
process.env.DATABASE_URL = databaseUrl();
const postgres = isPostgresUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  // prisma/postgres/schema.prisma is generated from prisma/schema.prisma (npm run db:pg-schema)
  schema: postgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: { path: postgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations") },
  adapter: async () => {
    if (postgres) return new PrismaPg({ connectionString: databaseUrl() });
    // the adapter opens the file even for `generate`; a missing folder would fail a fresh install
    fs.mkdirSync(path.dirname(databaseFile()), { recursive: true });
    return new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});
