// Prisma runs on its WASM/JS engines through the better-sqlite3 driver adapter: native engines
// cannot be downloaded on our machines (see DEVELOPERS.md, "This machine").
import fs from "node:fs";
import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { databaseFile, databaseUrl } from "./lib/db/database-url";

// schema.prisma reads env("DATABASE_URL"); without it Prisma fails to read the schema and tries to
// download native engines, so the default is put in the environment here.
process.env.DATABASE_URL = databaseUrl();

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  adapter: async () => {
    // the adapter opens the file even for `generate`; a missing folder would fail a fresh install
    fs.mkdirSync(path.dirname(databaseFile()), { recursive: true });
    return new PrismaBetterSQLite3({ url: databaseUrl() });
  },
});
