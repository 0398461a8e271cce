// Signals of the stories that read like an outage report but are not one (issue 11's look-alikes):
// advice and explainer pieces, retrospectives of an outage years back, a data breach with no
// service down, a power cut of the grid or a stopped train line with no online service named; and
// one outage told with no service named: a data cable cut. Each is a general fact about how such
// pieces are written; the learned model weighs them against the words (fit-stacked.ts says how;
// leave-incident-out CV in README). Pure: plain data in, signal names out.
import type { ServiceHit } from "./service-hit";
import type { CueHit } from "./outage-cue-hits";
import { firstSentenceFrom, type TextView } from "./text-view";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import {
  ADVICE_TITLE_RE, ANNOUNCED_STOP_RE, PRICE_CHANGE_RE, SHARE_MOVE_TITLE_RE, STRIKE_TITLE_RE, BREACH_CUES, CABLE_DAMAGE_RE, CAUSED_BEFORE, DATA_CABLE_RE, GRID_CUES, RANKED_LIST_TITLE_RE,
  READER_ORDER_RE, REPELLED_ATTACK_RE, RETROSPECTIVE_RE, TRANSPORT_CUES, TRAVEL_SYSTEM_CUES, WITHDRAWN_CUES,
} from "./data/outage-cues";
import { POSSIBLE_BEFORE } from "./data/failure-context-cues";
import { MONTHS } from "./time/data/calendar-words";

const BREACH_RE = compileCues(BREACH_CUES);
const GRID_RE = compileCues(GRID_CUES);
const TRANSPORT_RE = compileCues(TRANSPORT_CUES);
const TRAVEL_SYSTEM_RE = compileCues(TRAVEL_SYSTEM_CUES);
const WITHDRAWN_RE = compileCues(WITHDRAWN_CUES);
// a recovery word is no failure: "will be restored" tells of the end of one
const RECOVERY_RE = /^(?:retabli|restored|back online)/;
const YEAR_RE = /(?<![0-9])(?:19[89][0-9]|20[0-9][0-9])(?![0-9])/g;
// an outage written this many years before the article is recalled, not reported
const OLD_YEARS = 2;
// how far from its failure word a year still dates it ("the 2017 Amazon S3 outage", "la panne géante de mars 2011")
const YEAR_REACH = 30;
// a guide gives the reader several orders; a report may quote one ("vérifiez votre connexion")
const MIN_ORDERS = 2;

/** The look-alike signals of a document whose title and lead end at `leadEnd`. */
export function lookAlikeSignals(view: TextView, hits: ServiceHit[], cues: CueHit[], leadEnd: number, publishedAt: Date | null): string[] {
  const out: string[] = [];
  const folded = view.folded;
  const headEnd = headEndOf(view);
  if (advisesInTitle(view)) out.push("advice-title");
  if (RANKED_LIST_TITLE_RE.test(folded.slice(0, headEnd))) out.push("ranked-list");
  if (announcesStop(view, leadEnd)) out.push("announced-stop");
  const lead = folded.slice(0, leadEnd);
  const failures = cues.filter((c) => c.strong && c.index < leadEnd && !RECOVERY_RE.test(folded.slice(c.index, c.end)));
  if (RETROSPECTIVE_RE.test(lead) || isOldYear(folded, failures, publishedAt)) out.push("retrospective");
  if ((hasMatch(BREACH_RE, folded, 0, leadEnd) || REPELLED_ATTACK_RE.test(lead)) && failures.length === 0) out.push("breach-no-failure");
  if (hasMatch(WITHDRAWN_RE, folded, 0, leadEnd)) out.push("withdrawn");
  const serviceInLead = hits.some((h) => h.index < leadEnd);
  if (hasMatch(GRID_RE, folded, 0, leadEnd) && !serviceInLead) out.push("grid-no-service");
  // a carrier's booking or check-in systems named in the lead are the online service of a travel story
  if (hasMatch(TRANSPORT_RE, folded, 0, leadEnd) && !serviceInLead && !hasMatch(TRAVEL_SYSTEM_RE, folded, 0, leadEnd)) out.push("transport-no-service");
  if (damagedCable(folded, leadEnd)) out.push("cable-damage");
  return out;
}

/** Whether a part of the title offers advice ("Downdetector : comment vérifier...", "X outage: what
 * happened & how to...", "Panne de box : les bons réflexes"). */
export function advisesInTitle(view: TextView): boolean {
  return view.folded.slice(0, headEndOf(view)).split(/ [:|–—-] |: |\? | & /).some((part) => ADVICE_TITLE_RE.test(part.trim()));
}

/** Where the title ends, or the first sentence of a text with none. */
export function headEndOf(view: TextView): number {
  return view.titleEnd > 0 ? view.titleEnd : (view.sentences[0]?.end ?? 0);
}

/** Whether the body gives the reader several orders ("Vérifiez les câbles.", "Make sure your status
 * page is hosted elsewhere."): a guide's steps, which a report of one outage seldom writes. */
export function givesReaderOrders(view: TextView): boolean {
  return view.sentences.filter((s) => s.start >= view.titleEnd && READER_ORDER_RE.test(view.folded.slice(s.start, s.end))).length >= MIN_ORDERS;
}

// The title or lead tells of a data cable damaged or cut (not one that could be: "threaten to cut").
function damagedCable(folded: string, leadEnd: number): boolean {
  const lead = folded.slice(0, leadEnd);
  if (!DATA_CABLE_RE.test(lead)) return false;
  return allMatches(CABLE_DAMAGE_RE, lead).some((m) => !POSSIBLE_BEFORE.test(lead.slice(Math.max(0, m.index - 40), m.index)));
}

/** Whether the title or lead announces a stop ahead ("X to shut down M-Pesa on Saturday", "le site
 * sera indisponible dimanche"), not after a cause ("forced to go offline" happened). */
export function announcesStop(view: TextView, leadEnd: number): boolean {
  return announcedStops(view, leadEnd).length > 0;
}

/** The title's and lead's announcements of a stop ahead, as [start, end) ranges. */
export function announcedStops(view: TextView, leadEnd: number): [number, number][] {
  return allMatches(ANNOUNCED_STOP_RE, view.folded, 0, leadEnd)
    .filter((m) => !CAUSED_BEFORE.test(view.folded.slice(Math.max(0, m.index - 60), m.index)))
    .map((m) => [m.index, m.end]);
}

/** Whether every failure word of the title is dated by its own year, years before the article ("sues
 * Acme over 2024 app outage", "revenue tops estimates after 2024 outage", "La grande panne de 2011"
 * written in 2026), to last year in words ("bénéfice en hausse malgré la panne de l'an dernier"), by a
 * count of years back ("Il y a dix ans, la grande panne…"), or by an
 * earlier month or season alone ("après la panne de janvier", "after summer outage"): the title recalls an old failure as the backdrop of other news, it reports none.
 * "Two years after its 2024 outage, Acme goes down again" has an undated one. */
export function titleRecallsOldFailure(view: TextView, cues: CueHit[], publishedAt: Date | null): boolean {
  const folded = view.folded;
  const title = cues.filter((c) => c.strong && c.index < view.titleEnd && !RECOVERY_RE.test(folded.slice(c.index, c.end)));
  if (title.length === 0) return false;
  const written = writtenYear(folded, publishedAt);
  const recalledTo = yearsAgoClauseEnd(folded.slice(0, view.titleEnd));
  return title.every((c) => {
    const before = folded.slice(Math.max(0, c.index - YEAR_REACH), c.index);
    const after = folded.slice(c.end, c.end + YEAR_REACH);
    if (c.index < recalledTo || LAST_YEAR_BEFORE.test(before) || LAST_YEAR_AFTER.test(after) || YEARS_AGO_AFTER.test(after)) return true;
    const year = ownYear(before, after);
    return (year !== null && year <= written - OLD_YEARS) || (year === null && earlierMonth(before, after, publishedAt));
  });
}

// A failure the title dates by a month or a season alone ("après la panne de janvier", "the March
// outage", "after summer outage", "la panne de l'été") when that is not the article's own month or
// season: it happened weeks back, as a report or a follow-up of the next days names its weekday or
// its day of the month ("la panne de mardi", "the outage of January 21"). Northern seasons.
const SEASON_MONTHS: Record<string, number[]> = {
  summer: [6, 7, 8], ete: [6, 7, 8], winter: [12, 1, 2], hiver: [12, 1, 2], spring: [3, 4, 5], printemps: [3, 4, 5], autumn: [9, 10, 11], automne: [9, 10, 11],
};
// English names a period before the noun ("the March outage", "summer outage"; not "may", a modal);
// both languages after it ("la panne de janvier", "the outage in May"); the French "été" only with its
// article ("la panne de l'été", "cet été"), as "a été" is a verb
const EN_MONTHS = "january|february|march|april|june|july|august|september|october|november|december";
const FR_MONTHS = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";
const PERIOD_BEFORE = new RegExp(String.raw`(?<![0-9] )(?<![a-z])(${EN_MONTHS}|summer|winter|spring|autumn)(?:'s)? (?:[a-z-]+ )?$`);
const PERIOD_AFTER = new RegExp(String.raw`^s? (?:de|d'|of|in|du|en) ?(?:the |this |last )?(?:mois (?:de |d'))?(?:l'|cet )?(${FR_MONTHS}|${EN_MONTHS}|may|(?<=(?:l'|cet ))ete|hiver|printemps|automne|summer|winter|spring|autumn)(?![a-z])(?! \d)`);

function earlierMonth(before: string, after: string, publishedAt: Date | null): boolean {
  if (!publishedAt || Number.isNaN(publishedAt.getTime())) return false;
  const word = PERIOD_BEFORE.exec(before)?.[1] ?? PERIOD_AFTER.exec(after)?.[1];
  if (!word) return false;
  const months = SEASON_MONTHS[word] ?? [MONTHS[word]];
  return !months.includes(publishedAt.getUTCMonth() + 1);
}

// A failure the title dates to the year before the article's ("last year's outage", "la panne de l'an
// dernier", "the outage of last year") is recalled by those very words, whatever the months between:
// a report of this year's failure says when in its year it happened, not "last year".
const LAST_YEAR_BEFORE = /(?:last|previous|past) year(?:'s|’s)? (?:[a-z-]+ ){0,2}$/;
const LAST_YEAR_AFTER = /^s? (?:[a-z-]+ )?(?:de l'an (?:dernier|passe)|de l'annee (?:derniere|passee)|of last year|(?:from |in )?last year)(?![a-z])/;

// A title that opens on a count of years back from the writing ("Il y a dix ans, la grande panne qui
// avait paralysé…", "Ten years ago today: the outage that…") dates every failure of its first clause,
// and "la panne d'il y a cinq ans", "the outage of a decade ago" date theirs: recalled, as a failure
// dated by its year is (own sets 6 and 7: two anniversary look-alikes' titles; no outage article's
// title in train or own sets 2-11 writes a count of years back). Weeks or months ago are not read.
const YEARS_AGO = String.raw`(?:il y a (?:[a-z0-9-]+ ){1,2}ans|il y a un an|(?:[a-z0-9-]+ )years ago|a year ago|a decade ago|il y a une decennie)`;
const YEARS_AGO_OPENING = new RegExp(String.raw`^${YEARS_AGO}(?: today| jour pour jour)?(?=[,:] )`);
const YEARS_AGO_AFTER = new RegExp(String.raw`^s? (?:[a-z-]+ )?(?:d'|of |from )${YEARS_AGO}(?![a-z])`);

// Where the first clause of a title that opens on a count of years back ends (0 for any other title).
function yearsAgoClauseEnd(title: string): number {
  const opening = YEARS_AGO_OPENING.exec(title);
  if (!opening) return 0;
  const rest = title.slice(opening[0].length + 2);
  const end = rest.search(/ [:;|–—-] |[:;?!] /);
  return opening[0].length + 2 + (end < 0 ? rest.length : end);
}

// The year that qualifies a failure noun: right before it ("2024 app outage") or as its complement
// ("panne de 2011", "outage of 2017", "outage in September 2024").
function ownYear(before: string, after: string): number | null {
  const m = /(?<![0-9])((?:19[89]|20[0-9])[0-9]) (?:[a-z-]+ ){0,2}$/.exec(before) ??
    /^s? (?:de|of|in|en|du|d') ?(?:[a-z]+ )?((?:19[89]|20[0-9])[0-9])(?![0-9])/.exec(after);
  return m ? Number(m[1]) : null;
}

// The year the article was written: its publication's, or else the latest year it writes.
function writtenYear(folded: string, publishedAt: Date | null): number {
  return publishedAt && !Number.isNaN(publishedAt.getTime()) ? publishedAt.getUTCFullYear()
    : Math.max(...[...folded.matchAll(YEAR_RE)].map((m) => Number(m[0])));
}

// A failure of the lead is dated years before the article (its publication, or else the latest
// year it writes): "La grande panne de 2011" written in 2021, "the 2017 S3 outage" in 2024.
function isOldYear(folded: string, failures: CueHit[], publishedAt: Date | null): boolean {
  const lead = failures.flatMap((c) => [...folded.slice(Math.max(0, c.index - YEAR_REACH), c.end + YEAR_REACH).matchAll(YEAR_RE)])
    .map((m) => Number(m[0]));
  if (lead.length === 0) return false;
  return Math.min(...lead) <= writtenYear(folded, publishedAt) - OLD_YEARS;
}

/** Whether the title opens on a price change ("Acme raises prices", "Zorvex hausse ses forfaits, les
 * clients crient à la panne") that its first clause tells with no failure word, over a body whose
 * first sentence tells no failure either: a story about what the service costs. "Acme down for hours,
 * days after its price rise" opens on the failure; "Price hike? Acme's app down all day" tells it first. */
export function titleAnnouncesPriceChange(view: TextView, cues: CueHit[]): boolean {
  if (view.titleEnd === 0) return false;
  const head = view.folded.slice(0, view.titleEnd).split(/ [:|–—-] |: |, |\? |; /)[0];
  if (!PRICE_CHANGE_RE.test(head) || cues.some((c) => c.index < head.length)) return false;
  const first = firstSentenceFrom(view, view.titleEnd);
  return !first || !cues.some((c) => c.strong && c.index >= first.start && c.index < first.end);
}

/** Whether the title (or the first sentence of a text with none) names a strike ("Grève à La Poste :
 * courrier perturbé", "Air crew walk out, flights grounded"): people stopping work, not a service failing. */
export function titleTellsStrike(view: TextView): boolean {
  return STRIKE_TITLE_RE.test(view.folded.slice(0, headEndOf(view)));
}

/** Whether the title opens on a share price moving before any failure word it tells ("Acme Air shares
 * crash 9% after IT failure", "L'action Zorvex dévisse"): a market story, the outage one reason among
 * others. "Acme outage sends shares lower" opens on the failure. */
export function titleTellsShareMove(view: TextView, cues: CueHit[]): boolean {
  const head = view.folded.slice(0, headEndOf(view));
  const move = SHARE_MOVE_TITLE_RE.exec(head);
  // any failure word counts, weak ones too: "Optus hit by nationwide network failure; Singtel shares
  // slip" leads with the failure ("failure" is weak, as it is also a firm's or a policy's)
  return move !== null && !cues.some((c) => c.index < move.index);
}
