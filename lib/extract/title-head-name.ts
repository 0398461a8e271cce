// A headline's topic before a colon ("Acme : le service rétabli après sept heures de panne", "Acme:
// l'application bancaire en panne"), the way French news titles (and some English ones) name what a
// story is about: when what follows the colon tells a failure or a recovery (or people deprived of
// connection or service) and no known service is in the title, that topic is what failed, if it is a
// name and not a place or a season ("Canicule :", "Bruxelles :"): the body writes it again,
// capitalised where no sentence starts, never after a place word ("à Bruxelles"); and the rest of
// the title names no other service as the one that failed.
import { COMPANIES } from "./data/services";
import { findUnnamedService } from "./find-unnamed-service";
import { KIND_WORDS } from "./data/service-kind-nouns";
import { DEPRIVED_OF_SERVICE, PLACE_BEFORE } from "./data/unnamed-service-cues";
import type { CueHit } from "./outage-cue-hits";
import type { ServiceHit } from "./service-hit";
import { foldText } from "../text/fold-text";
import type { TextView } from "./text-view";
import { sentenceStarts } from "./find-recurring-name";
import { isNotAName, isPlaceName } from "./is-not-a-name";
import { wholeName } from "./times-named";
import { TRADE_WORDS } from "./whole-brand-name";

// the whole head is one to three capitalised words, then the colon
const HEAD = /^\s*(\p{Lu}[\p{L}\p{N}&+.'’-]*(?: \p{Lu}[\p{L}\p{N}&+.'’-]*){0,2})\s*:\s/u;
const FAILURE_FIRST = /^(?:Panne|Pannes|Outage|Bug|Plantage|Crash) (?=\p{Lu})/u;
// a trade word closing the head, written capitalised as in a brand ("Zorvex Mobile")
const TRADE_TAIL = new RegExp(`(?<=\\p{L}) (?:${[...TRADE_WORDS].map((w) => w[0].toUpperCase() + w.slice(1)).join("|")})$`, "u");

/** The unknown name a title opens on before a colon that the rest of the title says failed or came back, or null. */
export function titleHeadName(view: TextView, known: ServiceHit[], cues: CueHit[]): ServiceHit | null {
  if (known.some((h) => h.index < view.titleEnd)) return null;
  const m = HEAD.exec(view.full.slice(0, view.titleEnd));
  if (!m) return null;
  // a head opening on the failure noun names what failed ("Panne Zorvex : la ministre s'excuse")
  const failure = FAILURE_FIRST.exec(m[1]);
  // a trade word closing the head ("Zorvex Mobile :") is left for wholeBrandName to take back
  const name = m[1].slice(failure?.[0].length ?? 0).replace(TRADE_TAIL, "");
  const index = m.index + m[0].indexOf(m[1]) + (failure?.[0].length ?? 0);
  const rest = m.index + m[0].length;
  if (!failure && !failsAfter(view, cues, rest)) return null;
  // the rest of the title says who failed ("Montpellier : une panne chez l'hébergeur Acme…"), as a
  // known service there does: the head is then the story's place or topic, a dateline
  const told = findUnnamedService(view, known);
  if (told && told.index >= rest && told.index < view.titleEnd) return null;
  const words = name.split(" ").map((w) => foldText(w));
  if (words.some(isNotAName) || isPlaceName(words.join(" ")) || COMPANIES.includes(words.join(" ")) || KIND_WORDS.has(words.join(" "))) return null;
  if (!namedAgainAsAName(view, name)) return null;
  return { entry: { name, company: name, aliases: [] }, index, end: index + name.length };
}

// a failure word after the colon, or people deprived of what the service carries ("Acme : un câble
// arraché a privé la région de connexion"), which is no failure word for detection, only the weak
// sign this reader needs once the title is shaped as a topic and its story
function failsAfter(view: TextView, cues: CueHit[], rest: number): boolean {
  return cues.some((c) => c.index >= rest && c.index < view.titleEnd) || DEPRIVED_OF_SERVICE.test(view.folded.slice(rest, view.titleEnd));
}

// the body names it where no sentence starts, and never as a place
function namedAgainAsAName(view: TextView, name: string): boolean {
  const starts = sentenceStarts(view);
  let mid = 0;
  for (const m of view.full.slice(view.titleEnd).matchAll(wholeName(name))) {
    const at = view.titleEnd + m.index;
    if (PLACE_BEFORE.test(view.folded.slice(Math.max(0, at - 20), at))) return false;
    if (!starts.has(at)) mid++;
  }
  return mid > 0;
}
