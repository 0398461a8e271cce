// Reads a labelled corpus (articles.jsonl) into documents ready for extraction, for the
// eval:extract and bench:extract commands.
import fs from "node:fs";
import path from "node:path";
import type { DocumentForExtraction } from "../lib/domain/types";

export interface CorpusArticle {
  id: string;
  url: string;
  lang: string | null;
  source: string | null;
  published_at: string | null;
  title: string | null;
  text: string;
  incident: string | null;
  kind: string | null;
}

/** Every article of `dir/articles.jsonl`. */
export function readCorpus(dir: string): CorpusArticle[] {
  return fs.readFileSync(path.join(dir, "articles.jsonl"), "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as CorpusArticle);
}

/** The document ingest would store for a corpus article. */
export function corpusDocument(a: CorpusArticle): DocumentForExtraction {
  const published = a.published_at ? new Date(a.published_at) : null;
  return {
    url: a.url,
    kind: a.kind === "status" || a.kind === "official" || a.kind === "social" ? a.kind : "news",
    lang: a.lang,
    title: a.title ?? "",
    text: a.text,
    publishedAt: published && !Number.isNaN(published.getTime()) ? published : null,
    sourceName: a.source,
    sourceZone: null,
  };
}
