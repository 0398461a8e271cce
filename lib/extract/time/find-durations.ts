// Durations in French and English: "a duré environ une heure", "pendant 2 h 30", "2h 15m", "for nearly six
// hours", "une quarantaine de minutes", "une heure et demie", "about 90 minutes", "two hours ago".
import { APPROX_CUES, DURATION_CUES, INDEFINITE_COUNTS, NUMBER_WORDS, VAGUE_COUNTS } from "./data/calendar-words";
import { escapeRegExp } from "../../text/escape-reg-exp";

export interface DurationMatch {
  index: number;
  end: number;
  minutes: number;
  approximate: boolean;
  vague: boolean; // "several hours", "quelques heures": the count itself is a guess
  ongoing: boolean; // "depuis deux heures", "for the past hour": elapsed so far, a lower bound
  ago: boolean; // "il y a deux heures", "two hours ago": an instant counted back, not a length
}

const escape = (s: string) => escapeRegExp(s).replace(/ /g, "\\s+");
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join("|");
const NUMBER_WORD_LIST = Object.keys(NUMBER_WORDS);

// "une quinzaine de minutes" / "une quinzaine d'heures".
const NUMBER_WORD_ALT = alt(NUMBER_WORD_LIST).replace(/\\s\+de(?=\||$)/g, String.raw`\s+(?:de\s+|d')`);
// (?<!\d): a quantity starts where its digit run starts, so a long run is tried once (linear time, issue 14)
const QTY = String.raw`((?<!\d)\d+(?:[.,]\d+)?|(?<![a-z-])(?:${NUMBER_WORD_ALT}))`;
const UNIT = String.raw`(heures?|h|hrs?|hours?|minutes?|mins?|mn|jours?|journees?|days?|semaines?|weeks?)`;
const TAIL = String.raw`(?:\s*(?:et|and)\s+(demie?|quart|a\s+half|half|a\s+quarter)|\s*(?:,\s*|et\s+|and\s+)(\d{1,2})\s*(?:minutes?|mins?|mn)(?![a-z])|\s*(\d{1,2})\s*(?:minutes?|mins?|mn|m)?(?![\d:a-z]))?`;
// "within the hour", "dans l'heure (qui a suivi)": the bound "within an hour" is, said with the article
// (not "l'heure d'été", "l'heure de pointe"); the match starts after "within"/"dans" as "an hour" does.
// (a fixed-length look-behind: linear time on long runs of spaces, issue 14)
const THE_HOUR = String.raw`(?<=(?<![a-z])within\s)the\s+hour(?![a-z])|(?<=(?<![a-z])dans\s)l'heure(?![a-z])(?!\s+(?:d'|de\s|du\s|locale|legale))`;
const FRACTION = String.raw`(${THE_HOUR}|(?<![a-z])(?:une?\s+demi-heure|une\s+demi\s+heure|half\s+an\s+hour|a\s+half[\s-]hour|(?:un|a)\s+quart\s+d'heure|(?:a\s+)?quarter\s+of\s+an\s+hour|trois\s+quarts?\s+d'heure|three\s+quarters\s+of\s+an\s+hour|une\s+demi[\s-]journee|half\s+a\s+day|a\s+half[\s-]day))`;
// "une bonne heure", "six straight hours".
const FILLER = String.raw`(?:(?:bonnes?|petites?|longues?|courtes?|full|straight|long|whole|solid|consecutive)\s+)?`;
// "a two-and-a-half-hour outage".
const HALF_BEFORE_UNIT = String.raw`(?:[\s-]+and[\s-]+a[\s-]+half)?`;
const DURATION = new RegExp(String.raw`${FRACTION}|${QTY}${HALF_BEFORE_UNIT}\s*-?\s*${FILLER}${UNIT}(?![a-z]|-end)${TAIL}`, "g");
// Half a day ("pendant une demi-journée", "for half a day") is read as its literal twelve hours, and
// as vague as "several hours": said of a morning's outage as of a night's, it is an order of size,
// and any length measured in clocks should outweigh it ("plusieurs heures, soit près d'une demi-journée").
const HALF_DAY = /journee|day/;
const FRACTION_MINUTES: [RegExp, number][] = [[/^(?:the\s+hour|l'heure)$/, 60], [/journee|day/, 720], [/trois|three/, 45], [/quart|quarter/, 15], [/demi|half/, 30]];

const APPROX_BEFORE = new RegExp(String.raw`(?:^|[^a-z'])(?:${alt(APPROX_CUES)})\s*$`);
const CUE_BEFORE = new RegExp(String.raw`(?:^|[^a-z'])(?:${alt([...DURATION_CUES, ...APPROX_CUES])})\s*$`);
const APPROX_STRIP = new RegExp(String.raw`(?:${alt(APPROX_CUES)})\s*$`);
const CLOCK_PREP_BEFORE = /(?:^|[^a-z'])(?:a|vers|des|depuis|jusqu'a|avant|apres|at|by|until|since)\s*$/;
const WORD_CLOCK_BEFORE = /(?:^|[^a-z'])(?:a|vers|at)\s+$/;
const AGO_BEFORE = /(?:^|[^a-z])il\s+y\s+a\s+(?:(?:environ|pres\s+de|presque|plus\s+de|moins\s+de|quelque)\s+)?$/;
export const AGO_AFTER = /^\s+ago\b/;
// "depuis plus de deux heures", "for the past hour", "down for two hours now": the outage is still on.
const ONGOING_BEFORE = /(?:^|[^a-z])(?:depuis|for\s+the\s+(?:past|last)|over\s+the\s+(?:past|last))\s+(?:(?:environ|pres\s+de|presque|plus\s+de|deja|about|around|nearly|almost|more\s+than|over)\s+)?$/;
const ONGOING_AFTER = /^\s*(?:now|so\s+far|already|deja|maintenant|and\s+counting)\b/;
// "has been unreachable for more than an hour", "we have been standing here for two hours": the English
// present perfect measures up to the moment of speaking, so the length is elapsed so far (a lower bound
// on the outage, or someone's wait), not the outage's; the past perfect ("had been down for six hours
// when service returned") is a told length and stays one, as does a length after "after" or "since"
// ("has been restored after being down for three hours").
const PERFECT_BEFORE = /(?:(?:^|[^a-z])(?:have|has)|'ve|'s)\s+been\s+(?:(?!after\b|since\b|following\b|before\b|when\b)[a-z-]+\s+){0,4}for\s+(?:(?:about|around|nearly|almost|more\s+than|over|roughly|close\s+to|at\s+least)\s+)?$/;
// "ça fait deux heures que j'essaie", "voilà trois heures que", "it's been two hours since": the time
// someone has been waiting when they speak, elapsed so far, not the outage's length.
const SO_FAR_BEFORE = new RegExp(String.raw`(?:^|[^a-z])(?:(?:ca|cela)\s+(?:fait|faisait)|voila|it's\s+been|it\s+has\s+been|it\s+had\s+been)\s+(?:(?:${alt(APPROX_CUES)}|deja|bientot|already)\s+)*$`);
const SO_FAR_AFTER = /^\s*(?:que\b|qu'|since\b|that\b)/;
// "6 heures de panne", "44 heures d'une coupure", "6 heures d'affilée", "6 heures plus tard": the words after make it a length.
export const OUTAGE_AFTER = /^\s*(?:de|d')\s*(?:(?:une|un)\s+)?(?:panne|coupure|interruption|perturbations?|indisponibilite|affilee|suite|retard)|^\s*(?:consecutives|of\s+delay|delay|durant|plus\s+tard|later|straight|in\s+a\s+row)\b|^[\s-]*(?:long|of\s+(?:downtime|disruption|outage))/;

/** Finds every duration in folded text (clock-shaped hours such as "18 h" only with a duration cue). */
export function findDurations(folded: string): DurationMatch[] {
  const out: DurationMatch[] = [];
  DURATION.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = DURATION.exec(folded))) {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    const after = folded.slice(m.index + m[0].length, m.index + m[0].length + 30);
    const minutes = m[1] ? fractionMinutes(m[1]) : quantityMinutes(m);
    if (minutes === null || minutes <= 0) continue;
    if (!m[1] && !isDuration(m, before, after)) continue;
    const count = m[2]?.replace(/\s*d'$/, " de").replace(/\s+/g, " ").trim();
    const vague = count !== undefined && VAGUE_COUNTS.has(count);
    out.push({
      index: m.index,
      end: m.index + m[0].length,
      minutes,
      approximate: vague || APPROX_BEFORE.test(before),
      vague: (count !== undefined && INDEFINITE_COUNTS.has(count)) || HALF_DAY.test(m[0]),
      ongoing: ONGOING_BEFORE.test(before) || PERFECT_BEFORE.test(before) || ONGOING_AFTER.test(after) || (SO_FAR_BEFORE.test(before) && SO_FAR_AFTER.test(after)),
      ago: AGO_BEFORE.test(before) || AGO_AFTER.test(after),
    });
  }
  return restatedOnce(folded, joinCompounds(folded, out));
}

// "3 weeks and 3 days", "deux jours et 4 heures": one length in two units (hours and minutes are
// joined by the pattern itself), when the second unit is the smaller.
const COMPOUND_JOIN = /^\s*(?:,|et|and)\s*$/;
function joinCompounds(folded: string, found: DurationMatch[]): DurationMatch[] {
  const out: DurationMatch[] = [];
  for (const d of found) {
    const prev = out[out.length - 1];
    if (prev && !prev.ago && !d.ago && COMPOUND_JOIN.test(folded.slice(prev.end, d.index)) && unitOf(folded, d) < unitOf(folded, prev)) {
      out[out.length - 1] = { ...prev, end: d.end, minutes: prev.minutes + d.minutes, approximate: prev.approximate || d.approximate };
    } else out.push(d);
  }
  return out;
}

// "24 days (3 weeks and 3 days)", "90 minutes (une heure et demie)": a length restated in brackets
// right after another is the same length, not a second one.
function restatedOnce(folded: string, found: DurationMatch[]): DurationMatch[] {
  return found.filter((d, i) => {
    const prev = found[i - 1];
    if (!prev) return true;
    const between = folded.slice(prev.end, d.index);
    return !(/^\s*\(\s*(?:(?:soit|or|i\.e\.|about|around|environ|pres\s+de)\s+)?$/.test(between) && /^[^()]*\)/.test(folded.slice(d.end)));
  });
}

// The size of a match's first unit, in minutes, to tell "weeks and days" from "days and weeks".
function unitOf(folded: string, d: DurationMatch): number {
  const m = /(heures?|h|hrs?|hours?|minutes?|mins?|mn|jours?|journees?|days?|semaines?|weeks?)(?![a-z])/.exec(folded.slice(d.index, d.end));
  const unit = m?.[1] ?? "";
  return /^(?:h|heure|hr|hour)/.test(unit) ? 60 : /^(?:j|day)/.test(unit) ? 1440 : /^(?:sem|week)/.test(unit) ? 10080 : 1;
}

function fractionMinutes(phrase: string): number {
  for (const [re, minutes] of FRACTION_MINUTES) if (re.test(phrase)) return minutes;
  return 30;
}

function quantityMinutes(m: RegExpExecArray): number | null {
  const raw = m[2].replace(/\s*d'$/, " de").replace(/\s+/g, " ").trim();
  const n = /\d/.test(raw) ? Number(raw.replace(",", ".")) : NUMBER_WORDS[raw];
  if (n === undefined || Number.isNaN(n)) return null;
  const unit = m[3];
  const perUnit = /^(?:h|heure|hr|hour)/.test(unit) ? 60 : /^(?:j|day)/.test(unit) ? 1440 : /^(?:sem|week)/.test(unit) ? 10080 : 1;
  let minutes = n * perUnit;
  // "une heure et quart", "an hour and a quarter": a quarter of the unit
  if (m[4]) minutes += /quart/.test(m[4]) ? perUnit / 4 : 30 * (perUnit / 60);
  else if (/and[\s-]+a[\s-]+half[\s-]/.test(m[0])) minutes += perUnit / 2;
  const extra = m[5] ?? m[6];
  if (extra && perUnit === 60) minutes += Number(extra);
  return Math.round(minutes);
}

// "une heure de retour", "aucune heure de rétablissement n'a été avancée": "heure" followed by a moment
// (a return, an opening, the rush) is the time of day that moment happens, not a length (the lengths,
// "une heure de panne", "d'attente", name a state that lasts); French uses one word for both.
const MOMENT_AFTER = /^\s*(?:de|d')\s*(?:retour|retablissement|reprise|reouverture|ouverture|fermeture|fin|debut|pointe|remise\s+en\s+(?:service|route|ligne))(?![a-z])/;

const PART_OF_CLOCK_AFTER = /^\s*,?\s*(?:du matin|du soir|de l'apres-midi|de la nuit|ce matin|cet apres-midi|ce soir|cette nuit|(?:hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:matin|soir|apres-midi))(?![a-z])/;

// "une panne de 8 h 50 à 9 h 35", "coupé de 14 h jusqu'à 17 h": a second clock joined after it makes the
// first a range's start, not a length ("une panne de 14 h" alone is one); "a duré de 2 h à 3 h" still
// counts hours.
const RANGE_END_AFTER = /^\s*(?:a|au|jusqu'a|jusqu'au)\s+(?:(?:environ|vers|pres\s+de)\s+)?\d{1,2}\s*(?:h|:|heures?)(?![a-z])/;
const LENGTH_VERB_BEFORE = /(?:^|[^a-z])(?:pendant|durant|dure|duree|a\s+dure|lasted|for)\s+(?:de\s+|d'environ\s+|environ\s+)?$/;

// Decides whether "<digits> h" / "<digits> heures" is a length ("pendant 2 h 30") or a clock time ("vers 18 h").
function isDuration(m: RegExpExecArray, before: string, after: string): boolean {
  const unit = m[3];
  // "an hours-long outage", "a days-long wait": a plural unit after "a" is no count
  if (/^(?:an?|une?|one)$/.test(m[2]) && /s$/.test(unit)) return false;
  if (!/^(?:h|heures?)$/.test(unit)) return !/^an?$/.test(m[2]) || /^(?:hours?|minutes?|days?|weeks?)$/.test(unit);
  if (MOMENT_AFTER.test(after)) return false;
  if (AGO_BEFORE.test(before)) return true;
  if (!/\d/.test(m[2])) return !WORD_CLOCK_BEFORE.test(before);
  if (OUTAGE_AFTER.test(after) || AGO_AFTER.test(after)) return true;
  // "depuis 18 heures" is since 6 p.m.; "depuis 48 heures" no clock can be; "depuis 6 heures ce matin"
  // ("du matin", "hier soir") is a clock, the part of the day says which 6
  if (/\bdepuis\s+$/.test(before)) return !PART_OF_CLOCK_AFTER.test(after) && ((unit !== "h" && Number(m[2]) <= 6 && !m[5] && !m[6]) || Number(m[2]) > 23);
  if (RANGE_END_AFTER.test(after) && !LENGTH_VERB_BEFORE.test(before)) return false;
  if (!CUE_BEFORE.test(before)) return false;
  // "à environ 18 h" is a clock time, "pendant environ 2 h" a length.
  return !(APPROX_BEFORE.test(before) && CLOCK_PREP_BEFORE.test(before.replace(APPROX_STRIP, "")));
}
