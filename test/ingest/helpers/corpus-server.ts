// Starts ../shared/eval/serve-corpus.mjs on the dev corpus (the way the evaluation serves it).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { allowPrivateOrigin } from "../../../lib/ingest/fetcher/address-policy";

export const CORPUS_DIR = path.resolve(process.cwd(), "../shared/corpus/dev");
export const SERVE_SCRIPT = path.resolve(process.cwd(), "../shared/eval/serve-corpus.mjs");

export interface CorpusArticle {
  id: string;
  text: string;
  title: string | null;
  lang: string;
  published_at: string | null;
}

/** True when the shared corpus and its server are present. */
export function corpusAvailable(): boolean {
  return fs.existsSync(path.join(CORPUS_DIR, "articles.jsonl")) && fs.existsSync(SERVE_SCRIPT);
}

/** The corpus articles as served. */
export function corpusArticles(): CorpusArticle[] {
  return fs.readFileSync(path.join(CORPUS_DIR, "articles.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusArticle);
}

/** Serves the corpus; resolves with its base URL and a stop function. */
export async function serveCorpus(): Promise<{ base: string; stop: () => void; child: ChildProcess }> {
  const ready = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "oa-corpus-")), "base");
  const child = spawn(process.execPath, [SERVE_SCRIPT, CORPUS_DIR, "--ready-file", ready], { stdio: "ignore" });
  for (let i = 0; i < 100 && !(fs.existsSync(ready) && fs.readFileSync(ready, "utf8").trim()); i++) await new Promise((r) => setTimeout(r, 50));
  const base = fs.readFileSync(ready, "utf8").trim();
  allowPrivateOrigin(new URL(base).origin); // the ingest refuses 127.0.0.1 unless named
  return { base, child, stop: () => void child.kill() };
}
