// A brand the catalogue does not know, introduced in a title or lead by what it is ("les clients de
// la banque Crelan", "payment processor Fiserv", "Mineplex, a Minecraft server network,"): the press
// says what a name is when its readers may not know it, so such a name is a service, and in an
// outage story where nothing else failed, the one that did.
import { COMPANIES } from "./data/services";
import { KIND_APPOSITION, KIND_BEFORE_NAME } from "./data/service-kind-nouns";
import { CORPORATE_SUFFIX } from "./data/unnamed-service-cues";
import { isCountryWord, isNotAName } from "./is-not-a-name";
import type { ServiceHit } from "./service-hit";
import { foldText } from "../text/fold-text";
import type { TextView } from "./text-view";

// the body sentences read after the title, as findUnnamedService reads them
const LEAD_SENTENCES = 2;
// how far before a name its kind phrase may start, and after it its apposition may end
const REACH = 60;
// one to three capitalised words ("Crelan", "Navy Federal", "Revenu Québec")
const NAME_AT = /^\p{Lu}[\p{L}\p{N}&+.'’-]*(?: \p{Lu}[\p{L}\p{N}&+.'’-]*){0,2}/u;
const NAME_BEFORE = /(?<![\p{L}\p{N}&+.'’-])\p{Lu}[\p{L}\p{N}&+.'’-]*(?: \p{Lu}[\p{L}\p{N}&+.'’-]*){0,2}$/u;
// a server word right after a known game's name: one of its servers, not the game
const KIND_AFTER_NAME = /^ (?:server|servers|serveur|serveurs|server network|mmorpg server)(?![\p{L}])/u;
// a kind phrase after these names where figures come from, not what failed
const SOURCE_BEFORE = /\b(?:selon|d'apres|according to|citing|cited by|data from|figures from|donnees d[eu]|chiffres d[eu]) (?:le |la |les |l'|the |a |an )?$/;

export interface IntroducedName {
  hit: ServiceHit;
  // the known services named inside the kind phrase ("a Minecraft server network"): what it runs on, not what failed
  describes: ServiceHit[];
}

/**
 * The first unknown name the title or lead introduces by a kind of service, with the known services
 * its kind phrases name there (every time the lead introduces it); null when there is none.
 */
export function findIntroducedName(view: TextView, known: ServiceHit[]): IntroducedName | null {
  const body = view.sentences.filter((s) => s.start >= view.titleEnd && /\p{L}/u.test(view.full.slice(s.start, s.end)));
  const lead = view.sentences.filter((s) => s.start < view.titleEnd).concat(body.slice(0, LEAD_SENTENCES));
  const found = lead.flatMap((s) => introducedIn(view, s.start, Math.min(s.end, s.start < view.titleEnd ? view.titleEnd : s.end), known));
  if (found.length === 0) return null;
  const first = found[0];
  const describes = found.filter((f) => f.hit.entry.name === first.hit.entry.name).flatMap((f) => f.describes);
  // the described service named again before the same kind noun ("Wynncraft down as Minecraft
  // server hit by DDoS") restates the name: "Minecraft server" is Wynncraft there
  const names = new Set(describes.map((h) => h.entry.name));
  const restated = known.filter((h) => names.has(h.entry.name) && !describes.includes(h) && KIND_AFTER_NAME.test(view.folded.slice(h.end, h.end + 20)));
  return { hit: first.hit, describes: [...describes, ...restated] };
}

function introducedIn(view: TextView, start: number, end: number, known: ServiceHit[]): IntroducedName[] {
  const out: IntroducedName[] = [];
  for (let i = start; i < end; i++) {
    if (!/\p{Lu}/u.test(view.full[i]) || (i > start && /[\p{L}\p{N}]/u.test(view.full[i - 1]))) continue;
    const run = NAME_AT.exec(view.full.slice(i, end));
    if (!run) continue;
    const before = view.folded.slice(Math.max(start, i - REACH), i);
    const kind = KIND_BEFORE_NAME.exec(before);
    const name = cleanName(run[0], kind !== null);
    const from = i - before.length + (kind?.index ?? 0);
    // "selon le site spécialisé W3Techs", "according to the website Acme": a source of figures
    if (name && kind && SOURCE_BEFORE.test(view.folded.slice(Math.max(start, from - 30), from))) { i += run[0].length; continue; }
    const found = name && kind ? introduced(view, known, name, i, modifierStart(view, known, from), i) : appositionOf(view, known, run[0], i, end);
    if (found) out.push(found);
    i += run[0].length;
  }
  return out;
}

// a known service right before the kind noun modifies it ("the Minecraft server network Mineplex")
function modifierStart(view: TextView, known: ServiceHit[], from: number): number {
  const modifier = known.find((h) => h.end < from && /^['’]?s? ?$/.test(view.full.slice(h.end, from)));
  return modifier ? modifier.index : from;
}

// an apposition after the name: "Mineplex, a Minecraft server network, goes offline"
// ("Acme B.V., a Dutch CDN,": the name without its legal form, the apposition after it)
function appositionOf(view: TextView, known: ServiceHit[], run: string, i: number, end: number): IntroducedName | null {
  const legal = CORPORATE_SUFFIX.exec(run.replace(/[,:;!?]+$/, ""));
  const bare = legal ? run.slice(0, legal.index) : run.replace(/[.,:;!?]+$/, "");
  const tail = NAME_BEFORE.exec(bare);
  const last = tail ? cleanName(tail[0], false) : null;
  const after = legal ? i + legal.index + legal[0].length : i + bare.length;
  const appo = KIND_APPOSITION.exec(view.folded.slice(after, Math.min(end, after + REACH)));
  // "Bazarune, Morocco's largest marketplace": a country's possessive says where the service is; any
  // other owner's ("Instacart, McDonald's app") names another firm's product
  if (appo?.groups?.owner && !isCountryWord(appo.groups.owner)) return null;
  return last && appo ? introduced(view, known, last, i + bare.length - last.length, after, after + appo[0].length) : null;
}

// the name as a hit, unless the catalogue knows it; the known hits inside [from, to) are described by it
function introduced(view: TextView, known: ServiceHit[], name: string, index: number, from: number, to: number): IntroducedName | null {
  const end = index + name.length;
  if (view.full.slice(index, end) !== name) return null;
  if (known.some((h) => h.index < end && h.end > index)) return null;
  const describes = known.filter((h) => h.index >= from && h.end <= to && (h.end <= index || h.index >= end));
  return { hit: { entry: { name, company: name, aliases: [] }, index, end }, describes };
}

// the run's words up to the first that is no name (a day, an article, a country, a company); with a
// kind phrase before it, the name is its first words, else (an apposition follows) the whole run
function cleanName(run: string, first: boolean): string | null {
  const words = run.replace(/[.,:;!?]+$/, "").split(" ");
  // after a kind phrase, capitalised words ending on no generic word are one brand ("payment
  // processor Global Payments", "the bank First Direct"), though a headline word opens it
  const last = foldText(words[words.length - 1]);
  const whole = first && words.length > 1 && !isNotAName(last) && !words.some((w) => /['’]s$/.test(w) || isCountryWord(foldText(w)));
  const kept: string[] = whole ? [...words] : [];
  for (const w of whole ? [] : words) {
    const folded = foldText(w).replace(/['’]s$/, "");
    if (isNotAName(folded) || /['’]s$/.test(w)) break;
    kept.push(w);
  }
  if (!first && kept.length !== words.length) return null;
  const name = kept.join(" ");
  const folded = foldText(name);
  if (name.length < 2 || COMPANIES.includes(folded) || isNotAName(folded)) return null;
  return name;
}
