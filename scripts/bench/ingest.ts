// npm run bench:ingest [-- N] [--process] [--backend sqlite|postgres]: N generated articles (default
// 10,000) behind a local server (RSS feeds of 100 items + one HTML page per article, served by a
// child process), ingested into a fresh database (bench-database.ts: SQLite, or PostgreSQL on
// DATABASE_URL's server or a throwaway cluster); prints articles/s and the ingest process's peak RSS.
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { useBenchDatabase } from "./bench-database";

const PER_FEED = 100;
const VOCAB = "outage panne service users utilisateurs servers réseau network restored rétabli engineers configuration change minutes heures réseaux sociaux cloud region data center latency errors login connexion application message".split(" ");

function words(seed: number, n: number): string {
  let x = seed * 2654435761 % 4294967296;
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    out.push(VOCAB[x % VOCAB.length]);
  }
  return out.join(" ");
}

function page(i: number, base: string): string {
  const paras = Array.from({ length: 6 }, (_, p) => `<p>Article ${i}, paragraph ${p}: ${words(i * 7 + p, 60)}.</p>`).join("\n");
  return `<!doctype html><html lang="${i % 2 ? "fr" : "en"}"><head><meta charset="utf-8"><title>Story ${i} | Bench</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"><link rel="canonical" href="${base}/a/${i}"></head>
<body><header><nav><a href="/">Home</a></nav></header><main><article><h1>Story ${i}</h1>${paras}</article>
<div class="share">Share</div><section class="related"><a href="/x">Related</a></section></main><footer>©</footer></body></html>`;
}

function feed(f: number, n: number, base: string): string {
  const items = [];
  for (let i = f * PER_FEED; i < Math.min(n, (f + 1) * PER_FEED); i++)
    items.push(`<item><title>Story ${i}</title><link>${base}/a/${i}</link><guid>${base}/a/${i}</guid><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate><description>Summary ${i}</description></item>`);
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${f}</title><language>en</language>${items.join("")}</channel></rss>`;
}

function serve(n: number): void {
  const server = http.createServer((req, res) => {
    const base = `http://${req.headers.host}`;
    let m = req.url!.match(/^\/feed\/(\d+)\.xml$/);
    if (m) return void res.writeHead(200, { "content-type": "application/rss+xml" }).end(feed(Number(m[1]), n, base));
    m = req.url!.match(/^\/a\/(\d+)$/);
    if (m) return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page(Number(m[1]), base));
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 60_000;
  server.listen(0, "127.0.0.1", () => console.log(`http://127.0.0.1:${(server.address() as { port: number }).port}`));
}

async function bench(n: number, withProcessing: boolean): Promise<void> {
  const child = spawn(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url), "--serve", String(n)], { stdio: ["ignore", "pipe", "inherit"] });
  const base = await new Promise<string>((r) => child.stdout.once("data", (d) => r(String(d).trim())));
  process.env.INGEST_ALLOW_PRIVATE = base; // the benchmark's own local server
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-bench-ingest-"));
  const database = await useBenchDatabase(process.argv, dir, "bench_ingest");
  const { getDb, closeDb } = await import("../../lib/db/client");
  const { ingestSources, registerSources } = await import("../../lib/ingest/ingest-sources");
  getDb();
  const feeds = Array.from({ length: Math.ceil(n / PER_FEED) }, (_, f) => ({ url: `${base}/feed/${f}.xml` }));
  const t0 = performance.now();
  const s = await ingestSources(await registerSources(feeds));
  const fetchSecs = (performance.now() - t0) / 1000;
  const stored = await getDb().document.count();
  console.log(`bench:ingest ${n} articles on ${database.label}: ${stored} stored, ${s.sources.failed} sources failed`);
  console.log(`fetch+extract+store: ${fetchSecs.toFixed(1)} s, ${(stored / fetchSecs).toFixed(0)} articles/s`);
  if (withProcessing) {
    const { processPendingDocuments } = await import("../../lib/ingest/process-documents");
    const t1 = performance.now();
    const r = await processPendingDocuments();
    const secs = (performance.now() - t1) / 1000;
    console.log(`processing: ${r.extracted} extracted in ${secs.toFixed(1)} s; end to end ${(stored / (fetchSecs + secs)).toFixed(0)} articles/s`);
  }
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  await closeDb();
  await database.drop();
  child.kill();
  fs.rmSync(dir, { recursive: true, force: true });
}

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 10_000);
if (args.includes("--serve")) serve(n);
else await bench(n, args.includes("--process"));
