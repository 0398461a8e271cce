// The ingest CLI run as another process would run it (a cron job, a second host): the e2e and
// several-servers tests ingest through it so the site sees only what the database holds. Asynchronous
// (not spawnSync): the fixture servers answering the ingest live in the test's own process.
import { spawn } from "node:child_process";

/** Runs `scripts/ingest.ts URL...` with `env` over this process's environment; killed after `timeoutMs`. */
export function runIngestCli(urls: string[], env: Record<string, string>, timeoutMs = 300_000): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...urls], {
      cwd: process.cwd(), env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (b) => (out += b));
    child.stderr.on("data", (b) => (out += b));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => (clearTimeout(timer), resolve({ code, out })));
  });
}
