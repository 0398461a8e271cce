// A PostgreSQL cluster of its own for one benchmark run (`--backend postgres` with no postgres://
// DATABASE_URL): initdb + pg_ctl on a free local port, as the postgres user when run as root (the
// pattern of scripts/test-postgres.sh), stopped and deleted at the end. Server settings stay
// PostgreSQL's defaults (fsync on), so its figures compare with SQLite's honestly.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { freePort } from "../start-site";

export interface ThrowawayPostgres {
  /** the server's postgres database (useBenchDatabase creates the benchmark's own beside it) */
  url: string;
  version: string;
  stop(): void;
}

function run(cmd: string, args: string[], asPostgres: boolean): string {
  const [bin, argv] = asPostgres ? ["runuser", ["-u", "postgres", "--", cmd, ...args]] : [cmd, args];
  const r = spawnSync(bin, argv, { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`bench: ${path.basename(cmd)} failed: ${r.stderr || r.stdout}`);
  return r.stdout;
}

/** Starts a fresh cluster on 127.0.0.1; throws when PostgreSQL is not installed. */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const root = "/usr/lib/postgresql";
  const major = fs.existsSync(root) ? fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin/initdb"))).sort((a, b) => Number(a) - Number(b)).at(-1) : undefined;
  if (!major) throw new Error("bench: PostgreSQL is not installed (apt-get install postgresql), or set DATABASE_URL=postgres://...");
  const bin = path.join(root, major, "bin");
  const asPostgres = process.getuid?.() === 0; // initdb refuses to run as root
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-bench-pg-"));
  if (asPostgres) run("chown", ["postgres", dir], false);
  run(path.join(bin, "initdb"), ["-D", `${dir}/data`, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], asPostgres);
  const port = await freePort();
  run(path.join(bin, "pg_ctl"), ["-D", `${dir}/data`, "-l", `${dir}/log`, "-w", "start", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`], asPostgres);
  const version = run(path.join(bin, "postgres"), ["--version"], false).trim().split(" ").at(-1) ?? major;
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    spawnSync(asPostgres ? "runuser" : path.join(bin, "pg_ctl"), [...(asPostgres ? ["-u", "postgres", "--", path.join(bin, "pg_ctl")] : []), "-D", `${dir}/data`, "-m", "fast", "stop"], { stdio: "ignore" });
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once("exit", stop);
  return { url: `postgres://postgres@127.0.0.1:${port}/postgres`, version, stop };
}
