// The near-duplicate key of a document: the same article reached twice hashes the same even when
// whitespace, case or typographic quotes differ.
import crypto from "node:crypto";

/** Lowercased, NFC, typographic quotes and dashes folded, whitespace collapsed. */
export function normaliseForHash(s: string): string {
  return s
    .normalize("NFC")
    .toLowerCase()
    .replace(/[\u2018\u2019\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u00AB\u00BB]/g, '"')
    .replace(/[\u2013\u2014]/g, "-")
    .replace(/\s+/g, " ")
    .trim();
}

/** sha256 (hex) of the normalised title and text, plus any extra parts (status, time). */
export function contentHash(title: string, text: string, ...extra: string[]): string {
  const h = crypto.createHash("sha256");
  h.update(normaliseForHash(title));
  h.update("\n\n");
  h.update(normaliseForHash(text));
  for (const e of extra) h.update("\n" + e);
  return h.digest("hex");
}
