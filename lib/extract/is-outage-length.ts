// Whether a duration phrase gives how long the outage lasted, rather than an offset ("deux jours
// après", "an hour later"), a counting window ("en une heure, 11 000 plaintes", "second outage in
// 24 hours") or the length of an earlier outage ("en 2021, pendant six heures", "a previous outage").
import { MONTHS, NUMBER_WORDS } from "./time/data/calendar-words";
import { sentenceAt, type TextView } from "./text-view";

const OFFSET_AFTER = /^\s*(?:apres|plus tard|plus tot|auparavant|avant|later|earlier|before|ago|after|prior)\b/;
// "down for five hours before service returned", "pendant trois heures avant le retour": after a
// length word, "before"/"after" tells what ended the outage, not an offset from another event.
const LENGTH_BEFORE = /(?:\bfor|\bover|\bpendant|\bdurant|\blasted|\blasting|\bduring|\bdure)\s+(?:(?:about|around|roughly|nearly|almost|more than|over|environ|pres de|presque|plus de)\s+)?$/;
const END_AFTER = /^\s*(?:apres|avant|before|after)\b/;
// "en moins d'une heure, 10 000 signalements": the elided "moins d'" too; "en l'espace de deux
// heures", "au cours des deux premières heures", "in the first 30 minutes" count within a window as well
const WINDOW_BEFORE = /(?:(?:\ben|\bin|\bin (?:just )?under|\bwithin|\bdans|\bmoins de|\bless than|\ben l'espace de|\bau cours des?)\s+|\bmoins d'|\ben l'espace d')(?:les\s+|the\s+|the past\s+|the last\s+)?(?:(?:first|premiere?s?|premiers?)\s+)?$/;
// ...unless a length word governs the bound: "lasted less than an hour", "a duré moins d'une heure",
// "down for under an hour" say at most how long the outage was.
const LENGTH_BOUND_BEFORE = /(?:\blasted|\blasting|\bfor|\bdure|\bpendant|\bdurant)\s+(?:(?:just|a little|un peu)\s+)?(?:less than|under|moins de|moins d')\s*$/;
// ...or follows the fix in its clause: "rétabli en moins d'une heure", "résolu en une
// quarantaine de minutes", "fixed the problem within 30 minutes" measure the outage (at most that long).
const FIXED_WITHIN_BEFORE = /(?:restor|resolv|fixed|\bback\b|recover|retabli|resolu|revenu|repar|corrig|de retour|remis en service)[^.,;:!?]{0,40}$/;
// "rétablie voici une dizaine de minutes": "voici"/"voilà" before a length counts back from the
// writing, as "il y a" does; "voilà deux heures que…" (followed by "que") is a length so far.
const AGO_BEFORE = /\b(?:voici|voila)\s+$/;
const SO_FAR_AFTER = /^\s*(?:qu'|que\b)/;
// "un crédit de trois jours", "a credit of two days", "deux jours d'abonnement offerts",
// "three days of free service": what an operator gives back is counted in days of service, whatever the
// outage lasted (a fire's twenty hours earned a three-day credit): a length, but not the outage's.
const COMPENSATION_BEFORE = /(?:\bcredit|\brembourse|\bdedommag|\bindemni|\bgratuite|\brefund|\bcompensat|\breimburs)[a-z]*\s+(?:(?:de|d'|of|equal to|equivalent to|equivalent a|worth)\s*)?(?:(?:l'equivalent de|the equivalent of)\s+)?$/;
const COMPENSATION_AFTER = /^(?:'s)?\s*(?:(?:de|d'|of)\s*(?:service\s+)?(?:credit|remboursement|gratuite|free|abonnement\s+(?:offert|gratuit|rembourse))|'?\s*(?:worth\s+of\s+)?(?:service\s+)?credit|offerts?\b|gratuits?\b|rembourses?\b|[\s-]*credit)/;

// "le départ de 8 heures a pris plus d'une heure de retard", "flights were delayed by more than three
// hours", "des files d'attente de plus d'une heure": how late a departure or a message ran, or how long a
// queue was, is a knock-on's length, not the outage's (a ferry can sail an hour late from a five-hour outage).
const DELAY_BEFORE = /(?:\bdelay(?:s|ed)?|\bretard(?:s|e|ee|es|ees)?|\battente|\bwaits?)\s+(?:(?:by|of|de|d'|for)\s*)?(?:(?:between|entre)\s+\S+\s+(?:and|et)\s+)?(?:(?:well|bien)\s+)?(?:(?:more than|less than|over|under|up to|about|around|nearly|almost|plus de|plus d'|moins de|moins d'|jusqu'a|environ|pres de|presque)\s*)?$/;
const DELAY_AFTER = /^\s*(?:de retard|d'attente|en retard|late\b|of delays?\b|delays?\b|behind schedule|of waiting|wait\b)/;
// "login queues of up to three hours", "the queue is down to under two minutes", "une file d'attente
// d'une heure": a queue's length is how long a user waits in it, whatever the outage lasted; not when
// the outage is named between them ("queues at branches after an outage of three hours").
const QUEUE_BEFORE = /\b(?:queues?|files? d'attente)(?:\s+(?!(?:an? |une? )?(?:outages?|pannes?|coupures?|disruptions?|interruptions?|failures?)\b)[a-z'-]+){0,6}?\s+(?:of|down to|up to|at|de|d')\s*(?:(?:more than|less than|over|under|up to|about|around|nearly|almost|plus de|plus d'|moins de|moins d'|jusqu'a|environ|pres de|presque)\s*)?$/;
// "took a further 40 minutes to drain its queue", "an additional hour to find the cause", "deux heures
// supplémentaires": a stretch added to another, a part of the outage's length and not the whole.
const ADDED_BEFORE = /\b(?:a further|an additional|an extra|additional|extra|encore)\s+$/;
const ADDED_AFTER = /^\s*(?:supplementaires?|de plus)\b/;

// "every five minutes", "toutes les dix minutes": a period, not a length.
const FREQUENCY_BEFORE = /(?:\bevery|\beach|\btoutes les|\btous les|\bchaque|\bonce every|\bune fois toutes les)\s+$/;
const EARLIER_OUTAGE = /\b(?:precedente?s?|anterieure?s?|derniere panne|previous|prior|last year|l'an dernier|l'annee derniere|earlier this year|similar|similaire|semblables?|comparables?|another)\b/;
const YEAR = /\b(?:19|20)\d{2}\b/g;
// Full month names only: abbreviations ("mar", "sept") are too often other words ("sept heures" is seven hours).
const MONTH_WORD = new RegExp(String.raw`\b(${Object.keys(MONTHS).filter((m) => (/^[a-z]{4,}$/.test(m) || m === "mai") && !(m in NUMBER_WORDS)).join("|")})\b`, "g");

/** True when the duration at [start, end) reads as the length of the outage the document is about;
 * `fromStart`: the phrase is already known to count from the outage's start ("back two hours later"),
 * so only its sentence can set it in another outage. */
export function isOutageLength(view: TextView, start: number, end: number, publishedAt: Date | null, fromStart = false): boolean {
  const f = view.folded;
  if (!fromStart && !lengthShaped(f, start, end)) return false;
  const s = sentenceAt(view, start);
  const sentence = f.slice(s.start, s.end);
  if (EARLIER_OUTAGE.test(sentence)) return false;
  // a sentence set in another year recalls another outage
  const year = publishedAt?.getUTCFullYear();
  if (year !== undefined && (sentence.match(YEAR) ?? []).some((y) => Number(y) !== year)) return false;
  return !namesOtherMonth(view, s.start, sentence, publishedAt);
}

// Not an offset ("deux jours après"), a counting window ("en une heure") or a period ("every five minutes").
// "2 min read", "5 min de lecture": an article's reading time, printed in its header.
// (headers are often glued to the next line in extracted text: "2 min readSep 29")
const READING_TIME_AFTER = /^\s*(?:read|de lecture|lecture)/;

function lengthShaped(f: string, start: number, end: number): boolean {
  const after = f.slice(end, end + 20);
  if (READING_TIME_AFTER.test(after)) return false;
  if (COMPENSATION_BEFORE.test(f.slice(Math.max(0, start - 40), start)) || COMPENSATION_AFTER.test(f.slice(end, end + 30))) return false;
  if (aloneOnItsLine(f, start, end)) return false;
  if (DELAY_BEFORE.test(f.slice(Math.max(0, start - 50), start)) || DELAY_AFTER.test(after)) return false;
  if (QUEUE_BEFORE.test(f.slice(Math.max(0, start - 60), start))) return false;
  if (ADDED_BEFORE.test(f.slice(Math.max(0, start - 20), start)) || ADDED_AFTER.test(after)) return false;
  const lengthCue = LENGTH_BEFORE.test(f.slice(Math.max(0, start - 30), start));
  if (OFFSET_AFTER.test(after) && !(lengthCue && END_AFTER.test(after))) return false;
  const window = WINDOW_BEFORE.test(f.slice(Math.max(0, start - 20), start)) && !LENGTH_BOUND_BEFORE.test(f.slice(Math.max(0, start - 30), start));
  if (window && !FIXED_WITHIN_BEFORE.test(f.slice(Math.max(0, start - 60), start))) return false;
  if (AGO_BEFORE.test(f.slice(Math.max(0, start - 12), start)) && !SO_FAR_AFTER.test(after)) return false;
  return !FREQUENCY_BEFORE.test(f.slice(Math.max(0, start - 25), start));
}

// A length that is its line's only words ("40 MIN" under a podcast's title, "3 min" under a byline) is
// page furniture, an episode's or a read's length: an outage's length is told in a sentence.
function aloneOnItsLine(f: string, start: number, end: number): boolean {
  const lineStart = f.lastIndexOf("\n", start - 1) + 1;
  const nl = f.indexOf("\n", end);
  const lineEnd = nl < 0 ? f.length : nl;
  return /^[\s\p{P}]*$/u.test(f.slice(lineStart, start)) && /^[\s\p{P}]*$/u.test(f.slice(end, lineEnd));
}

// "following a March disruption that lasted several hours", "en octobre dernier, pendant six heures":
// a month that is neither the publication's nor the one before it sets the sentence in another outage.
function namesOtherMonth(view: TextView, sentenceStart: number, sentence: string, publishedAt: Date | null): boolean {
  if (!publishedAt) return false;
  const pub = publishedAt.getUTCMonth() + 1;
  const previous = pub === 1 ? 12 : pub - 1;
  for (const m of sentence.matchAll(MONTH_WORD)) {
    // "may" is a month only when written "May" (otherwise the modal verb)
    if (m[1] === "may" && view.full.slice(sentenceStart + m.index!, sentenceStart + m.index! + 3) !== "May") continue;
    const month = MONTHS[m[1]];
    if (month !== pub && month !== previous) return true;
  }
  return false;
}
