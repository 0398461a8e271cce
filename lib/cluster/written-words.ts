// Kept apart from written-services.ts, which reads DocumentFeatures: document-features.ts builds
// these words, so holding both in one file would make the two import each other.

/** The words of a text as `writtenServices` matches them: folded, one space between words and at each end. */
export function writtenWords(folded: string): string {
  return ` ${folded.replace(/[^a-z0-9]+/g, " ").trim()} `;
}
