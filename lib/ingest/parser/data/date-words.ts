// Words of the dates feeds write (RFC 822 / RFC 2822 pubDate and its common variants).
// Sources: RFC 822 §5.1 and RFC 2822 §4.3 (UT, GMT, the US zones and their daylight forms, with
// fixed offsets), the zone table of feedparser's date parser (MET, MEST, CET, ...: fixed offsets),
// and the month and weekday names of French and English feeds (CLDR abbreviations, with and
// without the period and accents).

/** Abbreviations with one fixed offset, in minutes east of UTC. */
export const FIXED_ZONES: Record<string, number> = {
  UT: 0, UTC: 0, GMT: 0, Z: 0, WET: 0,
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420,
  AST: -240, ADT: -180, NST: -210, NDT: -150, AKST: -540, AKDT: -480, HST: -600,
  BST: 60, WEST: 60, CET: 60, CEST: 120, MET: 60, MEST: 120, MEZ: 60, MESZ: 120,
  EET: 120, EEST: 180, MSK: 180, JST: 540, KST: 540, HKT: 480, SGT: 480,
  AWST: 480, ACST: 570, ACDT: 630, AEST: 600, AEDT: 660, NZST: 720, NZDT: 780,
};

/** Generic names that follow daylight saving time: the zone whose clock they name. */
export const SEASONAL_ZONES: Record<string, string> = {
  ET: "America/New_York", CT: "America/Chicago", MT: "America/Denver", PT: "America/Los_Angeles",
  AT: "America/Halifax", AKT: "America/Anchorage",
};

/** Month names, folded (lower case, no accents, no period), to 1–12. */
export const MONTHS: Record<string, number> = Object.fromEntries(
  [
    ["jan", "january", "janv", "janvier"],
    ["feb", "february", "fev", "fevr", "fevrier"],
    ["mar", "march", "mars"],
    ["apr", "april", "avr", "avril"],
    ["may", "mai"],
    ["jun", "june", "juin"],
    ["jul", "july", "juil", "juillet"],
    ["aug", "august", "aou", "aout"],
    ["sep", "sept", "september", "septembre"],
    ["oct", "october", "octobre"],
    ["nov", "november", "novembre"],
    ["dec", "december", "decembre"],
  ].flatMap((names, i) => names.map((n) => [n, i + 1])),
);

/** Weekday names, folded, which a date may start with and which carry no information. */
export const WEEKDAYS = new Set([
  "mon", "monday", "tue", "tues", "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday",
  "fri", "friday", "sat", "saturday", "sun", "sunday",
  "lun", "lundi", "mar", "mardi", "mer", "mercredi", "jeu", "jeudi", "ven", "vendredi", "sam", "samedi", "dim", "dimanche",
]);
