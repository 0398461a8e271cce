// Reads the zone stated right after a clock time: "16h (heure marocaine)", "8 h, heure de l'Est",
// "11 a.m. PT", "21 h 30 GMT", "10 h GMT+1", "17 h 40 à Paris", "3 p.m. London time".
import { NOT_PLACES, ZONE_ABBREVIATIONS, ZONE_REGIONS } from "./data/zone-phrases";
import { upTo } from "../compile-cues";
import { escapeRegExp } from "../../text/escape-reg-exp";

export interface ZoneMatch {
  zone: string | null; // null: "heure locale" / "local time", i.e. the outlet's zone
  end: number;
}

const NAME_TO_ZONE = new Map<string, string>();
for (const [zone, names] of Object.entries(ZONE_REGIONS)) for (const n of names) if (!NAME_TO_ZONE.has(n)) NAME_TO_ZONE.set(n, zone);

const escape = (s: string) => escapeRegExp(s).replace(/ /g, "\\s+");
const alternation = (names: string[]) => [...names].sort((a, b) => b.length - a.length).map(escape).join("|");
const NAMES = alternation([...NAME_TO_ZONE.keys()]);
const PLACES = alternation([...NAME_TO_ZONE.keys()].filter((n) => !NOT_PLACES.has(n)));

const LEAD = String.raw`[\s,;:]*(?:-\s*)?(?:\(\s*)?`;
const HEURE = String.raw`(?:heure|temps|fuseau(?:\s+horaire)?|time(?:\s+zone)?)\s+(?:(?:normale|avancee|d'ete|d'hiver|officielle|legale)\s+)?(?:(?:de\s+la|de\s+l'|du|des|de|d'|en|au|of(?:\s+the)?)\s*)?`;
// Group 1: "heure de X" / "heure X"; 2: "X time"; 3: "à X"; 4: bare English region; 5: local;
// 6: universal time named in full ("Coordinated Universal Time", "temps universel").
const WORD_ZONE = new RegExp(
  LEAD +
    String.raw`(?:${HEURE}(${NAMES})(?![a-z])|(${NAMES})\s+(?:(?:standard|daylight|summer|mean)\s+)?time(?![a-z])|(?:a|en|au|aux|sur\s+la|in(?:\s+the)?|on\s+the)\s+(${PLACES})(?![a-z'-])|(eastern|pacific|central|mountain)(?![a-z])|((?:heure|temps)\s+locale|local\s+time|heure\s+du\s+lieu)|(coordinated\s+universal\s+time|universal\s+time|temps\s+universel(?:\s+coordonne)?))\s*\)?`,
  "y",
);
const FLOATING = new RegExp(String.raw`\b(?:${HEURE}(${NAMES})(?![a-z])|(${NAMES})\s+(?:(?:standard|daylight|summer|mean)\s+)?time(?![a-z]))`, "g");
const ABBR_LEAD = new RegExp(LEAD, "y");
const ABBR = new RegExp(
  String.raw`(${Object.keys(ZONE_ABBREVIATIONS).sort((a, b) => b.length - a.length).join("|")})(?:\s*([+\-\u2212])\s*(\d{1,2})(?::?(\d{2}))?)?(?![A-Za-z0-9])\s*\)?`,
  "y",
);

/** Finds a zone phrase starting at `pos` (after optional comma or parenthesis); null when none. */
export function findZoneAfter(text: string, folded: string, pos: number): ZoneMatch | null {
  WORD_ZONE.lastIndex = pos;
  const w = WORD_ZONE.exec(folded);
  if (w) {
    const name = w[1] ?? w[2] ?? w[3] ?? w[4] ?? (w[6] ? "utc" : undefined);
    const zone = name ? NAME_TO_ZONE.get(name.replace(/\s+/g, " ")) ?? null : null;
    return { zone, end: closeParen(folded, pos, trimEnd(folded, w.index + w[0].length)) };
  }
  ABBR_LEAD.lastIndex = pos;
  const lead = ABBR_LEAD.exec(folded);
  ABBR.lastIndex = pos + (lead ? lead[0].length : 0);
  const a = ABBR.exec(text);
  if (!a) return null;
  return { zone: offsetZone(ZONE_ABBREVIATIONS[a[1]], a[2], a[3], a[4]), end: closeParen(folded, pos, trimEnd(folded, a.index + a[0].length)) };
}

// An English possessive is still the place ("New Zealand's largest banks", "Kenya's regulator"); any
// other apostrophe goes on into another word.
const PLACE_WORD = new RegExp(String.raw`(?<![a-z-])(${PLACES})(?![a-z-]|'(?!s(?![a-z])))`, "g");

/** Places named in [from, to) ("Kenya", "Montréal", "ivoiriens"...), with the zone of each. */
export function findPlaces(folded: string, from: number, to: number): { zone: string; name: string; index: number }[] {
  const out: { zone: string; name: string; index: number }[] = [];
  PLACE_WORD.lastIndex = from;
  // read only a little past `to`: the search for the first place after it ran on to the end of a text
  // naming none, once per sentence (a slow tail of extraction); a place's name is far shorter
  const text = upTo(folded, to);
  let m: RegExpExecArray | null;
  while ((m = PLACE_WORD.exec(text)) && m.index < to) {
    const name = m[1].replace(/\s+/g, " ");
    const zone = NAME_TO_ZONE.get(name);
    if (zone) out.push({ zone, name, index: m.index });
  }
  return out;
}

/** Finds zone phrases of the "heure de X" / "X time" kind anywhere in [from, to), for clocks whose zone comes earlier or later in the sentence. */
export function findZonePhrases(folded: string, from: number, to: number): { zone: string; index: number; end: number }[] {
  const out: { zone: string; index: number; end: number }[] = [];
  const re = FLOATING;
  re.lastIndex = from;
  const text = upTo(folded, to); // as findPlaces
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < to) {
    const zone = NAME_TO_ZONE.get((m[1] ?? m[2]).replace(/\s+/g, " "));
    if (zone) out.push({ zone, index: m.index, end: m.index + m[0].length });
  }
  return out;
}

// "UTC+2" / "GMT-5": a stated fixed offset; the tz database names it Etc/GMT with the sign inverted.
function offsetZone(base: string, sign?: string, hours?: string, minutes?: string): string {
  if (!sign || !hours) return base;
  const h = Number(hours);
  const neg = sign !== "+";
  if (minutes && Number(minutes) > 0) return `UTC${neg ? "-" : "+"}${h}:${minutes}`;
  return h === 0 ? "UTC" : `Etc/GMT${neg ? "+" : "-"}${h}`;
}

// Keeps a closing parenthesis in the phrase only when the zone phrase opened one.
function closeParen(folded: string, pos: number, end: number): number {
  return folded[end - 1] === ")" && !folded.slice(pos, end).includes("(") ? trimEnd(folded, end - 1) : end;
}

function trimEnd(folded: string, end: number): number {
  while (end > 0 && /\s/.test(folded[end - 1])) end--;
  return end;
}
