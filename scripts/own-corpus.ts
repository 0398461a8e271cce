// npm run eval:own-corpus — our own held-out corpus of full articles (test/fixtures/own-corpus:
// outages of services absent from train, dev and demo, and non-outage look-alikes, fr and en, all
// in our own words) scored end to end by ../shared/eval/eval-loop.sh like the unseen sets. Its
// misses are not to be read while fixing code: only the summary line is printed unless VERBOSE is
// set, so the figure stays a held-out measure. The fixture is checked, then copied to a temp dir.
//   tsx scripts/own-corpus.ts
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { corpusProblems } from "./corpus-problems";

const fixture = path.resolve("test/fixtures/own-corpus");
const articles = fs.readFileSync(path.join(fixture, "articles.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>);
const incidents = JSON.parse(fs.readFileSync(path.join(fixture, "incidents.json"), "utf8")) as Record<string, unknown>[];
const problems = corpusProblems(articles, incidents);
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "outage-atlas-own-corpus-"));
for (const f of ["articles.jsonl", "incidents.json"]) fs.copyFileSync(path.join(fixture, f), path.join(dir, f));
console.error(`own-corpus: ${articles.length} articles, ${incidents.length} incidents → ${dir}`);
const r = spawnSync("bash", ["../shared/eval/eval-loop.sh", dir], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
fs.rmSync(dir, { recursive: true, force: true });
process.exit(r.status ?? 1);
