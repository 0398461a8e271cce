// Starts `next start` on a free loopback port against a given database, and stops it (the e2e
// tests and bench:http).
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

export interface RunningSite {
  baseUrl: string;
  stop(): Promise<void>;
  output(): string;
}

/** A free TCP port on 127.0.0.1 (the OS picks it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

async function waitReady(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode})\n${log()}`);
    try {
      const r = await fetch(`${baseUrl}/sources`, { signal: AbortSignal.timeout(5000) });
      if (r.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`next start not ready after 60 s\n${log()}`);
}

/** `next start` serving the built site with DATABASE_URL=file:<dbFile>, ready to answer. */
export async function startSite(dbFile: string, env: Record<string, string> = {}): Promise<RunningSite> {
  const port = await freePort();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    cwd: process.cwd(),
    env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: `file:${dbFile}`, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let out = "";
  child.stdout?.on("data", (b) => (out += b));
  child.stderr?.on("data", (b) => (out += b));
  const baseUrl = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null || child.pid === undefined) return;
    const exited = new Promise((r) => child.once("exit", r));
    process.kill(-child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    if (child.exitCode === null) process.kill(-child.pid, "SIGKILL");
  };
  try {
    await waitReady(baseUrl, child, () => out);
  } catch (e) {
    await stop();
    throw e;
  }
  return { baseUrl, stop, output: () => out };
}
