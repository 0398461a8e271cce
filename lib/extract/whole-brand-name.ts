// An unknown name read without the capitalised trade or product word its brand carries ("Zorvex
// Fibre down" read as "Zorvex", "le Portail Zorvex" as "Zorvex"): the word is taken into the name
// when the body writes it capitalised beside the name where no sentence starts, since French and
// English running text write a common noun in lower case ("les clients de la fibre Zorvex", "Zorvex
// broadband customers") and capitalise it only inside a proper name ("les abonnés de Zorvex Mobile").
import { KIND_WORDS } from "./data/service-kind-nouns";
import { PART_WORDS } from "./data/unnamed-service-cues";
import type { ServiceHit } from "./service-hit";
import { foldText } from "../text/fold-text";
import type { TextView } from "./text-view";
import { sentenceStarts } from "./find-recurring-name";
import { wholeName } from "./times-named";

// trade words an operator's brand carries that are neither parts nor kinds ("Free Mobile", "Bouygues Telecom")
export const TRADE_WORDS: ReadonlySet<string> = new Set(["mobile", "telecom", "telecoms", "fiber", "fibre", "broadband"]);
// a provider's cloud is sold under its name ("Zorvex Cloud", as Google Cloud or Alibaba Cloud), and so
// is an online game or service ("Zorvex Online", as Exchange Online or Nintendo Switch Online): a part
// word for the failure readers ("Zorvex cloud down" is Zorvex's), the brand when written capitalised with it
const BRAND_PARTS: ReadonlySet<string> = new Set(["cloud", "online"]);
// "Zorvex Online Banking": the capitalised word after "Online" says which of the brand's parts it is
const PART_AFTER = /^ \p{Lu}/u;
// trade words that name a firm's product more often than the firm (see fullForm)
const PRODUCT_WORDS: ReadonlySet<string> = new Set(["mobile", "online"]);
// a word in title case, not an acronym ("TV", "SMS" are always written in capitals)
const TITLE_WORD = /^\p{Lu}\p{Ll}[\p{L}-]*$/u;

/** The hit widened to the trade or product words the body writes capitalised right beside its name. */
export function wholeBrandName(view: TextView, hit: ServiceHit): ServiceHit {
  const body = view.full.slice(view.titleEnd);
  let { index, end } = hit;
  let name = hit.entry.name;
  for (;;) {
    const after = /^ (\S+)/u.exec(view.full.slice(end, end + 30))?.[1].replace(/[.,:;!?]+$/, "");
    const partNamed = foldText(after ?? "") === "online" && PART_AFTER.test(view.full.slice(end + 1 + (after ?? "").length, end + 40));
    if (after && isTradeWord(after, true) && !partNamed && wholeName(`${name} ${after}`).test(body)) {
      [name, end] = [`${name} ${after}`, end + 1 + after.length];
      continue;
    }
    const before = /(\S+) $/u.exec(view.full.slice(Math.max(0, index - 30), index))?.[1];
    if (before && isTradeWord(before, false) && writtenMidSentence(view, `${before} ${name}`)) {
      [name, index] = [`${before} ${name}`, index - 1 - before.length];
      continue;
    }
    break;
  }
  // a short form the story writes in full elsewhere ("chez Zorvex" in a story of "Zorvex Télécom")
  if (name === hit.entry.name) name = fullForm(view, name) ?? name;
  return name === hit.entry.name ? hit : { entry: { name, company: brandOwner(name), aliases: [] }, index, end };
}

// The one trade or kind word the body writes capitalised after the name somewhere ("les abonnés de
// Zorvex Télécom"; a title capitalises every word): a news story shortens a brand after its first mention ("chez Zorvex") or in a
// headline, and the full form is the brand's; two different ones ("Zorvex Bank", "Zorvex Mobile")
// leave the short form, which may be either. "Mobile" and "Online" after a firm's name most often
// name its app or web service ("l'application Zorvex Mobile"), not the firm, and are not taken.
// Known brands' full forms are the catalogue's.
function fullForm(view: TextView, name: string): string | null {
  const forms = new Set<string>();
  for (const m of view.full.slice(view.titleEnd).matchAll(new RegExp(`${wholeName(name).source} (\\S+)`, "gu"))) {
    const word = m[1].replace(/[.,:;!?]+$/, "");
    if (isTradeWord(word, true) && !PRODUCT_WORDS.has(foldText(word))) forms.add(word);
  }
  return forms.size === 1 ? `${name} ${[...forms][0]}` : null;
}

/** The firm behind an unknown brand: "Zorvex Cloud" is Zorvex's cloud, sold under its name (a story may write either). */
export function brandOwner(name: string): string {
  const words = name.split(" ");
  return words.length > 1 && BRAND_PARTS.has(foldText(words[words.length - 1])) ? words.slice(0, -1).join(" ") : name;
}

// after the name a trade or a kind ("Zorvex Bank"), not a part ("the Zorvex App" is Zorvex's app) but a cloud;
// before it a kind ("la Banque Zorvex", "le Portail Zorvex")
function isTradeWord(word: string, after: boolean): boolean {
  const folded = foldText(word);
  if (!TITLE_WORD.test(word)) return false;
  return after ? TRADE_WORDS.has(folded) || BRAND_PARTS.has(folded) || (KIND_WORDS.has(folded) && !PART_WORDS.has(folded)) : KIND_WORDS.has(folded);
}

// the body writes the words where their first one opens no sentence
function writtenMidSentence(view: TextView, words: string): boolean {
  const starts = sentenceStarts(view);
  for (const m of view.full.slice(view.titleEnd).matchAll(wholeName(words))) if (!starts.has(view.titleEnd + m.index)) return true;
  return false;
}
