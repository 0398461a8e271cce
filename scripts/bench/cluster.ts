// Benchmark of the incremental clustering path at 1k, 10k and 100k synthetic documents.
//   npm run bench:cluster [-- --sizes 1000,10000,100000]
// Each new document: index lookup (in-memory Map of indexKeys -> incidents), its neighbourhood,
// clusterDocuments, reuse of the most-overlapping incident, buildIncident per group. The archive's
// density (reports per service and day) is the same at every size, as in a real archive that grows
// by adding days, so a flat docs/s across sizes means the cost does not depend on archive size.
import type { ExtractedDocument } from "../../lib/domain/types";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";
import { indexKeys, lookupKeys } from "../../lib/cluster/index-keys";
import { buildIncident } from "../../lib/timeline/build-incident";

const SERVICES = Array.from({ length: 80 }, (_, i) => ({ name: `Service${i}`, company: i % 4 === 0 ? `Company${Math.floor(i / 4)}` : null }));
const DOCS_PER_DAY = 20;

function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Synthetic reports of synthetic outages: 1-3 services, 1-15 reports each, French or English. */
function synthesise(n: number, seed = 7): { docs: ExtractedDocument[]; truth: Map<number, number> } {
  const rand = rng(seed);
  const days = Math.max(10, Math.round(n / DOCS_PER_DAY));
  const docs: ExtractedDocument[] = [];
  const truth = new Map<number, number>();
  for (let inc = 0; docs.length < n; inc++) {
    const day = new Date(Date.UTC(2020, 0, 1) + Math.floor(rand() * days) * 86_400_000).toISOString().slice(0, 10);
    const services = [...new Set(Array.from({ length: 1 + Math.floor(rand() * 3) }, () => SERVICES[Math.floor(rand() * SERVICES.length)]))];
    const startH = 6 + Math.floor(rand() * 12);
    const reports = 1 + Math.floor(rand() * 15);
    for (let r = 0; r < reports && docs.length < n; r++) docs.push(makeDoc(docs.length, inc, day, startH, services, rand, truth));
  }
  docs.sort((a, b) => (a.publishedAt! < b.publishedAt! ? -1 : 1));
  return { docs, truth };
}

function makeDoc(id: number, inc: number, day: string, startH: number, services: typeof SERVICES, rand: () => number, truth: Map<number, number>): ExtractedDocument {
  const fr = rand() < 0.5;
  const named = services.filter((_, i) => i === 0 || rand() < 0.7);
  const start = `${day}T${String(startH).padStart(2, "0")}:${String(Math.floor(rand() * 60)).padStart(2, "0")}:00Z`;
  const published = new Date(Date.parse(start) + (1 + rand() * 30) * 3_600_000).toISOString();
  const span = { start: 0, end: 1, text: "x" };
  truth.set(id, inc);
  return {
    id, url: `https://bench.example/${id}`, kind: rand() < 0.1 ? "official" : "news", lang: fr ? "fr" : "en", publishedAt: published, sourceName: "bench",
    title: fr ? `Panne de ${named.map((s) => s.name).join(" et ")} ce jour` : `${named.map((s) => s.name).join(" and ")} down for users`,
    facts: {
      lang: fr ? "fr" : "en", isOutage: true, outageScore: 0.9, notOutageReason: null, outageDay: day, hashtags: [],
      services: named.map((s) => ({ name: s.name, company: s.company, role: "failed" as const, span })),
      times: rand() < 0.7 ? [{ role: "start" as const, confidence: 0.8, span, time: { kind: "instant" as const, utc: start, granularity: "minute" as const, localDate: day, zone: "UTC", zoneExplicit: true, phrase: "x", index: 0 } }] : [],
      durations: rand() < 0.4 ? [{ minutes: 60 + Math.floor(rand() * 180), approximate: true, span }] : [],
      causes: [], statements: [], reactions: [], impacts: [],
    },
  };
}

interface Archive {
  byKey: Map<string, Set<number>>;
  incidents: Map<number, ExtractedDocument[]>;
  nextId: number;
}

/** One new document through the incremental path; returns the neighbourhood size. */
function ingestOne(doc: ExtractedDocument, arc: Archive, now: Date): number {
  const candidates = new Set<number>();
  for (const k of lookupKeys(doc.facts, doc.publishedAt)) for (const id of arc.byKey.get(k) ?? []) candidates.add(id);
  const neighbourhood = [doc, ...[...candidates].flatMap((id) => arc.incidents.get(id)!)];
  const docIncident = new Map<number, number>();
  for (const id of candidates) for (const d of arc.incidents.get(id)!) docIncident.set(d.id, id);
  for (const id of candidates) unfile(id, arc);
  for (const group of clusterDocuments(neighbourhood)) {
    const overlap = new Map<number, number>();
    for (const d of group) {
      const inc = docIncident.get(d.id);
      if (inc !== undefined) overlap.set(inc, (overlap.get(inc) ?? 0) + 1);
    }
    const reuse = [...overlap.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0];
    const id = reuse !== undefined && !arc.incidents.has(reuse) ? reuse : arc.nextId++;
    buildIncident(`incident-${id}`, group, now);
    arc.incidents.set(id, group);
    for (const k of new Set(group.flatMap((d) => indexKeys(d.facts, d.publishedAt)))) {
      if (!arc.byKey.has(k)) arc.byKey.set(k, new Set());
      arc.byKey.get(k)!.add(id);
    }
  }
  return neighbourhood.length;
}

function unfile(id: number, arc: Archive): void {
  for (const d of arc.incidents.get(id)!) for (const k of indexKeys(d.facts, d.publishedAt)) arc.byKey.get(k)?.delete(id);
  arc.incidents.delete(id);
}

/** B-cubed F1 of the archive's incidents against the synthetic truth. */
function bcubed(arc: Archive, truth: Map<number, number>): number {
  const sizeOfTruth = new Map<number, number>();
  for (const t of truth.values()) sizeOfTruth.set(t, (sizeOfTruth.get(t) ?? 0) + 1);
  let p = 0, r = 0, n = 0;
  for (const group of arc.incidents.values()) {
    const counts = new Map<number, number>();
    for (const d of group) counts.set(truth.get(d.id)!, (counts.get(truth.get(d.id)!) ?? 0) + 1);
    for (const d of group) {
      const same = counts.get(truth.get(d.id)!)!;
      p += same / group.length;
      r += same / sizeOfTruth.get(truth.get(d.id)!)!;
      n++;
    }
  }
  return (2 * (p / n) * (r / n)) / (p / n + r / n);
}

function run(size: number, quiet = false): void {
  const { docs, truth } = synthesise(size);
  const arc: Archive = { byKey: new Map(), incidents: new Map(), nextId: 1 };
  const now = new Date("2030-01-01T00:00:00Z");
  const tail = Math.max(1, Math.floor(size / 10));
  let neighbourhoods = 0;
  const t0 = performance.now();
  let tTail = t0;
  docs.forEach((d, i) => {
    if (i === size - tail) tTail = performance.now();
    neighbourhoods += ingestOne(d, arc, now);
  });
  const t1 = performance.now();
  const rate = (k: number, ms: number) => Math.round((k / ms) * 1000);
  if (quiet) return;
  console.log(
    `${String(size).padStart(7)} docs | ${String(rate(size, t1 - t0)).padStart(6)} docs/s overall | ${String(rate(tail, t1 - tTail)).padStart(6)} docs/s last 10% | ` +
      `mean neighbourhood ${(neighbourhoods / size).toFixed(1)} docs | ${arc.incidents.size} incidents | B-cubed F1 vs truth ${bcubed(arc, truth).toFixed(3)}`,
  );
}

const arg = process.argv.indexOf("--sizes");
const sizes = arg > 0 ? process.argv[arg + 1].split(",").map(Number) : [1_000, 10_000, 100_000];
if (sizes.some((s) => !Number.isInteger(s) || s <= 0)) throw new Error("bench:cluster: --sizes takes positive integers, e.g. 1000,10000");
console.log(`incremental clustering, ${DOCS_PER_DAY} reports per day across ${SERVICES.length} services (node ${process.version})`);
run(500, true); // warm the JIT so the first size is not penalised
for (const s of sizes) run(s);
