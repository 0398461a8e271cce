#!/usr/bin/env node
// Runs the test suite with Node's own test runner (TypeScript through tsx).
//   node scripts/run-tests.mjs [DIR_OR_FILE...]   default: everything under test/
// Node 20's --test takes no globs, so the files are listed here.
import fs from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";

const roots = process.argv.slice(2).filter((a) => !a.startsWith("--"));
const extra = process.argv.slice(2).filter((a) => a.startsWith("--"));
function walk(p, out) {
  const st = fs.statSync(p);
  if (st.isFile()) {
    if (/\.test\.(ts|tsx|mjs)$/.test(p)) out.push(p);
    return out;
  }
  for (const e of fs.readdirSync(p).sort()) if (e !== "fixtures" && e !== "node_modules") walk(path.join(p, e), out);
  return out;
}
const files = (roots.length ? roots : ["test"]).flatMap((r) => walk(r, []));
if (files.length === 0) {
  console.error("run-tests: no test files found");
  process.exit(1);
}
process.env.NEXT_TELEMETRY_DISABLED = "1";
const r = spawnSync(process.execPath, ["--import", "tsx", "--test", "--test-concurrency=2", ...extra, ...files], {
  stdio: "inherit",
});
process.exit(r.status ?? 1);
