// Whether a text anchors anything in time: a weekday, a day relative to its writing ("hier",
// "this morning"), a day of a month ("le 4 octobre", "Oct. 4") or a clock time ("14h30", "9:15",
// "3pm"). A report tells when its outage happened; a piece about outages in general (an insurance
// product, a price change, an opinion) seldom names a day at all (issue 11: of the own corpora's
// full articles, 2% of the reports name none against a third of the look-alikes).
import { compileCues } from "./compile-cues";
import { NAMED_DAY_CUES, NOW_CUES } from "./data/day-anchor-cues";
import { MONTHS, PARTS_OF_DAY, RELATIVE_DAYS, WEEKDAYS, WEEKEND_PHRASES } from "./time/data/calendar-words";

const MONTH_WORDS = Object.keys(MONTHS).map((m) => m.replace(/\.$/, "\\.")).join("|");
const DAY_WORDS_RE = compileCues([...Object.keys(WEEKDAYS), ...Object.keys(RELATIVE_DAYS), ...Object.keys(PARTS_OF_DAY), ...Object.keys(WEEKEND_PHRASES), ...NAMED_DAY_CUES, ...NOW_CUES]);
// "2023-03-14", "14/03/2023", "7/10/22"
const NUMERIC_DATE_RE = /(?<![0-9])(?:20[0-9]{2}-[01][0-9]-[0-3][0-9]|[0-3]?[0-9]\/[01]?[0-9]\/(?:20)?[0-9]{2})(?![0-9])/;
// "4 octobre", "1er mai", "October 4", "oct. 4th"
const MONTH_DAY_RE = new RegExp(`(?<![a-z0-9])(?:[0-3]?[0-9](?:er|st|nd|rd|th)? (?:${MONTH_WORDS})|(?:${MONTH_WORDS}) [0-3]?[0-9](?:st|nd|rd|th)?)(?![a-z0-9])`);
// "14h30", "14 h 30", "9:15", "3pm", "3 p.m."
const CLOCK_RE = /(?<![0-9])[0-2]?[0-9](?: ?h ?[0-5][0-9]|:[0-5][0-9]| ?(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))/;

/** Whether the folded text names a day or a clock time. */
export function namesADay(folded: string): boolean {
  DAY_WORDS_RE.lastIndex = 0;
  return DAY_WORDS_RE.test(folded) || MONTH_DAY_RE.test(folded) || CLOCK_RE.test(folded) || NUMERIC_DATE_RE.test(folded);
}
