// bench:http --proxy: the incident page through the shipped nginx configuration, against nginx
// serving the same bytes as a static file and against `next start` alone, in one run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createRequire } from "node:module";
import { startNginx } from "../start-nginx";

type Result = { requests: { average: number }; latency: { p50: number; p99: number }; non2xx: number; errors: number };
type Autocannon = (o: Record<string, unknown>) => Promise<Result>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

/** Markdown rows: req/s and latency at 50 connections for the three ways of serving the page. */
export async function measureProxy(siteBase: string, pagePath: string, duration: number): Promise<string[]> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "oa-static-"));
  fs.chmodSync(root, 0o755);
  fs.writeFileSync(path.join(root, "incident.html"), await (await fetch(siteBase + pagePath)).text());
  fs.chmodSync(path.join(root, "incident.html"), 0o644);
  const proxy = await startNginx(new URL(siteBase).host, root);
  const targets: [string, string][] = [
    ["nginx: static file of the same page", `${proxy.baseUrl}/static-copy/incident.html`],
    ["nginx in front of next start: incident page", proxy.baseUrl + pagePath],
    ["next start alone: incident page", siteBase + pagePath],
  ];
  const rows: string[] = [];
  let staticRps = 0;
  try {
    for (const [name, url] of targets) {
      await autocannon({ url, connections: 10, duration: 2 }); // warm: nginx stores the page, JIT warms
      const r = await autocannon({ url, connections: 50, duration });
      if (!staticRps) staticRps = r.requests.average;
      const share = `${Math.round((100 * r.requests.average) / staticRps)}%`;
      rows.push(`| ${name} | 50 | ${Math.round(r.requests.average)} | ${share} | ${r.latency.p50} | ${r.latency.p99} | ${r.non2xx + r.errors} |`);
      console.error(rows.at(-1));
    }
  } finally {
    await proxy.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
  return ["| served by | connections | req/s | of nginx static | p50 ms | p99 ms | non-2xx+errors |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |", ...rows];
}
