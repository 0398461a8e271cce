// The unknown name a story says the failing apps or sites run on ("all four run on Acme Cloud's São
// Paulo region", "des milliers de sites hébergés chez Acme", "shops that rely on Acme"): in train and
// own sets 2-12 the name after these words is the failed service in 21 English and 7 French
// incidents over 11 corpora, the customers named before it knock-on victims (a cloud region, a
// host, a login service told from its customers' side); the one look-alike, "relying on the SaaS
// offering", is a generic word.
import { COMPANIES } from "./data/services";
import { CARRIER_CONNECTORS } from "./data/role-cues";
import { compileCues } from "./compile-cues";
import { isNotAName, isPlaceName } from "./is-not-a-name";
import type { ServiceHit } from "./service-hit";
import { foldText } from "../text/fold-text";
import type { TextView } from "./text-view";
import { timesNamed, wholeName } from "./times-named";

const CARRIER_RE = compileCues(CARRIER_CONNECTORS);
const ARTICLE = /^ (?:the |le |la |les |l['’])?/u;
// a full stop belongs to a name only inside it ("Node.js"): at a word's end it closes the sentence,
// and "shops rely on Nimbo. Customers could not pay" names Nimbo, not "Nimbo. Customers"
const NAME_WORD = "\\p{Lu}[\\p{L}\\p{N}&+-]*(?:\\.[\\p{L}\\p{N}]+)*";
const NAME_AT = new RegExp(`^${NAME_WORD}(?: ${NAME_WORD}){0,2}`, "u");

/** The first unknown name the text says others run on, rely on or are hosted by; null when there is none. */
export function findCarrierName(view: TextView, known: ServiceHit[]): ServiceHit | null {
  CARRIER_RE.lastIndex = 0;
  for (let m = CARRIER_RE.exec(view.folded); m; m = CARRIER_RE.exec(view.folded)) {
    const after = m.index + m[0].length;
    const article = ARTICLE.exec(view.full.slice(after, after + 6));
    if (!article) continue;
    const index = after + article[0].length;
    const name = nameAt(view.full.slice(index, index + 60));
    if (!name || known.some((h) => h.index < index + name.length && h.end > index)) continue;
    // a carrier whose failure the story tells is named again; a name met once after "hosted by" or
    // "rely on" is a podcast's host or a tool in passing ("a podcast hosted by Jane Doe", "rely on Excel")
    if (timesNamed(view.full, name) < 2) continue;
    // read where the story first names it, as the other unknown-name readers give their subject
    const first = wholeName(name).exec(view.full)?.index ?? index;
    return { entry: { name, company: name, aliases: [] }, index: first, end: first + name.length };
  }
  return null;
}

// the capitalised words up to a possessive ("Acme Cloud's São Paulo region" is Acme Cloud's), or
// null when a word is generic, a country or the name a place or a company
function nameAt(text: string): string | null {
  const run = NAME_AT.exec(text)?.[0].replace(/[.]+$/, "");
  if (!run) return null;
  const kept: string[] = [];
  for (const w of run.split(" ")) {
    const bare = w.replace(/['’]s$/, "");
    if (isNotAName(foldText(bare))) break;
    kept.push(bare);
    if (bare !== w) break;
  }
  const name = kept.join(" ");
  const folded = foldText(name);
  return name.length > 1 && !isPlaceName(folded) && !COMPANIES.includes(folded) ? name : null;
}
