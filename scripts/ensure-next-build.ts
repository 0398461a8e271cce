// Builds the site for the e2e tests and bench:http: skipped when .next is newer than everything the site
// bundles, serialised with a file lock so two test runs (or engineers) never build at once.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";

const ROOT = process.cwd();
const INPUTS = ["app", "pages", "public", "instrumentation.ts", "cache-handler.mjs", "lib/db", "lib/domain", "lib/i18n", "lib/feeds", "lib/search", "lib/http", "proxy.ts", "middleware.ts", "next.config.ts", "postcss.config.mjs", "package.json"];

function newestMtime(p: string): number {
  if (!fs.existsSync(p)) return 0;
  const st = fs.statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of fs.readdirSync(p)) if (e !== "generated" && e !== "node_modules") max = Math.max(max, newestMtime(path.join(p, e)));
  return max;
}

/** True when .next/BUILD_ID is older than some source of the site. */
export function buildIsStale(): boolean {
  const id = path.join(ROOT, ".next", "BUILD_ID");
  if (!fs.existsSync(id)) return true;
  const built = fs.statSync(id).mtimeMs;
  return INPUTS.some((p) => newestMtime(path.join(ROOT, p)) > built);
}

function idStamp(): string {
  const id = path.join(ROOT, ".next", "BUILD_ID");
  return fs.existsSync(id) ? String(Math.floor(fs.statSync(id).mtimeMs / 1000)) : "";
}

/** Runs `next build` when stale; throws with the build's output when it fails. */
export function ensureBuild(): { built: boolean; ms: number } {
  const t0 = Date.now();
  if (!buildIsStale()) return { built: false, ms: 0 };
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: `file:${path.join(os.tmpdir(), `oa-build-${process.pid}.db`)}` };
  const before = idStamp();
  // inside the lock, skip when a concurrent run rebuilt while we waited
  const script = `[ "$(stat -c %Y .next/BUILD_ID 2>/dev/null)" != "$BEFORE" ] && exit 0; exec node node_modules/next/dist/bin/next build`;
  const r = spawnSync("flock", ["/tmp/next-build.lock", "sh", "-c", script], { cwd: ROOT, env: { ...env, BEFORE: before }, encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`next build failed\n${r.stdout}\n${r.stderr}`);
  return { built: true, ms: Date.now() - t0 };
}
