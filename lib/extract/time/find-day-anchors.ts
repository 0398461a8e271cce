// Words that name the day of an event: weekdays ("ce mardi", "last Tuesday", "lundi 4 octobre"),
// dates ("le 12 juin", "October 4, 2021"), relative days ("hier", "yesterday", "cette nuit"),
// nights spanning two days ("la nuit de lundi à mardi") and parts of the day ("soir", "morning").
import { FRAMING_MODIFIERS, MONTHS, OTHER_DAY_AFTER_PART, PART_FRAMES, PARTS_OF_DAY, RELATIVE_DAYS, WEEKDAYS, type PartOfDay } from "./data/calendar-words";
import { readDateFragment, type DateParts } from "./read-date-fragment";
import { escapeRegExp } from "../../text/escape-reg-exp";

export interface DayAnchor {
  index: number;
  end: number;
  weekday?: number; // 1 = Monday
  last?: boolean; // "last Tuesday", "mardi dernier": strictly before the publication day
  next?: boolean;
  date?: DateParts;
  offset?: number; // days from publication
  byHour?: boolean; // "cette nuit": last night before noon, tonight after
  part?: PartOfDay;
  nightSpan?: boolean; // "la nuit de lundi à mardi"
  framed?: boolean; // a part that is a time phrase by itself: "dans la soirée", "late in the afternoon"
  listedBefore?: DayAnchor; // the weekday named after this one in a list ("jeudi et vendredi"): a later day
  dayOfMonth?: number; // "le 14 à 14 h", "on the 14th at 2 p.m.": a day of the latest month that has it
}

const escape = (s: string) => escapeRegExp(s).replace(/ /g, "\\s+");
const alt = (xs: string[]) => [...xs].sort((a, b) => b.length - a.length).map(escape).join("|");
const WD = alt(Object.keys(WEEKDAYS));
const MON = alt(Object.keys(MONTHS));
const FRENCH_MONTHS = new Set(["janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "janv.", "fevr.", "fev.", "avr.", "juil."]);
const ENGLISH_ONLY_MONTHS = new Set(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]);

const DATE = String.raw`(?:(\d{1,2}|1er)(?:er|st|nd|rd|th)?\s+(?:of\s+)?(${MON})(?![a-z])(?:,?\s+(\d{4}))?|(${MON})\s*(\d{1,2})(?:st|nd|rd|th)?(?![\d:h])(?:,?\s+(\d{4}))?|(\d{4})-(\d{2})-(\d{2})|(\d{1,2})/(\d{1,2})/(\d{4}))`;
const DATE_RE = new RegExp(String.raw`(?<![\w/-])${DATE}`, "g");
const WEEKDAY_RE = new RegExp(String.raw`(?<![a-z])(?:(ce|cet|this|last|next|past)\s+)?(${WD})(?![a-z])(?:\s+(derniers?|prochains?|passes?)(?![a-z]))?`, "g");
const NIGHT_RE = new RegExp(String.raw`(?<![a-z])(?:(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(${WD})|(?:overnight\s+(?:from\s+)?|(?:on\s+)?)(${WD})(?:\s+night)?\s+(?:into|to))(?:\s+\d{1,2}(?:er)?)?\s+(?:a|au|into|to)\s+(${WD})`, "g");
// "la nuit du 9 au 10 mars", "the night of March 9 to 10", "overnight from 31 March to 1 April": a
// night between two dates, anchored on the first as "la nuit de lundi à mardi" is (its small hours are the
// second date's). Groups: month before / day / month after, of each date, then the year.
const DAY_NUMBER = String.raw`(?:the\s+)?(?:(${MON})\s+)?(\d{1,2})(?:er|st|nd|rd|th)?(?:\s+(?:of\s+)?(${MON})(?![a-z]))?`;
const NIGHT_DATES_RE = new RegExp(
  String.raw`(?<![a-z])(?:(?:dans\s+)?la\s+nuit\s+du|(?:on\s+|during\s+)?the\s+night\s+of|overnight\s+(?:from|on|of))\s+${DAY_NUMBER}\s*(?:au|a|to|into|and|-|–)\s*${DAY_NUMBER}(?:,?\s+(\d{4}))?(?![\d:h])`,
  "g",
);
const RELATIVE_RE = new RegExp(String.raw`(?<![a-z'-])(${alt(Object.keys(RELATIVE_DAYS))})(?![a-z-])`, "g");
// A day of the month named with no month, right before its clock ("le 14 à 14 h", "on the 14th at 2
// p.m."): news writes the day alone of the current or the last month. Only before a clock, since a bare
// "le 14" is as often a number of something else.
const DAY_OF_MONTH_RE = /(?<![a-z\d])(?:le|the)\s+(\d{1,2})(?:er|st|nd|rd|th)?(?=\s*,?\s*(?:a|vers|des|at|around|about|from)\s+\d{1,2}\s*(?:h(?![a-z])|heures?|:\d{2}|[ap]\.?m))/g;
// ("end of the day" / "end of day": English's day's end, read only after "by", "before", "until": "at the
// end of the day" is an idiom for "all things considered")
const PART_WORDS = "end of the day|end of day|petit matin|matinee|matin|apres-midi|soiree|soir|nuit|journee|heure du dejeuner|morning|afternoon|evening|night|mi-journee|midday|lunchtime|mid-morning|mid-afternoon|hours";
// an edge said with stress is the same edge: "en tout début de soirée", "en toute fin de matinée",
// "very early in the morning", "très tôt le matin"
const EDGE_STRESS = String.raw`(?:(?:tout|toute|tres|very)\s+)?`;
const PART_RE = new RegExp(
  String.raw`(?<![a-z'-])(?:(?:dans|en|au|in|during|on|at|a|du|de)\s+)?(?:(?:la|le|l'|the)\s*)?(?:${EDGE_STRESS}(debut|fin|milieu|early|late|small|tot|tard)\s+(?:de\s+|d'|dans\s+|in\s+)?(?:la\s+|le\s+|l'|the\s+)?)?(${PART_WORDS})(?![a-z-])`,
  "g",
);

/** Finds every day anchor and part of day in folded text (offsets shared with the original). */
export function findDayAnchors(text: string, folded: string, lang: "fr" | "en"): { days: DayAnchor[]; parts: DayAnchor[] } {
  const days: DayAnchor[] = [];
  const taken = (i: number, e: number) => days.some((d) => i < d.end && e > d.index);
  for (const m of folded.matchAll(NIGHT_RE)) {
    days.push({ index: m.index, end: m.index + m[0].length, weekday: WEEKDAYS[m[1] ?? m[2]], part: PARTS_OF_DAY.nuit, nightSpan: true });
  }
  for (const m of folded.matchAll(NIGHT_DATES_RE)) {
    const date = nightFirstDate(m);
    if (date) days.push({ index: m.index, end: m.index + m[0].length, date, part: PARTS_OF_DAY.nuit, nightSpan: true });
  }
  for (const m of folded.matchAll(RELATIVE_RE)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const r = RELATIVE_DAYS[m[1].replace(/\s+/g, " ")];
    days.push({ index: m.index, end: m.index + m[0].length, offset: r.offset, byHour: r.byHour, part: r.part ? relativePart(folded, m.index, r.part) : undefined });
  }
  const dates = findDates(text, folded, lang).filter((d) => !taken(d.index, d.end));
  for (const m of folded.matchAll(WEEKDAY_RE)) {
    if (taken(m.index, m.index + m[0].length)) continue;
    const anchor: DayAnchor = { index: m.index, end: m.index + m[0].length, weekday: WEEKDAYS[m[2]] };
    if (m[1] === "last" || m[1] === "past" || /^(dernier|passe)/.test(m[3] ?? "")) anchor.last = true;
    if (m[1] === "next" || m[3]?.startsWith("prochain")) anchor.next = true;
    const glued = dates.findIndex((d) => d.index >= anchor.end && /^\s*,?\s*(?:le\s+|the\s+)?$/.test(folded.slice(anchor.end, d.index)));
    if (glued >= 0) {
      anchor.date = dates[glued].date;
      anchor.end = dates[glued].end;
      dates.splice(glued, 1);
    }
    days.push(anchor);
  }
  days.push(...dates);
  for (const m of folded.matchAll(DAY_OF_MONTH_RE)) {
    if (!taken(m.index, m.index + m[0].length)) days.push({ index: m.index, end: m.index + m[0].length, dayOfMonth: Number(m[1]) });
  }
  days.sort((a, b) => a.index - b.index);
  shareModifiers(folded, days);
  const parts = findParts(folded, days, lang);
  for (const d of days) if (d.weekday !== undefined && !d.part) d.part = modifiedWeekdayPart(folded, d, parts);
  return { days, parts };
}

// "jeudi et vendredi derniers", "last Thursday and Friday", "lundi ou mardi prochain": a "last" or
// "next" said once of coordinated weekdays is each one's (French writes it after the last one, plural;
// English before the first), so "jeudi" there is last week's Thursday, not the day of writing.
const COORDINATED = /^\s*(?:,|et|and|ou|or|&)\s*$/;
function shareModifiers(folded: string, days: DayAnchor[]): void {
  const weekdays = days.filter((d) => d.weekday !== undefined && !d.date && !d.nightSpan);
  for (let i = weekdays.length - 1; i > 0; i--) {
    const [a, b] = [weekdays[i - 1], weekdays[i]];
    if (!COORDINATED.test(folded.slice(a.end, b.index))) continue;
    if (b.last && !a.next) a.last = true;
    if (b.next && !a.last) a.next = true;
  }
  for (let i = 0; i + 1 < weekdays.length; i++) {
    const [a, b] = [weekdays[i], weekdays[i + 1]];
    if (!COORDINATED.test(folded.slice(a.end, b.index))) continue;
    if (a.last && !b.next) b.last = true;
    if (a.next && !b.last) b.next = true;
    // a list of days told of the past is in the calendar's order ("lundi et mardi" written on a
    // Monday are last week's two days, not today and six days ago)
    if (!a.next && !b.next) a.listedBefore = b;
  }
}

// "early Tuesday", "tôt mardi": the small hours of that day (AP style: after midnight, before the
// morning). Only when no part of the day follows ("early Tuesday morning" is read from that part).
// "late Tuesday" stays the day: writers in other zones use it of the afternoon as well as the night.
const DAY_MODIFIER = /(?<![a-z])(early|tot)\s+(?:on\s+)?$/;
const MODIFIED_DAY_PARTS: Record<string, string> = { early: "early morning", tot: "tot le matin" };
function modifiedWeekdayPart(folded: string, day: DayAnchor, parts: DayAnchor[]): PartOfDay | undefined {
  const m = DAY_MODIFIER.exec(folded.slice(Math.max(0, day.index - 12), day.index));
  if (!m || parts.some((p) => p.index >= day.end && /^[\s,]{0,3}$/.test(folded.slice(day.end, p.index)))) return undefined;
  return PARTS_OF_DAY[MODIFIED_DAY_PARTS[m[1]]];
}

// The first date of a two-date night: its month is its own, else the second date's (the month before
// when its day number is larger: "la nuit du 31 au 1er avril"); null without any month.
function nightFirstDate(m: RegExpMatchArray): DateParts | null {
  const [, m1Before, d1, m1After, m2Before, d2, m2After, y] = m;
  const month2 = MONTHS[m2Before ?? m2After ?? m1Before ?? ""];
  const day1 = Number(d1);
  const day2 = Number(d2);
  if (!month2 || day1 < 1 || day1 > 31 || day2 < 1 || day2 > 31) return null;
  const own = MONTHS[m1Before ?? m1After ?? ""];
  const month = own ?? (day1 > day2 ? ((month2 + 10) % 12) + 1 : month2);
  const year = y ? Number(y) - (month > month2 ? 1 : 0) : null;
  return { day: day1, month, year };
}

function findDates(text: string, folded: string, lang: "fr" | "en"): DayAnchor[] {
  const out: DayAnchor[] = [];
  for (const m of folded.matchAll(DATE_RE)) {
    const month = m[2] ?? m[4];
    // English month names are capitalised ("may", "march" in lower case are verbs; "sept 4" is seven).
    const monthFirst = m[4] !== undefined;
    const capitalised = month !== undefined && /[A-Z]/.test(text[m.index + m[0].indexOf(month)]);
    if (month && !capitalised && (ENGLISH_ONLY_MONTHS.has(month) || (monthFirst && !FRENCH_MONTHS.has(month)))) continue;
    const fragmentLang = !month ? lang : FRENCH_MONTHS.has(month) ? "fr" : ENGLISH_ONLY_MONTHS.has(month) ? "en" : lang;
    const date = readDateFragment(text.slice(m.index, m.index + m[0].length).replace(/1er/i, "1"), fragmentLang);
    if (date) out.push({ index: m.index, end: m.index + m[0].length, date });
  }
  return out;
}


// "early Friday morning", "late Monday night", "tôt vendredi matin", "tard mardi soir": the modifier
// stands before the day the part is glued to. "plus tôt" / "plus tard" compare ("earlier", "later"):
// "plus tôt ce matin" is any time this morning before now, not its early hours.
const MODIFIER_BEFORE_DAY = /(?<![a-z])(?<!plus\s)(early|late|tot|tard)\s+$/;
function modifierBeforeDay(folded: string, days: DayAnchor[], partAt: number): string {
  const day = days.find((d) => d.end <= partAt && /^\s{1,2}$/.test(folded.slice(d.end, partAt)));
  const m = day ? MODIFIER_BEFORE_DAY.exec(folded.slice(Math.max(0, day.index - 8), day.index)) : null;
  return m ? `${m[1]} ` : "";
}

// "early this morning", "late last night", "tôt ce matin", "tard ce soir": a day said with its part
// takes the modifier before it as the part glued to a weekday does ("early Friday morning").
function relativePart(folded: string, at: number, part: string): PartOfDay | undefined {
  const m = MODIFIER_BEFORE_DAY.exec(folded.slice(Math.max(0, at - 12), at));
  return m ? lookupPart(`${m[1]} `, part) : PARTS_OF_DAY[part];
}

const DAY_END_BOUND = /(?:^|[^a-z])(?:by|before|until|till)\s+$/;

function findParts(folded: string, days: DayAnchor[], lang: "fr" | "en"): DayAnchor[] {
  const out: DayAnchor[] = [];
  for (const m of folded.matchAll(PART_RE)) {
    const end = m.index + m[0].length;
    if (days.some((d) => m.index < d.end && end > d.index)) continue;
    const modifier = m[1] ? `${m[1]} ` : modifierBeforeDay(folded, days, m.index);
    const part = lookupPart(modifier, m[2]);
    if (!part || (m[2].startsWith("end of") && !DAY_END_BOUND.test(folded.slice(Math.max(0, m.index - 12), m.index)))) continue;
    const wordStart = end - m[2].length;
    const modifierAt = m[1] ? m.index + m[0].lastIndexOf(m[1], m[0].length - m[2].length) : -1;
    out.push({ index: m.index, end, part, framed: isFramed(folded, modifierAt, wordStart, end, lang) });
  }
  return out;
}

const WORDS_RE = (xs: string[]) => xs.map((x) => escape(x)).join("|");
const FRAME_RES = {
  fr: new RegExp(String.raw`(?:^|[^a-z'-])(?:${WORDS_RE(PART_FRAMES.fr)})\s*(?:(?:la|le|l')\s*)?(?:${EDGE_STRESS}(?:debut|fin|milieu)\s+(?:de\s+|d')(?:la\s+|le\s+|l')?)?$`),
  en: new RegExp(String.raw`(?:^|[^a-z'-])(?:${WORDS_RE(PART_FRAMES.en)})\s+(?:the\s+)?(?:${EDGE_STRESS}(?:early|late|small)\s+(?:in\s+the\s+)?)?$`),
};
// French puts the article where English puts "in": "tôt le matin", "tard le soir" are "early in the
// morning", "late in the evening" ("tard dans la nuit" as well)
const MODIFIER_RE = new RegExp(String.raw`^(?:${WORDS_RE(FRAMING_MODIFIERS)})\s+(?:(?:in|dans)\s|(?:le|la)\s|l')`);
// "plus tôt le matin", "plus tard le soir" compare ("earlier that morning"): any time before, no edge
const COMPARED_BEFORE = /(?<![a-z])plus\s+$/;
const CLAUSE_START = /(?:^|[.!?;:,"(]|\n)\s*$/;
const OTHER_DAY_RE = new RegExp(String.raw`^\s*(?:${WORDS_RE(OTHER_DAY_AFTER_PART)})(?![a-z])`);
// How far before a part of the day its preposition may start ("au cours de la fin de la ").
const FRAME_REACH = 40;

// Whether a part of the day is said as a time of its own ("en fin d'après-midi", "by the evening", "late
// in the afternoon", "Late afternoon, ..."), not as a habit ("chaque soir"), an attribute ("a morning
// update", "the evening news") or of another day ("la soirée du lendemain").
function isFramed(folded: string, modifierAt: number, wordStart: number, end: number, lang: "fr" | "en"): boolean {
  if (OTHER_DAY_RE.test(folded.slice(end, end + FRAME_REACH))) return false;
  if (FRAME_RES[lang].test(folded.slice(Math.max(0, wordStart - FRAME_REACH), wordStart))) return true;
  if (modifierAt < 0 || !FRAMING_MODIFIERS.some((w) => folded.startsWith(w, modifierAt))) return false;
  if (COMPARED_BEFORE.test(folded.slice(Math.max(0, modifierAt - 6), modifierAt))) return false;
  return MODIFIER_RE.test(folded.slice(modifierAt, end)) || CLAUSE_START.test(folded.slice(Math.max(0, modifierAt - 3), modifierAt));
}

function lookupPart(modifier: string, word: string): PartOfDay | undefined {
  // "journée" and "hours" are parts only with a modifier ("fin de journée", "early hours", "small hours").
  if ((word === "journee" || word === "hours") && !modifier) return undefined;
  if (modifier) {
    const joiner = /^[aeiou]/.test(word) ? "d'" : "de ";
    const key = /^(?:early|late)/.test(modifier) ? `${modifier}${word}` : `${modifier}${joiner}${word}`;
    const hit = PARTS_OF_DAY[key] ?? PARTS_OF_DAY[`${modifier}${word}`];
    if (hit) return hit;
  }
  return PARTS_OF_DAY[word];
}
