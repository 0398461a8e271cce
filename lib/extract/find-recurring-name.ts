// The name an outage story keeps coming back to ("A Dark Night For Acme" ... "Acme said" ...
// "Acme's users"), for stories whose sentences never say in so many words that it failed.
import { COMPANIES } from "./data/services";
import { PLACE_BEFORE } from "./data/unnamed-service-cues";
import { isNotAName, isZoneAbbreviation } from "./is-not-a-name";
import type { ServiceHit } from "./service-hit";
import { foldText } from "../text/fold-text";
import type { TextView } from "./text-view";
import { timesNamed } from "./times-named";

// a capitalised word, or two or three in a row ("Banque Populaire", "Ecole Directe")
const NAME_RUN = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}\p{N}&+-]*(?: \p{Lu}[\p{L}\p{N}&+-]*){0,2}/gu;
// written before a person ("le patron d'Acme, Jean Dupont", "CEO John Smith"), or a person's first name
const PERSON_BEFORE = /\b(?:m\.|mr\.?|mrs\.?|ms\.?|mme|ceo|pdg|patron|fondateur|founder|directeur|directrice|president|presidente|porte-parole|spokesperson|spokesman|spokeswoman|ministre|minister|chief|analyst|analyste|expert) $/;
// the story names it at least this often outside its title
const MIN_MENTIONS = 3;

/**
 * The unknown name a story names most often in its body (at least three times, at least once where
 * no sentence starts, never a known service's name) and already in its title or first body sentence, when it
 * stands out (named more than any other such name) and is neither a place ("à Strasbourg"), a
 * person ("Marissa Mayer", "Mayer") nor a country, company or generic word; null otherwise.
 */
export function findRecurringName(view: TextView, known: ServiceHit[]): ServiceHit | null {
  const leadEnd = view.sentences.find((s) => s.start >= view.titleEnd && /\p{L}/u.test(view.full.slice(s.start, s.end)))?.end ?? view.titleEnd;
  const starts = sentenceStarts(view);
  const counts = new Map<string, { n: number; mid: number; place: number; person: boolean; first: number }>();
  const runs = new Set<string>();
  const all = [...view.full.matchAll(NAME_RUN)];
  // the same words opening two sentences are one name ("Acme Pay said…", "Acme Pay, launched in…"):
  // a word that merely opens a sentence ("Later Zapier") does not come back before the same name
  const openingTwice = new Set(all.filter((m) => starts.has(m.index) && m[0].includes(" ")).map((m) => m[0]).filter((r, i, rs) => rs.indexOf(r) !== i));
  for (const m of all) {
    // a capital opening a sentence is no evidence: the words after it may still be a name ("Later Zapier")
    const opening = starts.has(m.index) && !openingTwice.has(m[0]);
    if (!opening) runs.add(m[0]);
    const words = m[0].split(" ");
    if (opening && words.length > 1) words.shift();
    const name = words.join(" ");
    const index = m.index + m[0].length - name.length;
    if (known.some((h) => h.index < index + name.length && h.end > index)) continue;
    const c = counts.get(name) ?? { n: 0, mid: 0, place: 0, person: false, first: index };
    counts.set(name, c);
    const before = view.folded.slice(Math.max(0, index - 20), index);
    if (PERSON_BEFORE.test(before)) c.person = true;
    if (index < view.titleEnd) continue;
    c.n++;
    if (!opening || !starts.has(index)) c.mid++;
    if (PLACE_BEFORE.test(before)) c.place++;
  }
  const names = [...runs, ...counts.keys()];
  const ranked = [...counts]
    .filter(([name, c]) => c.n >= MIN_MENTIONS && c.mid > 0 && !c.person && c.place * 2 < c.n && isName(name) && !isSurname(name, names))
    .sort((a, b) => b[1].n - a[1].n);
  const best = standingOut(view, ranked);
  if (!best || best[1].first >= leadEnd) return null;
  return { entry: { name: best[0], company: best[0], aliases: [] }, index: best[1].first, end: best[1].first + best[0].length };
}

/** Where the first letter or digit from `from` is (a sentence's opening word, past its quotes and spaces). */
/** Where each sentence's first letter or digit stands: a capital there is no evidence of a name. */
export function sentenceStarts(view: TextView): Set<number> {
  return new Set(view.sentences.map((s) => firstLetter(view.full, s.start)));
}

function firstLetter(full: string, from: number): number {
  const m = /[\p{L}\p{N}]/u.exec(full.slice(from, from + 40));
  return m ? from + m.index : from;
}

// the name named more than any other; of names the body writes most and as often, the one alone in
// the title, as a headline names what its story is about ("Acme back online": "the Acme network" ...
// "across the NSW network")
function standingOut<T extends { n: number }>(view: TextView, ranked: [string, T][]): [string, T] | null {
  const top = ranked.filter(([, c]) => c.n === ranked[0]?.[1].n);
  if (top.length < 2) return top[0] ?? null;
  const title = view.full.slice(0, view.titleEnd);
  const titled = top.filter(([name]) => timesNamed(title, name) > 0);
  return titled.length === 1 ? titled[0] : null;
}

function isName(name: string): boolean {
  const words = name.split(" ").map(foldText);
  const folded = words.join(" ");
  return name.length > 1 && !words.some(isNotAName) && !name.split(" ").some(isZoneAbbreviation) && !COMPANIES.includes(folded);
}

// "Mayer" where the text also writes "Marissa Mayer" where no sentence starts, and "Marissa Mayer" itself
function isSurname(name: string, names: string[]): boolean {
  const words = name.split(" ");
  if (words.length === 2 && names.includes(words[1])) return true;
  return names.some((o) => o !== name && o.split(" ").length === 2 && o.endsWith(` ${name}`));
}
