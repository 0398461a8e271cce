// `npm run eval:time-misses [-- CORPUS_DIR] [--verbose]`: for each gold incident's start and end
// (incidents.json), whether any article of the incident yields a time expression within 90 min of
// it, read the way ingest reads it (extractArticle's document and zone: the outlet's, else the failed
// national network's). A gold time no article reads is a reader miss, classified by what would have made it a
// hit: the same clock in another zone ("zone"), a whole day off ("day"), or nothing ("phrase").
// Role-free on purpose: which reading becomes the start is the timeline's concern, not the reader's.
import fs from "node:fs";
import path from "node:path";
import type { TimeExpression } from "../lib/domain/types";
import { extractTimes } from "../lib/extract/time/extract-times";
import { extractArticle, readDocument } from "../lib/extract/extract-article";
import { textReferenceDate } from "../lib/extract/text-reference-date";
import { outletZone } from "../lib/extract/time/outlet-zone";
import { serviceZone } from "../lib/extract/time/service-zone";
import { corpusDocument, readCorpus, type CorpusArticle } from "./corpus-documents";

const WINDOW_MS = 90 * 60_000;
const HOUR = 3_600_000;

interface GoldIncident {
  id: string;
  start_utc: string | null;
  end_utc: string | null;
  notes?: string;
}

interface Reading {
  article: string;
  ts: number;
  zone: string;
  zoneExplicit: boolean;
  phrase: string;
}

const args = process.argv.slice(2);
const verbose = args.includes("--verbose");
const dir = path.resolve(args.find((a) => !a.startsWith("--")) ?? "../shared/corpus/train");
const incidents = JSON.parse(fs.readFileSync(path.join(dir, "incidents.json"), "utf8")) as GoldIncident[];
const byIncident = new Map<string, CorpusArticle[]>();
for (const a of readCorpus(dir)) if (a.incident) byIncident.set(a.incident, [...(byIncident.get(a.incident) ?? []), a]);

/** Every instant a text's expressions place (range ends too), minute-or-hour precise ones only. */
function readings(a: CorpusArticle): Reading[] {
  const doc = corpusDocument(a);
  const { view, lang } = readDocument(doc);
  // as extractArticle: an undated document is read against the latest full date it writes
  const reference = doc.publishedAt ?? textReferenceDate(view, lang);
  if (!reference) return [];
  const out: Reading[] = [];
  const push = (t: TimeExpression, iso: string) => {
    if (t.kind === "duration") return;
    const zone = t.zone;
    const zoneExplicit = t.kind === "instant" ? t.zoneExplicit : false;
    out.push({ article: a.id, ts: Date.parse(iso), zone, zoneExplicit, phrase: t.phrase });
  };
  // as extractArticle: the outlet's zone, else the home zone of the national network that failed
  const zone = outletZone(doc, view.folded, lang)?.zone ?? serviceZone(extractArticle(doc).services);
  for (const t of extractTimes(view.full, { publishedAt: reference, sourceZone: zone, lang })) {
    if (t.kind === "instant" && (t.granularity === "minute" || t.granularity === "hour")) push(t, t.utc);
    if (t.kind === "range" && !t.granularity) {
      push(t, t.start);
      push(t, t.end);
    }
  }
  return out;
}

type Verdict = "hit" | "zone" | "day" | "phrase";
function classify(gold: number, rs: Reading[]): { verdict: Verdict; near: Reading | null } {
  const near = (shift: number) => rs.find((r) => Math.abs(r.ts + shift - gold) <= WINDOW_MS) ?? null;
  const hit = near(0);
  if (hit) return { verdict: "hit", near: hit };
  // a whole number of hours off (up to 12) with the right minutes: the zone was wrong
  for (const h of [1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6, 7, -7, 8, -8, 9, -9, 10, -10, 11, -11, 12, -12]) {
    const r = rs.find((x) => Math.abs(x.ts + h * HOUR - gold) <= 10 * 60_000);
    if (r) return { verdict: "zone", near: r };
  }
  for (const d of [1, -1, 7, -7]) {
    const r = near(d * 24 * HOUR);
    if (r) return { verdict: "day", near: r };
  }
  return { verdict: "phrase", near: null };
}

const counts: Record<string, Record<Verdict, number>> = { start: { hit: 0, zone: 0, day: 0, phrase: 0 }, end: { hit: 0, zone: 0, day: 0, phrase: 0 } };
for (const inc of incidents) {
  const arts = byIncident.get(inc.id) ?? [];
  if (arts.length === 0) continue;
  const rs = arts.flatMap(readings);
  for (const [which, iso] of [["start", inc.start_utc], ["end", inc.end_utc]] as const) {
    if (!iso) continue;
    const { verdict, near } = classify(Date.parse(iso), rs);
    counts[which][verdict] += 1;
    if (verdict === "hit" && !verbose) continue;
    const how = near ? `${near.article} "${near.phrase}" ${new Date(near.ts).toISOString().slice(0, 16)} ${near.zone}${near.zoneExplicit ? "" : " (assumed)"}` : "";
    console.log(`${verdict.padEnd(6)} ${which.padEnd(5)} ${inc.id} gold ${iso.slice(0, 16)} ${how}`);
    if (verdict !== "hit" && verbose) console.log(`       notes: ${(inc.notes ?? "").slice(0, 300)}`);
  }
}
for (const [which, c] of Object.entries(counts)) {
  const n = c.hit + c.zone + c.day + c.phrase;
  console.log(`time-misses ${which}: read ${c.hit}/${n}, wrong zone ${c.zone}, wrong day ${c.day}, not read ${c.phrase}`);
}
