// Number words that can name an hour or its minutes on a clock ("deux heures du matin", "dix-sept
// heures trente", "a quarter to nine"). Kept apart from the duration counts, which also hold "a",
// "a few" or "une dizaine de": none of those is a clock reading.

/** Hours and minutes in words, French and English (folded: lower case, no accents). */
export const CLOCK_NUMBERS: Record<string, number> = {
  une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10,
  onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16, "dix-sept": 17, "dix-huit": 18,
  "dix-neuf": 19, vingt: 20, "vingt et une": 21, "vingt-et-une": 21, "vingt-deux": 22, "vingt-trois": 23,
  "vingt-cinq": 25, trente: 30, "trente-cinq": 35, quarante: 40, "quarante-cinq": 45, cinquante: 50, "cinquante-cinq": 55,
  one: 1, two: 2, three: 3, four: 4, five: 5, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, "twenty-five": 25, thirty: 30, "thirty-five": 35, forty: 40, "forty-five": 45, fifty: 50, "fifty-five": 55,
};

/** Words before a worded clock that make it a time of day rather than a length ("vers onze heures", "at two"). */
export const WORD_CLOCK_CUES = [
  "a", "vers", "des", "jusqu'a", "avant", "peu avant", "juste avant", "aux alentours de", "autour de",
  "at", "around", "about", "by", "until", "till", "before", "shortly before", "just before",
];

/** Words before that make a worded count of hours a length even with a period after ("pendant deux heures"). */
export const WORD_LENGTH_CUES = ["pendant", "durant", "dure", "lasted", "lasting", "apres", "depuis", "for", "during", "after", "over", "il y a"];

/** Words that head a later addition to a page ("Update (5:40 p.m.):", "Edit : vers 16h27", "Mise à
 * jour à 13 h 35 :", "MAJ 18h"): the clock after them is when the addition was written. Newsroom
 * and forum conventions of both languages. */
export const UPDATE_HEADS = ["update", "updated", "updates", "edit", "edited", "mise a jour", "mis a jour", "maj", "actualise", "actualisation"];

/** Words that head the page's own stamp ("Publié le 6 août à 18h54", "Last updated: 10:07 a.m."):
 * when the page was put out or last changed, whatever the sentence goes on to say. An update head
 * (above) is a stamp too when a date follows it ("Mis à jour le mercredi 10 mars à 12h07"); with a
 * clock alone ("Update (5:40 p.m.): the store is back") it heads what was true at that clock. */
export const PAGE_STAMP_HEADS = ["publie", "published", "modifie", "last modified", "last updated", "derniere mise a jour"];
