// How often a text writes a name as a whole word, spelt the same way: the unknown-name readers
// (find-unnamed-service, coordinated-names, title-head-name) take a name only when the text repeats it.
import { escapeRegExp } from "../text/escape-reg-exp";

/** A global regexp for `name` as a whole word (no letter or digit either side). */
export function wholeName(name: string): RegExp {
  const escaped = escapeRegExp(name);
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "gu");
}

/** How many times `full` writes `name` as a whole word. */
export function timesNamed(full: string, name: string): number {
  return full.match(wholeName(name))?.length ?? 0;
}
