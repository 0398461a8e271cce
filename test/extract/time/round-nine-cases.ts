// Round nine's own phrasings of times, written before any code change of the round and scored at
// main (npx tsx scripts/time-phrasings.ts): Canadian French zones after the clock ("à 14 h HAE"),
// "heure de Paris", "midi et demi", "minuit passé", "aux alentours de 3 heures du matin", "in the
// early hours of Tuesday", "shortly before 9 p.m. Pacific", zone abbreviations of Asia and the Pacific
// (AEDT, AEST, NZDT, JST, IST, SGT, HKT), dates as "le 2/12", "Dec. 2", "3rd December", ISO stamps
// with offsets, status-page stamps, "Posted 2 hours ago" against the publication, ranges with the zone
// after their end. A held-out set: its misses are not read while fixing (the script prints counts
// only). Written for this project, not taken from any article; every expected UTC comes from the tz
// database's offset on that date (2025-12-02 is a Tuesday: Paris UTC+1, New York UTC-5, Los Angeles
// UTC-8, Sydney UTC+11, Auckland UTC+13; 2025-07-15 a Tuesday: Montréal UTC-4).
import type { TimeCase } from "./time-case-helpers";
import { timeCase as c, instantAt as at, dateOn as day, lengthOf as dur, rangeOf as range } from "./time-case-helpers";

const TUE = "2025-12-02T17:00:00Z"; // Tuesday 2 December 2025, 18:00 in Paris, 12:00 in New York
const TUE_LATE = "2025-12-02T21:30:00Z"; // 22:30 in Paris, 16:30 in New York, 13:30 in Los Angeles
const WED = "2025-12-03T09:00:00Z"; // Wednesday, 10:00 in Paris, 20:00 in Sydney
const LATER = "2025-12-10T12:00:00Z"; // a week later
const SUMMER = "2025-07-15T20:00:00Z"; // Tuesday 15 July 2025, 16:00 in Montréal
const PART = 90; // a part of the day is scored as the scorer scores a start

/** Zones written after the clock: Canadian French, Paris, Asia and the Pacific. */
export const ZONE_CASES_9: TimeCase[] = [
  c("z1", "fr", SUMMER, null, "Le service Interac a cessé de fonctionner à 14 h HAE.", at("2025-07-15T18:00:00Z")),
  c("z2", "fr", TUE_LATE, null, "Les clients d'Hydro ont retrouvé le courant vers 15 h 40 HNE.", at("2025-12-02T20:40:00Z")),
  c("z3", "fr", SUMMER, "America/Toronto", "Selon l'entreprise, tout est rentré dans l'ordre à 11 h 15 (HAE).", at("2025-07-15T15:15:00Z")),
  c("z4", "fr", TUE, null, "L'incident a débuté à 10 h 20, heure de Paris.", at("2025-12-02T09:20:00Z")),
  c("z5", "fr", TUE, null, "Vers 16 h heure de Paris, le site refonctionnait.", at("2025-12-02T15:00:00Z")),
  c("z6", "en", WED, null, "Power returned at 7:30 a.m. AEDT on Wednesday.", at("2025-12-02T20:30:00Z")),
  c("z7", "en", "2025-12-02T05:00:00Z", null, "Customers in Brisbane were cut off from 6.10am AEST.", at("2025-12-01T20:10:00Z")),
  c("z8", "en", "2025-12-02T09:00:00Z", null, "The Auckland-based bank said its app was back at 1:45pm NZDT.", at("2025-12-02T00:45:00Z")),
  c("z9", "en", "2025-12-02T10:00:00Z", null, "Trading on the exchange was halted at 11:20 JST.", at("2025-12-02T02:20:00Z")),
  c("z10", "en", "2025-12-02T12:00:00Z", null, "Payments failed between 9:15 and 11:00 IST.", range("2025-12-02T03:45:00Z", "2025-12-02T05:30:00Z")),
  c("z11", "en", "2025-12-02T12:00:00Z", null, "The lender said services resumed at 4pm SGT.", at("2025-12-02T08:00:00Z")),
  c("z12", "en", "2025-12-02T12:00:00Z", null, "The outage hit at about 10.30am HKT.", at("2025-12-02T02:30:00Z")),
  c("z13", "en", TUE_LATE, null, "Shortly before 9 p.m. Pacific on Monday, users lost access.", at("2025-12-02T04:50:00Z", 30)),
  c("z14", "en", TUE, null, "At 08:15 ET Tuesday, the first errors appeared.", at("2025-12-02T13:15:00Z")),
];

/** Noon, midnight, approximate clocks and parts of the night. */
export const CLOCK_CASES_9: TimeCase[] = [
  c("k1", "fr", TUE, "Europe/Paris", "Les applications bancaires sont tombées vers midi et demi.", at("2025-12-02T11:30:00Z")),
  c("k2", "fr", WED, "Europe/Paris", "Le réseau a lâché à minuit passé, dans la nuit de mardi à mercredi.", at("2025-12-02T23:10:00Z", 30)),
  c("k3", "fr", WED, "Europe/Paris", "Aux alentours de 3 heures du matin, les serveurs ont redémarré.", at("2025-12-03T02:00:00Z")),
  c("k4", "fr", TUE, "Europe/Paris", "Il était un peu plus de 13 heures quand les premiers abonnés ont signalé la coupure.", at("2025-12-02T12:00:00Z")),
  c("k5", "fr", TUE, "Europe/Paris", "Le retour à la normale a été constaté peu après 17 heures.", at("2025-12-02T16:00:00Z")),
  c("k6", "fr", WED, "Europe/Paris", "En pleine nuit, vers 2 h 30, le trafic a été coupé.", at("2025-12-03T01:30:00Z")),
  c("k7", "fr", "2025-12-03T09:00:00Z", "Europe/Paris", "Hier soir, aux environs de 22 h, le réseau 4G a flanché.", at("2025-12-02T21:00:00Z")),
  c("k8", "en", TUE, "America/New_York", "Service was restored at a quarter to eleven this morning.", at("2025-12-02T15:45:00Z")),
  c("k9", "fr", TUE, "Europe/Paris", "Le site est revenu à onze heures moins le quart.", at("2025-12-02T09:45:00Z")),
  c("k10", "en", WED, "Europe/London", "The outage began in the early hours of Tuesday, London time.", at("2025-12-02T02:30:00Z", PART)),
  c("k11", "en", TUE_LATE, "America/Chicago", "Customers lost service in the wee hours of Tuesday.", at("2025-12-02T08:30:00Z", PART)),
  c("k12", "fr", TUE_LATE, "Europe/Paris", "Très tôt ce mardi matin, le réseau fixe a cessé de fonctionner.", at("2025-12-02T05:00:00Z", PART)),
  c("k13", "en", TUE_LATE, "Europe/London", "Late on Tuesday morning the service went down.", at("2025-12-02T11:00:00Z", PART)),
];

/** Ranges, with the zone after their end or a participle before them. */
export const RANGE_CASES_9: TimeCase[] = [
  c("g1", "en", TUE, null, "Access was disrupted from 08:30 to 11:45 GMT.", range("2025-12-02T08:30:00Z", "2025-12-02T11:45:00Z")),
  c("g2", "fr", TUE, "Europe/Paris", "Les paiements ont été suspendus de 9 h 15 à 12 h.", range("2025-12-02T08:15:00Z", "2025-12-02T11:00:00Z")),
  c("g3", "en", TUE_LATE, null, "The platform was unreachable between 2:05 and 3:50 p.m. ET.", range("2025-12-02T19:05:00Z", "2025-12-02T20:50:00Z")),
  c("g4", "fr", TUE, "Europe/Paris", "L'interruption, qui a débuté à 7 h 50, a pris fin à 9 h 05.", range("2025-12-02T06:50:00Z", "2025-12-02T08:05:00Z")),
];

/** Dates in other layouts. */
export const DATE_CASES_9: TimeCase[] = [
  c("d1", "fr", WED, "Europe/Paris", "La panne du 2/12 a privé des milliers d'abonnés d'internet.", day("2025-12-02")),
  c("d2", "en", WED, null, "The Dec. 2 outage affected checkout for hours.", day("2025-12-02")),
  c("d3", "en", LATER, null, "On 3rd December, the bank's app stopped working.", day("2025-12-03")),
  c("d4", "en", LATER, "Europe/London", "The problems started on the 2nd of December at around 4pm.", at("2025-12-02T16:00:00Z", 30)),
  c("d5", "fr", LATER, "Europe/Paris", "Le 3 déc., vers 8 h 45, la messagerie est tombée.", at("2025-12-03T07:45:00Z")),
  c("d6", "en", LATER, null, "Tuesday, Dec. 2, 2025 — The carrier's network failed nationwide.", day("2025-12-02")),
];

/** Machine and status-page stamps, and times counted back from publication. */
export const STAMP_CASES_9: TimeCase[] = [
  c("s1", "en", TUE, null, "2025-12-02T14:02:00+01:00 Investigating - We are looking into reports of errors.", at("2025-12-02T13:02:00Z")),
  c("s2", "en", TUE, null, "Resolved - 2025-12-02T09:47:00-05:00", at("2025-12-02T14:47:00Z")),
  c("s3", "en", TUE, null, "Dec 2, 14:02 UTC — Monitoring: a fix has been deployed.", at("2025-12-02T14:02:00Z")),
  c("s4", "en", TUE_LATE, null, "Identified · Dec 2, 2025 - 10:31 PST", at("2025-12-02T18:31:00Z")),
  c("s5", "fr", TUE, null, "Mis à jour le 02/12/2025 à 15h12 (heure de Paris)", at("2025-12-02T14:12:00Z")),
  c("s6", "en", TUE, null, "Posted 2 hours ago", at("2025-12-02T15:00:00Z")),
  c("s7", "fr", TUE, "Europe/Paris", "Publié il y a 45 minutes — Le site de la CAF est à nouveau accessible.", at("2025-12-02T16:15:00Z")),
  c("s8", "en", TUE, null, "Updated 12/02/2025 11:05 AM EST", at("2025-12-02T16:05:00Z")),
];

/** Lengths. */
export const LENGTH_CASES_9: TimeCase[] = [
  c("l1", "fr", TUE, "Europe/Paris", "La coupure s'est prolongée pendant près de deux heures et demie.", dur(150)),
  c("l2", "en", TUE, null, "It took engineers roughly 40 minutes to bring the system back.", dur(40)),
  c("l3", "en", TUE, null, "The outage lasted a little over three hours.", dur(180)),
];

export const ROUND_NINE_CASES: TimeCase[] = [...ZONE_CASES_9, ...CLOCK_CASES_9, ...RANGE_CASES_9, ...DATE_CASES_9, ...STAMP_CASES_9, ...LENGTH_CASES_9];
