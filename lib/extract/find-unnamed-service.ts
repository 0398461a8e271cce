// A service extraction does not know, taken from where a title or lead says it failed ("Roblox
// down", "Panne géante chez Doctolib"), so that its coverage is detected and clusters by name.
import { COMPANIES } from "./data/services";
import { GENRE_WORDS, KIND_WORDS } from "./data/service-kind-nouns";
import { ARTICLE_WORDS, CORPORATE_SUFFIX, DEVICE_BEFORE, NAME, NAME_ADJECTIVES, NAME_AFTER_FAILURE, NAME_BEFORE_FAILURE, NAME_SHORT, NOT_A_NAME, PART_WORDS, PHYSICAL_NEAR, REGION_WORDS, COMPASS_WORDS } from "./data/unnamed-service-cues";
import type { ServiceHit } from "./find-services";
import { foldText } from "../text/fold-text";
import type { TextView } from "./text-view";
import { isNotAName, isPlaceName } from "./is-not-a-name";
import { timesNamed } from "./times-named";
import { TRADE_WORDS } from "./whole-brand-name";
// a clock time as French and English copy write it: "8h50", "10h", "14:05", "9.30"
const CLOCK = /^\p{N}{1,2}(?:h\p{N}{0,2}|[:.]\p{N}{2})$/u;

const MAX_WORDS = 3;
// a capitalised word behind an elided French article: "d'Azorel", "l'Ovaro"
const ELIDED_NAME = /^[dl]['’](\p{Lu}[\p{L}\p{N}.+&-]*)$/u;
// The body sentences read after the title (blank ones not counted: a text with no title opens on a
// blank line). Measured with each labelled service renamed to an unknown brand in its train and dev
// articles (README): two named it in more articles than one, three in fewer.
const LEAD_SENTENCES = 2;

/**
 * The failed service a title or the first body sentences name without extraction knowing it, if
 * any. The catalogue helps rather than gates: `known` (the catalogue's hits) stops the search only
 * when one stands in the title, whose capitalised words would otherwise be read as another name
 * ("Gmail Early Morning Outage"); a bank whose customers complained on X in the lead is still read
 * ("Panne chez Boursorama"), and a name the catalogue knows is never read as an unknown one.
 */
export function findUnnamedService(view: TextView, known: ServiceHit[] = []): ServiceHit | null {
  const body = view.sentences.filter((s) => s.start >= view.titleEnd && /\p{L}/u.test(view.full.slice(s.start, s.end)));
  const lead = view.sentences.filter((s) => s.start < view.titleEnd).concat(body.slice(0, LEAD_SENTENCES));
  // a payment rail is the means of the failure the title tells, not its subject ("Zorvex users hit
  // by failed UPI payments"): the name failing beside it is still looked for
  if (known.some((h) => h.index < view.titleEnd && !h.entry.rail)) return null;
  for (const s of lead) {
    const hit = nameIn(view, s.start, s.end, known);
    if (hit) return hit;
  }
  return null;
}

// What a sentence must hold for a pattern to match in it: the pattern with its name left out (at its
// head) or let be anything (inside it). A search for the failure words alone is cheap, where the
// pattern tries a name of one to three words at every word of the sentence; most patterns find no
// failure word of theirs in a sentence, and the name is then not looked for.
function needsOf(re: RegExp): RegExp {
  const source = re.source.startsWith(NAME_SHORT) ? re.source.slice(NAME_SHORT.length) : re.source.replace(NAME, "[^]*?");
  if (source === re.source) throw new Error(`find-unnamed-service: no name in /${re.source}/`);
  return new RegExp(source, re.flags.replace("g", ""));
}
const NEEDS = new Map([...NAME_BEFORE_FAILURE, ...NAME_AFTER_FAILURE].map((re) => [re, needsOf(re)]));

/**
 * In an outage story no sentence of which says a known service failed: the unknown name any
 * sentence says failed ("les clients de Zorvex sont privés d'Internet" deep in the text), if the
 * text names it again elsewhere: a story keeps naming its subject, while a name met once in the
 * body is more often a place, a person or an aside. Read after detection, which it does not feed.
 */
export function findUnnamedSubject(view: TextView, known: ServiceHit[]): ServiceHit | null {
  for (const s of view.sentences) {
    const hit = nameIn(view, s.start, s.end, known);
    if (hit && timesNamed(view.full, hit.entry.name) >= MIN_MENTIONS) return hit;
  }
  return null;
}

// a subject named at least this often, written the same way
const MIN_MENTIONS = 2;

function nameIn(view: TextView, start: number, end: number, known: ServiceHit[]): ServiceHit | null {
  const text = view.full.slice(start, end);
  for (const [patterns, fromEnd] of [[NAME_BEFORE_FAILURE, true], [NAME_AFTER_FAILURE, false]] as const) {
    for (const re of patterns) {
      if (!NEEDS.get(re)!.test(text)) continue;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        if (namesAnother(view.full, m.groups?.about)) continue;
        const at = m.index + m[0].indexOf(m[1]);
        if (PHYSICAL_NEAR.test(view.folded.slice(start + Math.max(0, m.index - 20), start + m.index + m[0].length + 20))) continue;
        const name = brandName(m[1], fromEnd, text.slice(Math.max(0, at - 40), at));
        if (!name) continue;
        const index = start + at + (fromEnd ? m[1].lastIndexOf(name) : m[1].indexOf(name));
        if (DEVICE_BEFORE.test(view.folded.slice(Math.max(0, index - 20), index))) continue;
        // a name the catalogue knows is read by it
        if (known.some((h) => h.index < index + name.length && h.end > index)) continue;
        return { entry: { name, company: name, aliases: [] }, index, end: index + name.length };
      }
    }
  }
  return null;
}

// "Acme Studio explains Zorvex outage": the outage is of the name between the verb and the failure
// noun, the one that failed, and the subject is its maker or owner speaking; that name must come back
// in the text (a story keeps naming its subject), so a title-cased "Acme Explains Recent Outage" is
// still Acme's
function namesAnother(full: string, about: string | undefined): boolean {
  const run = (about ?? "").split(" ").map((w) => w.replace(/[’']s$/, "")).filter((w) => /^\p{Lu}/u.test(w) && !isNotAName(foldText(w)));
  return run.length > 0 && timesNamed(full, run.join(" ")) >= MIN_MENTIONS;
}

// The capitalised words next to the failure word (the last ones before it, the first ones after),
// stopping at a generic word; null when none is left or it is a company, a place or a weekday.
// Words naming the service's part or users, or an article, may stand first ("Halifax app down",
// "panne de l'appli Yuka"): they are passed over. A possessive ends at its owner ("Monzo's app").
function brandName(words: string, fromEnd: boolean, before = ""): string | null {
  const written = words.split(" ");
  const tokens = written.map((t) => t.replace(/[’']s$/, ""));
  if (fromEnd) [written, tokens].forEach((a) => a.reverse());
  // the words just before the name's longest reach, nearest first, read back with it (a place's first words)
  const reach = tokens.concat(before.split(/\s+/).filter(Boolean).slice(-2).reverse());
  const kept: string[] = [];
  let passed = false;
  let described = false;
  for (const [i, t] of tokens.slice(0, MAX_WORDS).entries()) {
    // read back to an owner ("Zorvex's European servers down", "Zorvex's new app down"), the words after it are its things
    // a place's possessive says where, not whose ("Congo's Zorvex Pay"): the name ends before it
    if (fromEnd && (kept.length > 0 || described) && /[’']s$/.test(written[i]) && isWord(t)) {
      if (!endsAPlace(reach, i)) kept.splice(0, kept.length, t);
      break;
    }
    // an owner's thing told by a lower-case word and its part or genre: read on to the owner
    if (fromEnd && passed && kept.length === 0 && /^\p{Ll}+$/u.test(t) && /[’']s$/.test(written[i + 1] ?? "")) {
      described = true;
      continue;
    }
    // "Banque Nationale": the adjective after its capitalised kind noun (before it, read from the end)
    const kindBeside = fromEnd ? kept.length === 0 && tokens[i + 1] : kept.length === 1 && kept[0];
    if (kindBeside && isCapitalKind(kindBeside) && /^\p{Lu}/u.test(t) && NAME_ADJECTIVES.has(foldText(t).replace(/[.,:;!?]+$/, ""))) {
      kept.push(t);
      continue;
    }
    // a word closing its sentence ("difficultés d'accès à Internet. Une panne…") is checked without its stop
    const whole = foldText(t);
    const folded = whole.replace(/[.,:;!?]+$/, "");
    // a year right before the failure word dates it ("Acme 2021 outage")
    const yearFirst = fromEnd && /^(?:19|20)\d\d$/.test(t);
    const bare = folded.replace(/^[ld]['’]/, "");
    // a genre says what the game is ("Zorvex's fantasy MMO"), as a part says which of its things failed
    if (PART_WORDS.has(bare) || GENRE_WORDS.has(bare) || (!fromEnd && ARTICLE_WORDS.has(folded)) || yearFirst) {
      passed = kept.length === 0;
      if (kept.length === 0) continue;
      break;
    }
    // what the brand is, written before it with an article or in lower case ("L'hébergeur Infomaniak
    // victime d'une panne", "panne chez la banque Crelan"), is no part of its name; capitalised
    // without one it may be ("Banque Populaire", "Metro Bank down")
    const generic = /^[ld]['’]/i.test(t) || !/^\p{Lu}/u.test(t);
    if (KIND_WORDS.has(bare) && generic && (fromEnd ? kept.length > 0 : kept.length === 0)) {
      if (kept.length === 0) continue;
      break;
    }
    // a French elided article opens the name inside its token ("le réseau d'Azorel Télécom paralysé",
    // "la panne d'Ovaro Mobile"): the capitalised word after the apostrophe is the name's first
    const elided = ELIDED_NAME.exec(t)?.[1];
    const elidedFolded = elided ? foldText(elided) : "";
    if (elided && !isNotAName(elidedFolded) && !isPlaceName(elidedFolded) && !COMPASS_WORDS.has(elidedFolded)) {
      if (fromEnd || kept.length === 0) kept.push(elided);
      if (fromEnd || kept.length > 1) break;
      continue;
    }
    // a year ("2021 Facebook outage") is not part of a name
    // nor a length ("a 12-hour outage"), nor a clock time ("une panne de 8h50 à 9h35", "from 14:05")
    if (!/^[\p{Lu}\p{N}]/u.test(t) || /^\p{N}+$/u.test(t) || /^\p{N}+-/u.test(t) || CLOCK.test(folded) || isNotAName(folded) || NOT_A_NAME.has(whole)) break;
    // a region after the name is where it failed ("Zorvex EU servers down"), passed over like a part
    if (fromEnd && kept.length === 0 && REGION_WORDS.has(folded)) continue;
    kept.push(t);
  }
  if (fromEnd) kept.reverse();
  const name = kept.join(" ").replace(/[.,:;!?'’-]+$/, "").replace(CORPORATE_SUFFIX, "");
  if (name.length < 2 || /^\p{N}+$/u.test(name)) return null;
  const folded = foldText(name);
  // a kind noun alone ("Banque", "Bank") names no one, nor trade words alone ("Télécom", "Mobile")
  if (KIND_WORDS.has(folded) || folded.split(" ").every((w) => TRADE_WORDS.has(w))) return null;
  return COMPANIES.includes(folded) || isPlaceName(folded) ? null : name;
}

// the owner read from the end is a place's last word, alone or with the one or two words before it
// ("New Zealand's Zorvex Bank", "Sri Lanka's", "Côte d'Ivoire's"): the place is never the name's
function endsAPlace(reversed: string[], i: number): boolean {
  return [1, 2, 3].some((n) => i + n <= reversed.length && isPlaceName(foldText(reversed.slice(i, i + n).reverse().join(" "))));
}

function isWord(token: string): boolean {
  return /^\p{Lu}/u.test(token) && !isNotAName(foldText(token));
}

function isCapitalKind(word: string): boolean {
  return /^\p{Lu}/u.test(word) && KIND_WORDS.has(foldText(word));
}
