// bench:http --proxy: the incident page through the shipped nginx configuration, against nginx
// serving the same bytes as a static file and against `next start` alone, in one run.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startNginx } from "../start-nginx";
import { runLoad } from "./run-load";

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
      runLoad(url, 10, 2); // warm: nginx stores the page, JIT warms
      const r = runLoad(url, 50, duration);
      if (!staticRps) staticRps = r.rps;
      const share = `${Math.round((100 * r.rps) / staticRps)}%`;
      rows.push(`| ${name} | 50 | ${Math.round(r.rps)} | ${share} | ${r.p50} | ${r.p99} | ${r.failures} |`);
      console.error(rows.at(-1));
    }
  } finally {
    await proxy.stop();
    fs.rmSync(root, { recursive: true, force: true });
  }
  return ["| served by | connections | req/s | of nginx static | p50 ms | p99 ms | non-2xx+errors |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |", ...rows];
}
