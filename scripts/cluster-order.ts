// `npx tsx scripts/cluster-order.ts [CORPUS_DIR] [--batch N] [--orders published,reverse,shuffle:1] [--only ID,...] [--diff]`:
// does the real incremental path give the same incidents whatever order the documents arrive in?
// Each corpus article is extracted once; the outage ones are then stored in a fresh SQLite database
// in each order, N at a time, and after each batch re-clustered as processing does
// (reclusterDocuments: the neighbourhood by index keys, the incidents written back). The final
// partitions are compared with each other and with clusterDocuments over all documents at once,
// and each is scored by B-cubed against the corpus labels.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ExtractedDocument } from "../lib/domain/types";
import { extractArticle } from "../lib/extract/extract-article";
import { clusterDocuments } from "../lib/cluster/cluster-documents";
import { corpusDocument, readCorpus } from "./corpus-documents";
import { bcubed } from "../test/cluster/fixtures/bcubed";

const args = process.argv.slice(2);
const flag = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dir = path.resolve(args.find((a, i) => !a.startsWith("--") && !args[i - 1]?.startsWith("--")) ?? "../shared/corpus/train");
const batch = Number(flag("--batch") ?? 10);
const orders = (flag("--orders") ?? "published,reverse,shuffle:1").split(",");
// --only ID,...: the articles of these gold incidents alone (to follow one difference)
const only = flag("--only")?.split(",");
const now = new Date("2030-01-01T00:00:00Z");

const articles = readCorpus(dir);
const label = new Map(articles.map((a) => [a.url, a.incident]));
const docs: ExtractedDocument[] = articles
  .map((a, i) => {
    const input = corpusDocument(a);
    return { id: i + 1, url: a.url, title: a.title ?? "", kind: input.kind, lang: a.lang === "fr" ? ("fr" as const) : ("en" as const), publishedAt: input.publishedAt?.toISOString() ?? null, sourceName: a.source, facts: extractArticle(input) };
  })
  .filter((d) => d.facts.isOutage && (!only || only.includes(label.get(d.url) ?? "")));

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function ordered(name: string): ExtractedDocument[] {
  // code-unit order: documents with no publication date last (reversed: first)
  const byPub = [...docs].sort((a, b) => cmp(a.publishedAt ?? "~", b.publishedAt ?? "~") || cmp(a.url, b.url));
  if (name === "published") return byPub;
  if (name === "reverse") return byPub.reverse();
  const seed = Number(name.split(":")[1] ?? 1);
  // a seeded Fisher-Yates shuffle (mulberry32), so a run can be repeated
  let s = seed >>> 0;
  const rand = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), s | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...byPub];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** The final partition (sorted url lists) after storing and processing `list` in batches. */
async function incremental(list: ExtractedDocument[], tmp: string, name: string): Promise<string[][]> {
  process.env.DATABASE_URL = `file:${path.join(tmp, `${name.replace(/\W/g, "-")}.db`)}`;
  const { closeDb } = await import("../lib/db/client");
  const { listAssignedDocuments, storeExtractedDocument } = await import("../lib/db/extractions");
  const { reclusterDocuments } = await import("../lib/ingest/process-documents");
  for (let i = 0; i < list.length; i += batch) {
    const ids: number[] = [];
    for (const d of list.slice(i, i + batch)) ids.push(await storeExtractedDocument(d));
    await reclusterDocuments(ids, now);
    if (process.env.TRACE) {
      const rows = await listAssignedDocuments();
      console.log(`after ${i + batch}: ${[...new Set(rows.map((r) => r.incidentId))].map((id) => `${id}:${rows.filter((r) => r.incidentId === id).length}`).join(" ")}`);
    }
  }
  const rows = await listAssignedDocuments();
  await closeDb();
  const groups = new Map<number, string[]>();
  for (const r of rows) (groups.get(r.incidentId) ?? groups.set(r.incidentId, []).get(r.incidentId)!).push(r.url);
  return canonical([...groups.values()]);
}

const canonical = (groups: string[][]) => groups.map((g) => [...g].sort()).sort((a, b) => cmp(a[0], b[0]));
const asDocs = (groups: string[][]) => groups.map((g) => g.map((url) => ({ url }) as ExtractedDocument));
const key = (groups: string[][]) => groups.map((g) => g.join(" ")).join("\n");

/** The groups of one partition that the other does not have, as url lists. */
function differences(a: string[][], b: string[][]): string[][] {
  const other = new Set(b.map((g) => g.join(" ")));
  return a.filter((g) => !other.has(g.join(" ")));
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "oa-order-"));
try {
  const batchGroups = canonical(clusterDocuments(docs).map((g) => g.map((d) => d.url)));
  const score = (g: string[][]) => {
    const s = bcubed(asDocs(g), label);
    return `B-cubed F1 ${s.f1.toFixed(3)} (P ${s.p.toFixed(3)} R ${s.r.toFixed(3)}), ${g.length} incidents of ${g.flat().length} documents`;
  };
  console.log(`all at once: ${score(batchGroups)}`);
  for (const name of orders) {
    const groups = await incremental(ordered(name), tmp, name);
    const same = key(groups) === key(batchGroups);
    console.log(`${name} in batches of ${batch}: ${score(groups)}; ${same ? "same partition as all at once" : "DIFFERS from all at once"}`);
    if (!same && args.includes("--diff")) {
      for (const g of differences(groups, batchGroups)) console.log(`   only incremental: ${g.map((u) => label.get(u) ?? "-").join(" ")} :: ${g.join(" ")}`);
      for (const g of differences(batchGroups, groups)) console.log(`   only at once:     ${g.map((u) => label.get(u) ?? "-").join(" ")} :: ${g.join(" ")}`);
    }
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
