// Literal text inside a regular expression built from data (cue lists, names read from an article).

/** The text with every character a regular expression gives a meaning to escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
