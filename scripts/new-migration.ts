// Writes a new migration from the change to prisma/schema.prisma since the last commit
// (`prisma migrate dev` needs a native engine we cannot download; `migrate diff` runs on WASM).
//   npm run db:new-migration -- NAME [--from PREVIOUS_SCHEMA_FILE]
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";

const args = process.argv.slice(2);
const name = args.find((a) => !a.startsWith("--"));
const fromIdx = args.indexOf("--from");
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("usage: npm run db:new-migration -- NAME (lowercase, digits, _) [--from SCHEMA]");
  process.exit(2);
}
const dir = path.join("prisma", "migrations");
let from = fromIdx >= 0 ? args[fromIdx + 1] : "";
if (!from) {
  from = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "oa-mig-")), "previous.prisma");
  fs.writeFileSync(from, execFileSync("git", ["show", "HEAD:prisma/schema.prisma"]));
}
const sql = execFileSync(
  process.execPath,
  ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-schema-datamodel", from, "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
  { encoding: "utf8", env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: `file:${path.join(os.tmpdir(), "oa-migration-diff.db")}` } },
);
if (!sql.trim() || /This is an empty migration/.test(sql)) {
  console.error("new-migration: the schema has not changed");
  process.exit(1);
}
const existing = fs.readdirSync(dir).filter((d) => /^\d{4}_/.test(d)).sort();
const next = String(existing.length ? Number(existing[existing.length - 1].slice(0, 4)) + 1 : 1).padStart(4, "0");
const out = path.join(dir, `${next}_${name}`);
fs.mkdirSync(out);
fs.writeFileSync(path.join(out, "migration.sql"), sql);
console.log(`new-migration: wrote ${out}/migration.sql`);
