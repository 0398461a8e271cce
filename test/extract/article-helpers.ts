// Builds documents for extraction tests from a few sentences written for the tests.
import type { ArticleFacts, DocumentForExtraction } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";
import { OUTAGE_MODEL } from "../../lib/extract/score-outage";

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

// A text known to be an outage report, whatever the detection model says of such short texts: for
// tests of what extraction reads in an outage story (roles, causes), not of detection.
const READ_AS_OUTAGE = { ...OUTAGE_MODEL, detect: { ...OUTAGE_MODEL.detect, threshold: 0 } };

/** The facts of a text read as an outage report. */
export function outageFacts(title: string, text: string, opts: Partial<DocumentForExtraction> = {}): ArticleFacts {
  return extractArticle(makeDoc(title, text, opts), READ_AS_OUTAGE);
}

export function roleOf(f: ArticleFacts, name: string): string | undefined {
  return f.services.find((s) => s.name === name)?.role;
}
