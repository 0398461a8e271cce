// Round nine (second part): own phrasings of four reading leftovers, written before any code change
// of this part and scored at main (npx tsx scripts/time-phrasings.ts): a past day named once (a weekday
// or a date) that a later paragraph's bare clock range belongs to; a zone named by a city + "time" /
// "heure de"; a clock whose sentence ends before another sentence's date; a range whose two clocks each
// follow their weekday; half a day as a length. With negatives (a clock of today after a past day, a
// date of the next sentence). Written for this project, not taken from any article; expected UTC from
// the tz database (December 2025: Paris UTC+1, New York UTC-5, Montréal UTC-5, São Paulo UTC-3, Lagos
// UTC+1, Dakar UTC+0; 2025-12-02 is a Tuesday).
import type { TimeCase } from "./time-case-helpers";
import { timeCase as c, instantAt as at, lengthOf as dur, rangeOf as range } from "./time-case-helpers";

const FRI = "2025-12-05T16:00:00Z"; // Friday 5 December 2025, three days after the Tuesday narrated
const THU = "2025-12-04T12:00:00Z"; // Thursday 4 December
const TUE = "2025-12-02T20:00:00Z"; // Tuesday 2 December, evening in Europe, afternoon in the Americas
const SUN = "2025-12-07T10:00:00Z"; // Sunday 7 December

/** A follow-up names the past day once, then tells it in bare clocks. */
export const NARRATED_DAY_CASES: TimeCase[] = [
  c("n1", "en", FRI, null, "On Tuesday, customers of the regional bank could not log in for most of the afternoon.\n\nIn its post-incident report, the bank said the incident ran from 14:32 to 16:10 UTC.", range("2025-12-02T14:32:00Z", "2025-12-02T16:10:00Z"), [at("2025-12-05T14:32:00Z")]),
  c("n2", "fr", "2025-12-06T09:00:00Z", null, "Le mardi 2 décembre, les abonnés de l'opérateur ont été privés d'internet une bonne partie de la matinée.\n\nDans son rapport, l'opérateur précise que la coupure a duré de 9 h 05 à 11 h 40.", range("2025-12-02T08:05:00Z", "2025-12-02T10:40:00Z"), [at("2025-12-06T08:05:00Z")]),
  c("n3", "fr", FRI, null, "Mardi, la messagerie de l'hébergeur est tombée en panne pour des milliers de clients.\n\nSelon le compte rendu technique publié depuis, le service a été interrompu entre 13 h 15 et 15 h.", range("2025-12-02T12:15:00Z", "2025-12-02T14:00:00Z"), [at("2025-12-05T12:15:00Z")]),
  c("n4", "en", THU, null, "Monday's failure of the ferry operator's booking site stranded travellers at several ports.\n\nThe company now says bookings failed from 8:50 a.m. to 12:20 p.m. Eastern.", range("2025-12-01T13:50:00Z", "2025-12-01T17:20:00Z"), [at("2025-12-04T13:50:00Z")]),
  // negatives: a later paragraph that names today again tells today
  c("n5", "en", "2025-12-05T18:00:00Z", null, "On Tuesday, the bank's app failed for two hours.\n\nIt failed again today, starting at 10:15 a.m. ET.", at("2025-12-05T15:15:00Z"), [at("2025-12-02T15:15:00Z")]),
  c("n6", "fr", THU, null, "Lundi, le site des impôts avait déjà connu une panne.\n\nCe jeudi, il est de nouveau inaccessible depuis 8 h 30.", at("2025-12-04T07:30:00Z"), [at("2025-12-01T07:30:00Z")]),
];

/** A zone named by its city, and clocks whose sentence ends before another date. */
export const CITY_ZONE_CASES: TimeCase[] = [
  c("c1", "en", TUE, null, "Instant transfers stopped at 9:20 a.m. Brasília time, the central bank said.", at("2025-12-02T12:20:00Z")),
  c("c2", "en", TUE, null, "Services were back by 4:45 p.m. Lagos time, according to the lender.", at("2025-12-02T15:45:00Z")),
  c("c3", "fr", TUE, null, "La panne a débuté à 8 h 40, heure de Montréal, selon la société.", at("2025-12-02T13:40:00Z")),
  c("c4", "fr", TUE, null, "Le réseau mobile est revenu vers 11 h heure de Dakar.", at("2025-12-02T11:00:00Z")),
  c("c5", "en", "2025-12-02T18:00:00Z", null, "The app came back at 10:40 a.m. ET. Last year's outage, on July 19, lasted far longer.", at("2025-12-02T15:40:00Z"), [at("2025-07-19T14:40:00Z")]),
  c("c6", "fr", "2025-12-02T18:00:00Z", null, "Le site est revenu à 10 h 40. L'an dernier, le 19 juillet, la panne avait duré bien plus longtemps.", at("2025-12-02T09:40:00Z"), [at("2025-07-19T08:40:00Z")]),
];

/** Two-day ranges with a weekday before each clock, and half a day as a length. */
export const RANGE_LENGTH_CASES: TimeCase[] = [
  c("r1", "fr", SUN, null, "Le service a été coupé de vendredi 23 h 10 à samedi 1 h 50.", range("2025-12-05T22:10:00Z", "2025-12-06T00:50:00Z")),
  c("r2", "en", SUN, null, "Card payments were down from Friday 11:10 p.m. to Saturday 1:50 a.m. ET.", range("2025-12-06T04:10:00Z", "2025-12-06T06:50:00Z")),
  c("r3", "fr", SUN, null, "La maintenance s'étendait du samedi 22 h au dimanche 4 h.", range("2025-12-06T21:00:00Z", "2025-12-07T03:00:00Z")),
  c("r4", "fr", TUE, null, "Les clients ont été privés de réseau pendant une demi-journée.", dur(720, 0.3)),
  c("r5", "en", TUE, null, "The portal stayed offline for half a day.", dur(720, 0.3)),
  c("r6", "en", TUE, null, "Some users were locked out for nearly half a day.", dur(720, 0.3)),
  // negative: a day and a half is not half a day
  c("r7", "en", TUE, null, "The outage lasted a day and a half.", dur(2160, 0.15), [dur(720, 0.3)]),
];

export const LEFTOVER_CASES: TimeCase[] = [...NARRATED_DAY_CASES, ...CITY_ZONE_CASES, ...RANGE_LENGTH_CASES];
