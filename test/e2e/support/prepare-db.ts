// The e2e database, made the real way: the demo news web and the hostile outlet on loopback,
// fetched by the ingest CLI into a fresh SQLite file. Falls back to writing fixtures with
// Prisma (seed.ts) when the ingest cannot produce incidents yet, and says so.
import { spawn } from "node:child_process";
import Database from "better-sqlite3";
import { allowPrivateOrigin } from "../../../lib/ingest/fetcher/address-policy";
import { startDemoServer } from "../../../lib/demo/serve-demo";
import { startHostileServer } from "./hostile-server";
import { seedSiteDb } from "./seed";

export interface PreparedDb {
  mode: "ingest" | "seed";
  notice: string | null;
}

function runIngest(file: string, urls: string[], timeoutMs: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/ingest.ts", ...urls], {
      cwd: process.cwd(), env: { ...process.env, DATABASE_URL: `file:${file}` }, stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (b) => (out += b));
    child.stderr.on("data", (b) => (out += b));
    const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
    child.on("close", (code) => (clearTimeout(timer), resolve({ code, out })));
  });
}

function incidentCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return (db.prepare("SELECT count(*) AS n FROM Incident").get() as { n: number }).n;
  } finally {
    db.close();
  }
}

/** Fills `file` through demo server + ingest CLI, or with the seed fixtures when that fails. */
export async function prepareDb(file: string): Promise<PreparedDb> {
  const demo = await startDemoServer();
  allowPrivateOrigin(demo.baseUrl); // the ingest refuses 127.0.0.1 unless named
  const hostile = await startHostileServer();
  let failure: string;
  try {
    const r = await runIngest(file, [...demo.feedUrls, hostile.feedUrl], 300_000);
    const n = r.code === 0 ? incidentCount(file) : 0;
    if (n > 0) return { mode: "ingest", notice: null };
    failure = r.code === 0 ? "the ingest produced no incident" : `ingest exited ${r.code}: ${r.out.trim().split("\n").slice(-3).join(" | ")}`;
  } finally {
    await Promise.all([demo.close(), hostile.close()]);
  }
  const { rmSync } = await import("node:fs");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(file + suffix, { force: true });
  await seedSiteDb(file);
  return { mode: "seed", notice: `NOTICE: e2e data written by the seed fixtures, not the ingest (${failure})` };
}
