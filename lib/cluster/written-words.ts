// Kept apart from written-services.ts, which reads DocumentFeatures: document-features.ts builds
// these words, so holding both in one file would make the two import each other.

/** The words of a text as `writtenServices` matches them: accents stripped, capitals kept (a service
 * named in passing is written with its capital: "Vigilance orange" and "free refunds" write no
 * Orange or Free), one space between words and at each end. */
export function writtenWords(text: string): string {
  return ` ${text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/[^A-Za-z0-9]+/g, " ").trim()} `;
}

/** A folded service name as the words a text writes it in ("mpl-2": "mpl 2"), to match `writtenWords`. */
export function nameWords(name: string): string {
  return name.replace(/[^a-z0-9]+/g, " ").trim();
}
