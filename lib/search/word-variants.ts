// Spellings of one query word the index may hold: French plural forms porter does not fold, and
// the services of a company named in the query, the cause categories a cause word names.
import { CAUSE_WORDS } from "./data/cause-words";
import { PLURAL_FOLDS } from "./data/plural-folds";
import { SERVICE_OWNERS } from "./data/service-owners";
import { foldText } from "../text/fold-text";

// a Map, not the data's object: a query word like "constructor" must not read Object.prototype
const CAUSES = new Map(Object.entries(CAUSE_WORDS));
const OWNED = new Map<string, string[]>();
for (const [owner, services] of Object.entries(SERVICE_OWNERS)) {
  for (const ownerWord of foldText(owner).split(/\s+/)) {
    if (ownerWord.length < 3) continue; // "X Corp" must not expand every "x"
    OWNED.set(ownerWord, [...(OWNED.get(ownerWord) ?? []), ...services.map(foldText)]);
  }
}

/** The word itself, its French singular/plural counterparts, the services of an owner, and the
 * cause category words a cause word stands for ("réseau" → network). */
export function wordVariants(word: string): string[] {
  const out = new Set([word]);
  for (const [a, b] of PLURAL_FOLDS) {
    if (word.endsWith(a) && word.length > a.length + 1) out.add(word.slice(0, -a.length) + b);
    if (word.endsWith(b) && word.length > b.length + 1) out.add(word.slice(0, -b.length) + a);
  }
  for (const service of OWNED.get(word) ?? []) out.add(service);
  for (const category of CAUSES.get(word) ?? []) out.add(category);
  return [...out];
}
