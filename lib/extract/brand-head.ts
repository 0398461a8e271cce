// One brand written with and without its trade word: news names an operator in full once ("Zorvex
// Broadband", "Zorvex Mobile", "Zorvex Bank") and by its head alone after that, and one outlet's
// report may keep to either ("Zorvex back online"). Only trade or kind words after the head count
// (lib/extract/whole-brand-name.ts reads the same words into a name); a part word ("Zorvex App",
// "Zorvex Cloud") names one product of the brand, which may fail alone, and stays apart.
import { KIND_WORDS } from "./data/service-kind-nouns";
import { PART_WORDS } from "./data/unnamed-service-cues";
import { TRADE_WORDS } from "./whole-brand-name";

/** Whether one key name (folded) is the other followed only by trade or kind words. */
export function sameBrandHead(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short + " ") && tradeTail(long.slice(short.length + 1));
}

/** A key name (folded) without the trade or kind words it ends with ("zorvex broadband" → "zorvex"), or null when it ends with none. */
export function brandHead(key: string): string | null {
  const words = key.split(/\s+/).filter((w) => w.length > 0);
  let n = words.length;
  while (n > 1 && isTrade(words[n - 1])) n--;
  return n < words.length ? words.slice(0, n).join(" ") : null;
}

function tradeTail(rest: string): boolean {
  const words = rest.split(/\s+/).filter((w) => w.length > 0);
  return words.length > 0 && words.every(isTrade);
}

function isTrade(word: string): boolean {
  return TRADE_WORDS.has(word) || (KIND_WORDS.has(word) && !PART_WORDS.has(word));
}
