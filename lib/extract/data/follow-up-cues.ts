// How French and English follow-ups count their outage back from the day they are written
// (lib/extract/follow-up-day.ts): a count of days or weeks before "après"/"after" and the outage
// ("deux jours après la panne", "a week after the outage", "au lendemain de la coupure", "the day
// after the outage"), or the outage named by its weekday ("la panne de mardi", "Wednesday's
// outage"). Written for the project from how news in both languages date an aftermath; approximate
// counts ("moins de trois semaines après", "more than a week after") and an outage named by its
// written date ("la coupure du 6 mai") are left out: the first do not give a day, the date reader
// reads the second.
import { MONTHS, NUMBER_WORDS, WEEKDAYS } from "../time/data/calendar-words";

const words = (keys: string[]) => keys.sort((a, b) => b.length - a.length).join("|");
// whole-word counts up to three weeks ("deux", "une", "a", "ten"), not "une dizaine de"
const COUNT = words(Object.keys(NUMBER_WORDS).filter((k) => /^[a-z-]+$/.test(k) && NUMBER_WORDS[k] <= 21));
const WEEKDAY_FR = words(Object.keys(WEEKDAYS).filter((k) => !/day$/.test(k)));
const WEEKDAY_EN = words(Object.keys(WEEKDAYS).filter((k) => /day$/.test(k)));
const MONTH = words(Object.keys(MONTHS).filter((m) => m.length > 3 || m === "mai" || m === "may"));
/** What an aftermath calls the outage it follows. */
const OUTAGE = String.raw`(?:pannes?|coupures?|interruptions?|incidents?|plantages?|bugs?|crash|cyberattaques?|attaques?|outages?|disruptions?|failures?|black-?outs?|breakdowns?|downtime|defaillances?|perturbations?)`;
// a determiner, then up to two words before the noun ("la grande panne", "the massive Skype outage")
const THE_OUTAGE = String.raw`(?:la|le|l'|les|cette|ce|cet|sa|son|the|its|their|this|that|an?) ?(?:[a-z'-]+ ){0,2}${OUTAGE}`;
// the outage's own written date right after it ("la coupure du 6 mai", "the outage of May 6")
const DATED_AFTER = String.raw`(?![^,.;]*\b\d{1,2}(?:er|st|nd|rd|th)? (?:${MONTH})\b)(?![^,.;]*\b(?:${MONTH}) \d{1,2}\b)`;
// an approximate count gives no day ("moins de trois semaines après", "more than a week after")
const APPROXIMATE_BEFORE = String.raw`(?<!(?:moins|plus|pres|environ|quelque) d(?:e |')|(?:less|more|fewer) than |(?:nearly|almost|about|around|over|presque|environ) )`;

// a count of hours takes tens with their units ("trente-six", "quarante-huit", "thirty-six")
const TENS = "vingt|trente|quarante|cinquante|soixante|twenty|thirty|forty|fifty|sixty|seventy";
const COMPOUND = String.raw`(?:${TENS})(?:-et-|-| et )(?:${COUNT})`;
// a count may run from the outage's start ("une semaine après le début de la panne", "two days
// after the start of the outage", "36 hours into the outage"): the outage then began that long
// before the report
const START_OF = String.raw`(?:le debut (?:de |d')|the (?:start|beginning) of )?`;

/** "<count> jours/semaines après (le début de) la panne", "<count> days/weeks after (the start of) the outage", "<count> hours into the outage", "au lendemain de la panne", "the day after the outage". */
export const FOLLOW_UP_COUNT = new RegExp(
  String.raw`(?<![a-z])${APPROXIMATE_BEFORE}(?:(?<n>\d{1,2}|${COMPOUND}|${COUNT}) (?<unit>jours?|semaines?|heures?|days?|weeks?|hours?)(?: (?:tout juste|a peine|exactement|pile))? (?:apres|after|into)|(?<next>(?:le |au )lendemain de|the day after)) ${START_OF}${THE_OUTAGE}\b${DATED_AFTER}`,
);

/** "yesterday's outage", "last week's (massive) outage", "la panne d'hier", "la coupure de la veille",
 * "l'incident de la semaine dernière", "la panne de samedi dernier": one outage named by a day counted
 * back from the writing, as a follow-up of the next days names it. Not "last month's outage" nor "la
 * panne du mois dernier": weeks back, the backdrop of other news (titleRecallsOldFailure's months). */
export const FOLLOW_UP_RELATIVE = new RegExp(
  String.raw`(?<![a-z])(?:(?<day>yesterday|last night)|last (?<week>week)|last (?<weekend>weekend))'s (?:[a-z-]+ ){0,2}${OUTAGE}\b|` +
  String.raw`(?<![a-z])${OUTAGE}(?: [a-z]+)? (?:(?<veille>d'hier|de la veille)|de la (?<semaine>semaine) derniere|du (?<wkend>week-?end) dernier|de (?<fr>${WEEKDAY_FR}) dernier)(?![a-z])`,
);

/** "la panne du 21 novembre", "perturbation des services fixes du mardi 16 mai 2023", "the outage on
 * December 5, 2025", "LiveDNS outage of 18 March": one outage named by its written date (groups day,
 * month, year), which a headline or first sentence does in the days after it. */
export const OUTAGE_DATE = new RegExp(
  String.raw`(?<![a-z])${OUTAGE}(?: [a-z'-]+){0,3}? (?:du|de|of|on) (?:(?:${WEEKDAY_FR}|${WEEKDAY_EN}),? )?` +
  String.raw`(?:(?<day>\d{1,2})(?:er|st|nd|rd|th)? (?<month>${MONTH})|(?<monthFirst>${MONTH}) (?<dayAfter>\d{1,2})(?:st|nd|rd|th)?)(?![a-z0-9])(?:,? (?<year>\d{4}))?`,
);

/** A sentence telling that the outage is still on when written ("n'est toujours pas revenu", "is
 * still down", "remains offline"): only then does a count of hours since its start run to the
 * report's own moment; a narrative one ("three hours after the outage began, service was back")
 * tells of a moment inside the outage, however long after it the report was written. */
export const STILL_ON = /(?<![a-z])(?:toujours|reste(?:nt)?|persiste(?:nt)?|still|remains?|persists?)(?![a-z])/;

/** "la panne (géante) de mardi", "Tuesday's (massive) outage": not "la panne du mardi 13 octobre". */
export const FOLLOW_UP_WEEKDAY = new RegExp(
  String.raw`(?<![a-z])${OUTAGE}(?: [a-z]+)? (?:de|du) (?<fr>${WEEKDAY_FR})\b(?! \d)|(?<![a-z])(?<en>${WEEKDAY_EN})'s (?:[a-z-]+ ){0,2}${OUTAGE}\b`,
);

/** A sentence that tells a new outage of its own against the earlier one it counts from ("Orange
 * connaît un nouveau raté", "hit by another outage", "down again", "cette panne survient deux jours après"). */
export const NEW_OUTAGE_WORDS =
  /(?<![a-z])(?:nouve(?:au|l|lle)s? (?:panne|coupure|rate|incident|bug|plantage|couac|episode)|encore|again|another|fresh|de nouveau|a nouveau|rebelote|second|deuxieme|seconde|troisieme|third|comes|came|survient|intervient|arrive)(?![a-z])/;

/** A date written with its day and month ("le 20 avril", "April 20", "20/04"); a clock with a dot ("9.30") is none. */
export const CALENDAR_DATE = new RegExp(String.raw`\b\d{1,2}(?:er|st|nd|rd|th)? (?:${MONTH})\b|\b(?:${MONTH}) \d{1,2}\b|\b\d{1,2}/\d{1,2}\b`);
