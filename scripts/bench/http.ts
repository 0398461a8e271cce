// bench:http: requests/s and latency of the site under `next start` on a generated database.
//   npm run bench:http -- [--incidents 10000] [--documents 100000] [--duration 10] [--fresh] [--proxy]
//                         [--backend sqlite|postgres]
// The backend is DATABASE_URL's unless --backend says (bench-database.ts: postgres with no postgres://
// DATABASE_URL starts a throwaway cluster). The SQLite corpus is kept between runs (--fresh rewrites
// it); a PostgreSQL one is written for each run. --proxy measures only the incident page through the
// shipped nginx configuration (http-proxy.ts). Builds only when .next is missing or older than the
// sources; reports a markdown table.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { closeDb } from "../../lib/db/client";
import { useBenchDatabase, type BenchDatabase } from "./bench-database";
import { writeBenchCorpus } from "./http-corpus";
import { measureProxy } from "./http-proxy";
import { measureSearch } from "./http-search";
import { runLoad } from "./run-load";
import { ensureBuild } from "../ensure-next-build";
import { startSite } from "../start-site";


const arg = (name: string, dflt: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : dflt;
};
const INCIDENTS = arg("incidents", 10000);
const DOCUMENTS = arg("documents", 100000);
const DURATION = arg("duration", 10);

async function prepareDatabase(): Promise<{ database: BenchDatabase; slugs: string[] }> {
  const dir = path.join(os.tmpdir(), `oa-bench-http-${INCIDENTS}-${DOCUMENTS}`);
  const slugsFile = path.join(dir, "slugs.json");
  const database = await useBenchDatabase(process.argv, dir, "bench");
  if (database.backend === "sqlite" && !process.argv.includes("--fresh") && fs.existsSync(slugsFile))
    return { database, slugs: JSON.parse(fs.readFileSync(slugsFile, "utf8")) };
  if (database.backend === "sqlite") fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const t0 = Date.now();
  const slugs = await writeBenchCorpus(INCIDENTS, DOCUMENTS);
  console.error(`bench: wrote ${INCIDENTS} incidents and ${DOCUMENTS} documents on ${database.label} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  if (database.backend === "sqlite") fs.writeFileSync(slugsFile, JSON.stringify(slugs));
  return { database, slugs };
}

/** The same-origin scripts a page loads (<script src>), and their gzipped total. */
async function pageScriptWeight(url: string): Promise<{ files: string[]; gzipBytes: number }> {
  const html = await (await fetch(url)).text();
  const files = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => new URL(m[1], url)).filter((u) => u.origin === new URL(url).origin);
  let gzipBytes = 0;
  for (const u of files) gzipBytes += zlib.gzipSync(Buffer.from(await (await fetch(u)).arrayBuffer())).length;
  return { files: files.map((u) => u.pathname), gzipBytes };
}

async function main(): Promise<void> {
  const { database, slugs } = await prepareDatabase();
  try {
    await measure(database, slugs);
  } finally {
    await closeDb();
    await database.drop();
  }
}

async function measure(database: BenchDatabase, slugs: string[]): Promise<void> {
  const env = { DATABASE_URL: database.url };
  const setting = `${INCIDENTS} incidents, ${DOCUMENTS} documents on ${database.label}, ${DURATION} s per run, ${os.cpus().length} CPUs, load average ${os.loadavg()[0].toFixed(1)} at the start, load from wrk (1 thread) on the same machine`;
  const b = ensureBuild();
  console.error(b.built ? `bench: built the site in ${(b.ms / 1000).toFixed(0)} s` : "bench: .next is up to date, no build");
  const slug = slugs[Math.floor(slugs.length / 2)];
  if (process.argv.includes("--proxy")) {
    const site = await startSite("", env);
    try {
      const rows = await measureProxy(site.baseUrl, `/en/incidents/${slug}`, DURATION);
      console.log(`\n${setting}\n`);
      console.log(rows.join("\n"));
    } finally {
      await site.stop();
    }
    return;
  }
  const search = await measureSearch(300);
  const site = await startSite("", env);
  const base = site.baseUrl;
  const targets: [string, string][] = [
    ["static page (prerendered)", "/bench-static"], ["incident page", `/en/incidents/${slug}`], ["RSS feed", "/feed.xml"],
    ["Atom feed", "/feed.atom"], ["incident feed", `/incidents/${slug}/feed.xml`], ["API list", "/api/incidents?limit=20"],
    ["API incident", `/api/incidents/${slug}`], ["API search (cached)", "/api/search?q=pannes+serveurs"], ["search page", "/search?q=panne+Meta"],
  ];
  const rows: string[] = [];
  let js = { files: [] as string[], gzipBytes: 0 };
  try {
    js = await pageScriptWeight(`${base}/en/incidents/${slug}`);
    for (const [name, p] of targets) {
      // a keep-alive connection the server closed while wrk ran may fail once: ask again
      const warm = await fetch(base + p).catch(() => fetch(base + p));
      if (!warm.ok) console.error(`bench: ${p} answered ${warm.status}`);
      runLoad(base + p, 10, 2); // JIT and caches warm
      for (const connections of [10, 50]) {
        const r = runLoad(base + p, connections, DURATION);
        rows.push(`| ${name} | \`${p.slice(0, 40)}\` | ${connections} | ${Math.round(r.rps)} | ${r.p50} | ${r.p99} | ${r.failures} |`);
        console.error(rows[rows.length - 1]);
      }
    }
  } finally {
    await site.stop();
  }
  console.log(`\n${setting}\n`);
  console.log("| target | path | connections | req/s | p50 ms | p99 ms | non-2xx+errors |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |");
  console.log(rows.join("\n"));
  console.log(`\nincident page client JavaScript: ${js.files.join(", ") || "none"}, ${(js.gzipBytes / 1024).toFixed(1)} kB gzipped`);
  console.log(`\nsearchAll in-process, uncached, ${search.queries} distinct queries on ${DOCUMENTS} documents: p50 ${search.p50.toFixed(1)} ms, p99 ${search.p99.toFixed(1)} ms, max ${search.max.toFixed(1)} ms`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
