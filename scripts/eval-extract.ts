// `npm run eval:extract [-- CORPUS_DIR]`: runs extractArticle over a labelled corpus (default
// ../shared/corpus/dev) and prints, per incident, date / start / cause hits, then a summary line.
import fs from "node:fs";
import path from "node:path";
import { extractArticle } from "../lib/extract/extract-article";
import { evaluateExtraction, type LabelledIncident } from "../lib/extract/evaluate-extraction";
import { corpusDocument, readCorpus } from "./corpus-documents";

const dir = path.resolve(process.argv[2] ?? path.resolve(process.cwd(), "../shared/corpus/dev"));
if (!fs.existsSync(path.join(dir, "articles.jsonl"))) {
  console.error(`eval-extract: no articles.jsonl in ${dir}`);
  process.exit(2);
}
const articles = readCorpus(dir).map((a) => ({ id: a.id, incident: a.incident, facts: extractArticle(corpusDocument(a)) }));
const incidents = JSON.parse(fs.readFileSync(path.join(dir, "incidents.json"), "utf8")) as LabelledIncident[];
const score = evaluateExtraction(articles, incidents);

const rows = score.incidents.map((i) => [
  i.id, `${i.detected}/${i.articles}`, `${i.dayOk ? "ok" : "--"} ${i.day ?? "-"}`, `${i.startOk ? "ok" : "--"} ${i.start ?? "-"}`, `${i.causeOk ? "ok" : "--"} ${i.cause}`,
]);
const header = ["incident", "detected", "date", "start", "cause"];
const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
for (const r of [header, ...rows]) console.log(r.map((v, c) => v.padEnd(widths[c])).join("  "));
for (const a of articles) if (a.facts.isOutage !== (a.incident !== null)) console.log(`  detection miss: ${a.id} score=${a.facts.outageScore} ${a.facts.notOutageReason ?? ""}`);
const n = score.incidents.length;
const count = (k: "dayOk" | "startOk" | "causeOk") => score.incidents.filter((i) => i[k]).length;
console.log(
  `eval-extract: incidents=${n} date=${count("dayOk")}/${n} start=${count("startOk")}/${n} cause=${count("causeOk")}/${n} detect_P=${score.detectP.toFixed(3)} detect_R=${score.detectR.toFixed(3)}`,
);
