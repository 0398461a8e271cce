// Unknown names listed with known services ("Facebook, Acme et WhatsApp inaccessibles", "Jira and
// Acme Cloud go down", "NatWest, RBS and Acme customers locked out"): a list joins things of one
// kind, so a capitalised name coordinated with a service the catalogue knows is a service too, and
// the sentence gives it the role it gives its neighbours (failed, knock-on victim or bystander).
import { COMPANIES } from "./data/services";
import { KIND_WORDS } from "./data/service-kind-nouns";
import type { ServiceHit } from "./service-hit";
import { foldText } from "../text/fold-text";
import type { TextView } from "./text-view";
import { isNotAName } from "./is-not-a-name";
import { timesNamed } from "./times-named";

// the body sentences read after the title, as the other readers of unknown names read them
const LEAD_SENTENCES = 2;
// a comma (with or without a conjunction after it), a conjunction or an ampersand
const SEPARATOR = /,\s+(?:(?:et|and|ou|or|&)\s+)?|\s+(?:et|and|ou|or|&)\s+/giu;
// one to three capitalised words, at the start of the text after a separator or at the end before one
const NAME_AT = /^\p{Lu}[\p{L}\p{N}&+.'’-]*(?: \p{Lu}[\p{L}\p{N}&+.'’-]*){0,2}/u;
const NAME_BEFORE = /(?<![\p{L}\p{N}&+.'’-])\p{Lu}[\p{L}\p{N}&+.'’-]*(?: \p{Lu}[\p{L}\p{N}&+.'’-]*){0,2}$/u;
// a story names its subject more than once, written the same way; a word a title-cased headline
// capitalises ("Facebook, Instagram And More Go Down") is written lower-case in the body
const MIN_MENTIONS = 2;

interface Item {
  start: number;
  end: number;
  known: boolean;
}

/** The unknown names the title or lead lists with a known service, as hits (none the catalogue knows). */
export function coordinatedNames(view: TextView, known: ServiceHit[]): ServiceHit[] {
  if (known.length === 0) return [];
  const body = view.sentences.filter((s) => s.start >= view.titleEnd && /\p{L}/u.test(view.full.slice(s.start, s.end)));
  const lead = view.sentences.filter((s) => s.start < view.titleEnd).concat(body.slice(0, LEAD_SENTENCES));
  const out: ServiceHit[] = [];
  for (const s of lead) {
    const end = s.start < view.titleEnd ? Math.min(s.end, view.titleEnd) : s.end;
    for (const item of unknownInLists(view, known, s.start, end)) {
      const name = view.full.slice(item.start, item.end);
      if (out.some((h) => h.index === item.start)) continue;
      out.push({ entry: { name, company: name, aliases: [] }, index: item.start, end: item.end });
    }
  }
  return out;
}

// the lists of a sentence, as groups of items linked by separators; the unknown items of the groups holding a known one
function unknownInLists(view: TextView, known: ServiceHit[], start: number, end: number): Item[] {
  const text = view.full.slice(start, end);
  const groups: { items: Item[]; joined: boolean }[] = [];
  let open: { items: Item[]; joined: boolean } | null = null;
  for (const m of text.matchAll(SEPARATOR)) {
    const left = itemBefore(view, known, start, start + m.index);
    const right = itemAfter(view, known, start + m.index + m[0].length, end);
    if (!left || !right) {
      open = null;
      continue;
    }
    // the item right of the last separator is the left one of this one: the same list goes on
    const last = open?.items[open.items.length - 1];
    const conjunction = m[0].trim() !== ",";
    if (open && last && last.start === left.start && last.end === left.end) {
      open.items.push(right);
      open.joined ||= conjunction;
    } else groups.push((open = { items: [left, right], joined: conjunction }));
  }
  // two names joined by a comma alone are more often a name and its apposition ("la porte-parole de
  // Acme, Jeanne Martin,") than a list: a list closes on a conjunction or runs to three items
  const lists = groups.filter((g) => (g.joined || g.items.length >= 3) && g.items.some((i) => i.known));
  return lists.flatMap((g) => g.items.filter((i) => !i.known && isName(view, i)));
}

function itemBefore(view: TextView, known: ServiceHit[], from: number, at: number): Item | null {
  const hit = known.find((h) => h.end === at && h.index >= from);
  if (hit) return { start: hit.index, end: hit.end, known: true };
  const run = NAME_BEFORE.exec(view.full.slice(from, at));
  const kept = run ? nameWords(run[0].split(" ").reverse()).reverse().join(" ") : "";
  return kept ? trimmed(known, at - kept.length, at) : null;
}

function itemAfter(view: TextView, known: ServiceHit[], at: number, to: number): Item | null {
  const hit = known.find((h) => h.index === at && h.end <= to);
  if (hit) return { start: hit.index, end: hit.end, known: true };
  const run = NAME_AT.exec(view.full.slice(at, to));
  const kept = run ? nameWords(run[0].split(" ")).join(" ") : "";
  return kept ? trimmed(known, at, at + kept.length) : null;
}

// the words of a run, from the separator on, up to the first that is no name's (a headline's
// capitalised verb or adjective: "Zorvex Are Back Online", "Panne Zorvex et Instagram")
function nameWords(words: string[]): string[] {
  const kept: string[] = [];
  for (const w of words) {
    const folded = foldText(w).replace(/(?:['’]s)?[.:;!?]*$/u, "");
    if (isNotAName(folded)) break;
    kept.push(w);
  }
  return kept;
}

// a run overlapping a known hit is that hit ("Confluence Cloud" holds "Confluence"); a possessive
// or a stop closing the run is no part of the name
function trimmed(known: ServiceHit[], start: number, end: number): Item {
  const hit = known.find((h) => h.index < end && h.end > start);
  if (hit) return { start: hit.index, end: hit.end, known: true };
  return { start, end, known: false };
}

function isName(view: TextView, item: Item): boolean {
  const raw = view.full.slice(item.start, item.end);
  const name = raw.replace(/(?:['’]s)?[.:;!?]*$/u, "");
  if (name !== raw) item.end = item.start + name.length;
  const words = name.split(" ").map((w) => foldText(w));
  const folded = words.join(" ");
  if (name.length < 2 || /^\p{N}+$/u.test(name)) return false;
  if (words.some(isNotAName) || COMPANIES.includes(folded) || KIND_WORDS.has(folded)) return false;
  return timesNamed(view.full, name) >= MIN_MENTIONS;
}
