// The document's language: the declared one when usable, else franc restricted to French/English.
import { franc } from "franc";
import type { Lang } from "../domain/types";

const FRENCH_HINT = /\b(?:le|la|les|des|une|est|pour|dans|qui|pas)\b/gi;
const ENGLISH_HINT = /\b(?:the|and|is|was|for|with|that|have|are)\b/gi;

/** Normalises a declared language ("fr-FR" → fr) or detects it from the text. */
export function detectLanguage(declared: string | null, text: string): Lang {
  const tag = declared?.trim().toLowerCase().slice(0, 2);
  if (tag === "fr" || tag === "en") return tag;
  const sample = text.slice(0, 3000);
  const code = franc(sample, { only: ["fra", "eng"], minLength: 10 });
  if (code === "fra") return "fr";
  if (code === "eng") return "en";
  // franc declines very short texts: count function words instead
  const fr = sample.match(FRENCH_HINT)?.length ?? 0;
  const en = sample.match(ENGLISH_HINT)?.length ?? 0;
  return fr > en ? "fr" : "en";
}
