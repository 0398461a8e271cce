// The names a report writes in its fact sentences, as index-key service parts: a report naming its
// own failed service may write the provider or victim another report of its outage names instead
// (written-services.ts), and the index must let the two meet in whichever order they arrive.
import type { ArticleFacts } from "../domain/types";
import { factSentences } from "./fact-sentences";
import { writtenWords } from "./written-words";

// a service name runs to three words ("Acme Cloud Services"); written-services.ts matches names from three letters
const MAX_WORDS = 3;
const MIN_LENGTH = 3;

/** Every run of one to `MAX_WORDS` capitalised words of the fact sentences, lower-cased ("acme", "acme cloud"). */
export function writtenNameKeys(facts: ArticleFacts): string[] {
  const out = new Set<string>();
  for (const sentence of factSentences(facts)) {
    const words = writtenWords(sentence).trim().split(" ");
    for (let i = 0; i < words.length; i++)
      for (let j = i; j < Math.min(words.length, i + MAX_WORDS) && /^[A-Z0-9]/.test(words[j]); j++) {
        const key = words.slice(i, j + 1).join(" ").toLowerCase();
        // clocks and counts ("09 20", "2024") are no names
        if (key.length >= MIN_LENGTH && /[a-z]/.test(key)) out.add(key);
      }
  }
  return [...out].sort();
}
