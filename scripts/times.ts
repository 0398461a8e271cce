// `npm run --silent times -- FILE.jsonl`: reads one case a line ({ id, lang, publishedAt,
// sourceZone, text }) and prints, in order, one line a case: { id, results } from extractTimes.
// A bad line prints { id, results: [], error } and the run goes on.
import fs from "node:fs";
import readline from "node:readline";
import { extractTimes } from "../lib/extract/time/extract-times";
import type { TimeExpression } from "../lib/domain/types";

interface TimesCase {
  id: string | null;
  lang: "fr" | "en";
  publishedAt: Date;
  sourceZone: string | null;
  text: string;
}

function parseCase(line: string): TimesCase {
  const raw = JSON.parse(line) as Record<string, unknown>;
  const id = typeof raw.id === "string" || typeof raw.id === "number" ? String(raw.id) : null;
  if (typeof raw.text !== "string") throw Object.assign(new Error("times: text must be a string"), { id });
  if (raw.lang !== "fr" && raw.lang !== "en") throw Object.assign(new Error('times: lang must be "fr" or "en"'), { id });
  const publishedAt = new Date(String(raw.publishedAt));
  if (typeof raw.publishedAt !== "string" || Number.isNaN(publishedAt.getTime())) throw Object.assign(new Error("times: publishedAt must be an ISO date"), { id });
  const sourceZone = typeof raw.sourceZone === "string" && raw.sourceZone ? raw.sourceZone : null;
  return { id, lang: raw.lang, publishedAt, sourceZone, text: raw.text };
}

function present(t: TimeExpression): Record<string, unknown> {
  switch (t.kind) {
    case "instant":
      return { kind: t.kind, utc: t.utc, granularity: t.granularity, localDate: t.localDate, zone: t.zone, zoneExplicit: t.zoneExplicit, phrase: t.phrase, index: t.index };
    case "duration":
      return { kind: t.kind, minutes: t.minutes, approximate: t.approximate, phrase: t.phrase, index: t.index };
    case "range":
      return { kind: t.kind, start: t.start, end: t.end, zone: t.zone, phrase: t.phrase, index: t.index };
  }
}

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) {
    console.error("usage: npm run --silent times -- FILE.jsonl");
    process.exit(2);
  }
  if (!fs.existsSync(file)) {
    console.error(`times: no such file: ${file}`);
    process.exit(2);
  }
  const lines = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    let id: string | null = null;
    try {
      const c = parseCase(line);
      id = c.id;
      const results = extractTimes(c.text, { publishedAt: c.publishedAt, sourceZone: c.sourceZone, lang: c.lang });
      console.log(JSON.stringify({ id, results: results.map(present) }));
    } catch (err) {
      id ??= (err as { id?: string | null }).id ?? null;
      console.log(JSON.stringify({ id, results: [], error: err instanceof Error ? err.message : String(err) }));
    }
  }
}

await main();
