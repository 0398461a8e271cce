// How a French or English text writes the year of the outage it tells of, in its title or lead: a
// year after a month ("en juin 2025", "in November 2025"), after a preposition or article that
// makes it a time or a label ("la panne de 2025", "the 2025 outage", "in 2024"). A
// four-digit number after a quantity word or before what it counts ("plus de 2000 abonnés", "2500
// users") is a count, not a year (general usage of both languages; own test phrasings in
// test/extract/lead-years.test.ts). "L'an 2000" / "the year 2000" are left out: the millennium bug, named
// in look backs at leap-day and date bugs, not an outage's year.
import { MONTHS } from "../time/data/calendar-words";

const MONTH = Object.keys(MONTHS)
  // three-letter abbreviations without their dot are words too ("jan", "sep"); "mai" and "may" are months before a year
  .filter((m) => m.length > 3 || m === "mai" || m === "may")
  .map((m) => m.replace(".", "\\."))
  .join("|");
const YEAR = String.raw`((?:19|20)\d\d)(?![\d.,]\d)(?![\d])`;

/** A year after a month name, with or without the day between ("juin 2025", "November 12, 2025"). */
export const MONTH_YEAR = new RegExp(String.raw`(?<![a-z])(?:${MONTH})(?:\s+\d{1,2}(?:er|st|nd|rd|th)?,?)?\s+${YEAR}`, "g");

/** A year after a word that makes it a time or a label ("en 2025", "de 2025", "the 2025", "since 2019"). */
export const WORD_YEAR = new RegExp(String.raw`(?<![a-z'])(?:en|in|de|du|of|the|la|le|during|pendant)\s+${YEAR}`, "g");

/** Words before a number that make it a quantity ("plus de 2000"). */
export const QUANTITY_BEFORE = /(?:plus|moins|pres|autour|environ|quelque|over|more than|fewer than|less than|about|around|some|nearly|almost|up to|jusqu'a)\s+(?:de\s+|d'\s*)?$/;

/** Words after a number that it counts ("2500 abonnés", "2000 users"). */
export const COUNTED_AFTER = /^\s+(?:abonnes|clients|utilisateurs|internautes|usagers|personnes|foyers|signalements|plaintes|salaries|employes|sites|euros|dollars|users|customers|subscribers|people|homes|households|reports|complaints|employees|websites|accounts|comptes|calls|appels|flights|vols|km|kilometres|kilometers|miles)\b/;

/** Words in a year's clause that compare the outage with an earlier one ("un an après la panne de
 * juin 2025", "like the 2024 outage", "since 2019"): that year is not the outage's own. */
export const COMPARED_BEFORE = /(?<![a-z])(?:apres|after|since|depuis|comme|like|rappel\w*|recall\w*|reminiscent|deja|already|previous\w*|precedent\w*|dernier\w*|last|earlier|worse than|bigger than|pire que|plus grave que)(?![a-z])/;
