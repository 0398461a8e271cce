// Words besides the calendar's (time/data/calendar-words.ts) by which French and English news says
// when its story happened, folded: see names-a-day.ts.

/** A live report's own time ("en ce moment", "right now"). */
export const NOW_CUES: string[] = [
  "en ce moment", "a l'heure ou nous ecrivons", "right now", "at the time of writing", "at press time", "currently", "actuellement",
];

/** A named day of the year ("le soir de Noël", "during Prime Day"), a weekend, or the week of writing. */
export const NAMED_DAY_CUES: string[] = [
  "noel", "christmas", "christmas eve", "new year's eve", "new year's day", "saint-sylvestre", "reveillon", "jour de l'an", "halloween", "easter", "paques",
  "thanksgiving", "black friday", "cyber monday", "prime day", "fete nationale", "independence day", "boxing day",
  "ce week-end", "ce weekend",
  "this week", "earlier this week", "last week", "cette semaine", "en debut de semaine", "la semaine derniere",
];
