// Builds documents for extraction tests from a few sentences written for the tests.
import type { ArticleFacts, DocumentForExtraction } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";

export function makeDoc(title: string, text: string, opts: Partial<DocumentForExtraction> = {}): DocumentForExtraction {
  return {
    url: "https://example.test/a",
    kind: "news",
    lang: null,
    title,
    text,
    publishedAt: new Date("2024-03-05T20:00:00Z"),
    sourceName: "Test outlet",
    sourceZone: null,
    ...opts,
  };
}

export function facts(title: string, text: string, opts: Partial<DocumentForExtraction> = {}): ArticleFacts {
  return extractArticle(makeDoc(title, text, opts));
}

export function roleOf(f: ArticleFacts, name: string): string | undefined {
  return f.services.find((s) => s.name === name)?.role;
}
