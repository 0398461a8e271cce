// `npx tsx scripts/services-report.ts CORPUS_DIR EXPORT.json [--all] [--articles]`: where services F1 is lost.
// EXPORT.json is what `KEEP_EXPORT=... bash ../shared/eval/eval-loop.sh CORPUS_DIR` kept. Each
// exported incident's articles are extracted again in memory with the current code and ranked by
// `rankServices` (the grouping stays the export's), so a change to services can be measured in
// seconds; the scorer itself (run with --json, on the export and on the re-ranked copy) says which
// incident each gold incident is compared with and its services F1, so matching and name
// normalisation are the scorer's own. For each incident below 1 (every one with --all) it prints
// the gold names (`?` when the catalogue does not know one, `=Name` when it knows it by another
// name), what the project says, the names it says that the labels do not accept, and each of the
// gold incident's articles with its services and roles (f failed, k knock-on, m mentioned; `*` for
// the articles in the compared incident). The real loop stays the reference: clustering also
// depends on services. --articles also scores every labelled outage article on its own (the
// services an incident of it alone would list against its incident's labels, names folded as the scorer folds them),
// which no grouping can hide: how an incident of one article, common on unseen sets, is named
// (rankServices over that one document).
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ArticleFacts, ExtractedDocument } from "../lib/domain/types";
import { extractArticle } from "../lib/extract/extract-article";
import { findServices } from "../lib/extract/find-services";
import { makeTextView } from "../lib/extract/text-view";
import { rankServices } from "../lib/timeline/rank-services";
import { corpusDocument, readCorpus, type CorpusArticle } from "./corpus-documents";

interface Gold { id: string; services: string[]; affected?: string[] }
interface Row { gold: string; system: string | null; services?: number }
interface SysIncident { slug: string; services: string[]; documents: { url: string; title: string; kind: string; publishedAt: string | null }[] }
interface Scored { rows: Row[]; servicesF1: number }

const args = process.argv.slice(2);
// --articles: each outage article alone, named as an incident of that one article would be
const [dir, exportFile] = args.filter((a) => !a.startsWith("--")).map((a) => path.resolve(a));
if (!dir || !exportFile) {
  console.error("usage: services-report.ts CORPUS_DIR EXPORT.json [--all]");
  process.exit(2);
}
const scorer = path.resolve(process.cwd(), "../shared/eval/score.mjs");
const score = (file: string): Scored => JSON.parse(execFileSync("node", [scorer, dir, file, "--json"], { encoding: "utf8", maxBuffer: 1 << 26 })) as Scored;
const gold = new Map((JSON.parse(fs.readFileSync(path.join(dir, "incidents.json"), "utf8")) as Gold[]).map((g) => [g.id, g]));
const exported = JSON.parse(fs.readFileSync(exportFile, "utf8")) as { incidents: SysIncident[] };
const articles = readCorpus(dir);
const byId = new Map(articles.map((a) => [a.id, a]));

// the title and kind ingest stored (the corpus server makes a title from the first line when an
// article has none, and serves every article as news)
const stored = new Map(exported.incidents.flatMap((i) => i.documents.map((d) => [d.url.replace(/^https?:\/\/[^/]+/, ""), d] as const)));
const factsCache = new Map<string, ArticleFacts>();
function factsOf(a: CorpusArticle): ArticleFacts {
  const d = stored.get(`/articles/${encodeURIComponent(a.id)}.html`);
  if (!factsCache.has(a.id)) factsCache.set(a.id, extractArticle(corpusDocument({ ...a, title: a.title ?? d?.title ?? null, kind: d?.kind ?? "news" })));
  return factsCache.get(a.id)!;
}
function articleOf(url: string): CorpusArticle | undefined {
  const m = /\/articles\/([^/?#]+)\.html/.exec(url);
  return m ? byId.get(decodeURIComponent(m[1])) : undefined;
}

function documentOf(a: CorpusArticle, d: SysIncident["documents"][number] | undefined, id: number): ExtractedDocument {
  const kind = corpusDocument({ ...a, kind: d?.kind ?? "news" }).kind;
  return { id, url: d?.url ?? a.id, title: d?.title ?? a.title ?? "", kind, lang: a.lang === "fr" ? "fr" : "en", publishedAt: d?.publishedAt ?? null, sourceName: a.source, facts: factsOf(a) };
}

// the export with each incident's services ranked again from its articles' current extraction
const reranked = {
  ...exported,
  incidents: exported.incidents.map((inc) => {
    const docs: ExtractedDocument[] = inc.documents.flatMap((d, i) => {
      const a = articleOf(d.url);
      return a ? [documentOf(a, d, i + 1)] : [];
    });
    return docs.length > 0 ? { ...inc, services: rankServices(docs).services } : inc;
  }),
};
const rerankedFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "services-report-")), "export.json");
fs.writeFileSync(rerankedFile, JSON.stringify(reranked));
const before = score(exportFile);
const now = score(rerankedFile);
const incidents = new Map(reranked.incidents.map((i) => [i.slug, i]));

/** The catalogue's name for a gold or system name, or null when the catalogue does not know it. */
function catalogueName(name: string): string | null {
  const hits = findServices(makeTextView(name, ""), "en");
  return hits.length > 0 ? hits[0].entry.name : null;
}

for (const row of now.rows) {
  const g = gold.get(row.gold);
  if (!g?.services?.length || (row.services === 1 && !args.includes("--all"))) continue;
  const inc = row.system ? incidents.get(row.system) : undefined;
  if (!inc) {
    console.log(`\n== ${g.id} not found`);
    continue;
  }
  const accepted = new Set([...g.services, ...(g.affected ?? [])].flatMap((s) => [s, catalogueName(s) ?? s]));
  const extra = inc.services.filter((s) => !accepted.has(s));
  console.log(`\n== ${g.id} f=${row.services} system=${inc.slug}`);
  console.log(`   gold [${g.services.map((s) => { const c = catalogueName(s); return c ? (c === s ? s : `${s}=${c}`) : `${s}?`; }).join(", ")}] affected [${(g.affected ?? []).join(", ")}]`);
  console.log(`   said [${inc.services.join(", ")}]${extra.length ? ` not accepted [${extra.join(", ")}]` : ""}`);
  const here = new Set(inc.documents.map((d) => articleOf(d.url)?.id));
  for (const a of articles.filter((x) => x.incident === g.id)) {
    const facts = factsOf(a);
    const sv = facts.services.map((s) => `${s.name}:${s.role[0]}`).join(", ");
    console.log(`   ${here.has(a.id) ? "*" : " "} ${a.lang} ${a.id.padEnd(44)} ${facts.isOutage ? "" : "(not outage) "}${sv}`);
  }
}
if (args.includes("--articles")) {
  // names compared as written, folded (as the scorer does, without its few aliases): a label naming
  // a part ("Cloudflare dashboard") is not its owner
  const key = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
  let sum = 0;
  let n = 0;
  for (const a of articles) {
    const g = a.incident ? gold.get(a.incident) : undefined;
    if (!g?.services?.length) continue;
    const facts = factsOf(a);
    // named as an incident of this one article would be (an owner beside its product gives way)
    const said = new Set(rankServices([documentOf(a, stored.get(`/articles/${encodeURIComponent(a.id)}.html`), 1)]).services.map(key));
    const primary = new Set(g.services.map(key));
    const ok = new Set([...primary, ...(g.affected ?? []).map(key)]);
    const r = [...primary].filter((x) => said.has(x)).length / primary.size;
    const p = said.size ? [...said].filter((x) => ok.has(x)).length / said.size : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    sum += f;
    n++;
    if (f < 1 && args.includes("--all")) console.log(`   ${f.toFixed(2)} ${a.id.padEnd(50)} ${facts.services.map((s) => `${s.name}:${s.role[0]}`).join(", ")}`);
  }
  console.log(`\narticles alone: services F1 ${(sum / n).toFixed(3)} over ${n} labelled outage articles`);
}
console.log(`\nservices F1: export ${before.servicesF1.toFixed(3)}, re-ranked with the current extraction ${now.servicesF1.toFixed(3)}`);
