// HTTP load for the benchmarks: wrk (Debian: `apt-get install wrk`), a C load generator whose own
// CPU use is small next to the server's, so on a 2-core machine the latency measured is mostly the
// server's (a Node load generator took a core of its own and added its queueing to every p99).
import { spawnSync } from "node:child_process";
import fs from "node:fs";

export const WRK = "/usr/bin/wrk";

export interface LoadResult {
  rps: number;
  p50: number; // ms
  p99: number; // ms
  failures: number; // non-2xx/3xx answers + socket errors
}

const MS: Record<string, number> = { us: 0.001, ms: 1, s: 1000, m: 60000 };
const toMs = (v: string) => {
  const m = /^([\d.]+)(us|ms|s|m)$/.exec(v.trim());
  if (!m) throw new Error(`wrk: unreadable latency "${v}"`);
  return Number(m[1]) * MS[m[2]];
};

/** Reads wrk's `--latency` report. */
export function readWrkReport(out: string): LoadResult {
  const pct = (p: string) => {
    const m = new RegExp(`^\\s*${p}%\\s+(\\S+)`, "m").exec(out);
    if (!m) throw new Error(`wrk: no ${p}% latency in its report`);
    return Math.round(toMs(m[1]) * 100) / 100;
  };
  const rps = /^Requests\/sec:\s+([\d.]+)/m.exec(out);
  if (!rps) throw new Error("wrk: no Requests/sec in its report");
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(out)?.[1] ?? 0);
  const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
  const errors = socket ? socket.slice(1).reduce((s, n) => s + Number(n), 0) : 0;
  return { rps: Number(rps[1]), p50: pct("50"), p99: pct("99"), failures: non2xx + errors };
}

/** `connections` keep-alive connections on one wrk thread for `seconds`. */
export function runLoad(url: string, connections: number, seconds: number): LoadResult {
  if (!fs.existsSync(WRK)) throw new Error(`bench: ${WRK} is absent (apt-get install -y wrk)`);
  const r = spawnSync(WRK, ["-t1", `-c${connections}`, `-d${seconds}s`, "--latency", url], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`wrk failed (${r.status}): ${r.stderr}`);
  return readWrkReport(r.stdout);
}
