// `npm run eval:cluster [-- CORPUS_DIR] [--verbose] [--why]`: extraction + clustering of a labelled corpus in
// memory (no HTTP, no database), scored like ../shared/eval/score.mjs: B-cubed over detected
// articles, B-cubed over the labelled outage articles alone (clustering without detection errors),
// and services F1 of each gold incident's largest group. --verbose lists, per gold incident split
// across groups, each group's articles with their outage day and services; --why says, for each
// stray article, which pairs kept it from its incident's main group (scripts/cluster-why.ts).
import fs from "node:fs";
import path from "node:path";
import type { ExtractedDocument } from "../lib/domain/types";
import { extractArticle } from "../lib/extract/extract-article";
import { clusterDocuments } from "../lib/cluster/cluster-documents";
import { rankServices } from "../lib/timeline/rank-services";
import { corpusDocument, readCorpus } from "./corpus-documents";
import { explainSplits } from "./cluster-why";

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const dir = path.resolve(args.find((a) => !a.startsWith("--")) ?? path.resolve(process.cwd(), "../shared/corpus/train"));
const articles = readCorpus(dir);
const gold = JSON.parse(fs.readFileSync(path.join(dir, "incidents.json"), "utf8")) as { id: string; services: string[]; affected?: string[] }[];
const label = new Map(articles.map((a) => [a.url, a.incident]));
const idOf = new Map(articles.map((a) => [a.url, a.id]));
const docs: ExtractedDocument[] = articles.map((a, i) => {
  const input = corpusDocument(a);
  return {
    id: i + 1, url: a.url, title: a.title ?? "", kind: input.kind, lang: a.lang === "fr" ? "fr" : "en",
    publishedAt: input.publishedAt?.toISOString() ?? null, sourceName: a.source, facts: extractArticle(input),
  };
});

function bcubed(groups: ExtractedDocument[][], only?: Set<string>): { p: number; r: number; f: number } {
  const sys = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((d) => sys.set(d.url, i)));
  const items = articles.filter((a) => (a.incident || sys.has(a.url)) && (!only || (a.incident !== null && only.has(a.incident))));
  const G = (u: string) => label.get(u) ?? `self:${u}`;
  const S = (u: string) => (sys.has(u) ? `s${sys.get(u)}` : `n:${u}`);
  const gm = new Map<string, Set<string>>();
  const sm = new Map<string, Set<string>>();
  for (const a of items) {
    (gm.get(G(a.url)) ?? gm.set(G(a.url), new Set()).get(G(a.url))!).add(a.url);
    (sm.get(S(a.url)) ?? sm.set(S(a.url), new Set()).get(S(a.url))!).add(a.url);
  }
  let p = 0, r = 0;
  for (const a of items) {
    const g = gm.get(G(a.url))!, s = sm.get(S(a.url))!;
    let n = 0;
    for (const x of s) if (g.has(x)) n++;
    p += n / s.size;
    r += n / g.size;
  }
  p /= items.length || 1;
  r /= items.length || 1;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
}

const norm = (s: string) => s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
function servicesF1(groups: ExtractedDocument[][]): number {
  let sum = 0, n = 0;
  for (const g of gold) {
    const counts = new Map<number, number>();
    groups.forEach((grp, i) => { const k = grp.filter((d) => label.get(d.url) === g.id).length; if (k) counts.set(i, k); });
    const best = [...counts.entries()].sort((x, y) => y[1] - x[1])[0];
    if (!best || !g.services?.length) continue;
    const said = new Set(rankServices(groups[best[0]]).services.map(norm));
    const primary = new Set(g.services.map(norm));
    const ok = new Set([...primary, ...(g.affected ?? []).map(norm)]);
    const r = [...primary].filter((x) => said.has(x)).length / primary.size;
    const p = said.size ? [...said].filter((x) => ok.has(x)).length / said.size : 0;
    const f = p + r ? (2 * p * r) / (p + r) : 0;
    if (verbose && f < 1) console.log(`SERVICES ${g.id} f=${f.toFixed(2)} gold=[${g.services.join(", ")}] said=[${rankServices(groups[best[0]]).services.join(", ")}]`);
    sum += f;
    n++;
  }
  return n ? sum / n : 0;
}

const detected = clusterDocuments(docs.filter((d) => d.facts.isOutage));
const labelled = clusterDocuments(docs.filter((d) => label.get(d.url)));
const a = bcubed(detected), b = bcubed(labelled);
if (verbose) {
  const groupOf = new Map<string, number>();
  (args.includes("--labelled") ? labelled : detected).forEach((g, i) => g.forEach((d) => groupOf.set(d.url, i)));
  for (const g of gold) {
    const mine = docs.filter((d) => label.get(d.url) === g.id);
    const groups = new Set(mine.map((d) => groupOf.get(d.url) ?? -1));
    if (groups.size <= 1 && !groups.has(-1)) continue;
    console.log(`== ${g.id} [${g.services.join(", ")}] ${mine.length} articles in ${groups.size} groups`);
    for (const d of mine) {
      const gi = groupOf.get(d.url);
      const sv = d.facts.services.map((s) => `${s.name}:${s.role[0]}`).join(",");
      console.log(`   g${gi ?? "-"} day=${d.facts.outageDay ?? "-"} pub=${d.publishedAt?.slice(0, 10) ?? "-"} ${sv}  ${idOf.get(d.url)}`);
    }
  }
}
if (args.includes("--why")) explainSplits(labelled, label, idOf);
// --folds N: B-cubed restricted to the articles of each of N folds of gold incidents (every Nth
// incident by id), to see whether a change helps across incidents or only a few of them
const foldArg = args.indexOf("--folds");
if (foldArg >= 0) {
  const n = Number(args[foldArg + 1]);
  const ids = gold.map((g) => g.id).sort();
  const folds = Array.from({ length: n }, (_, k) => new Set(ids.filter((_, i) => i % n === k)));
  console.log(`folds (labelled-only F1): ${folds.map((f) => bcubed(labelled, f).f.toFixed(3)).join(" ")}`);
}
console.log(
  `eval-cluster: detected F1 ${a.f.toFixed(3)} (P ${a.p.toFixed(3)} R ${a.r.toFixed(3)}); labelled-only F1 ${b.f.toFixed(3)} (P ${b.p.toFixed(3)} R ${b.r.toFixed(3)}); services F1 ${servicesF1(detected).toFixed(3)} (labelled-only ${servicesF1(labelled).toFixed(3)})`,
);
if (verbose) {
  for (const g of detected) {
    const labels = new Map<string, number>();
    for (const d of g) labels.set(label.get(d.url) ?? "-", (labels.get(label.get(d.url) ?? "-") ?? 0) + 1);
    if (labels.size > 1) console.log(`MIXED ${[...labels].map(([k, v]) => `${k}x${v}`).join(" ")} :: ${g.filter((d) => !d.facts.outageDay).map((d) => idOf.get(d.url)).join(" ")}`);
  }
}
