// Round eight's own phrasings of times, written before any code change and scored at main
// (test/extract/time/round-eight-phrasings.test.ts): status-page stamps in other layouts, parts of the
// day said with an edge ("en tout début de soirée", "à l'heure du déjeuner", "around lunchtime"),
// nights across two days ("late Sunday night into Monday"), Québec, Belgian and Swiss wordings ("heure
// de l'Est", "HNE", "septante", "nonante"), 12-hour clocks at noon and midnight, wire clocks ("1400
// GMT"), times counted back from publication ("il y a deux heures", "90 minutes ago") and ranges
// across midnight. Written for this project, not taken from any article; every expected UTC comes
// from the tz database's offset on that date (2025-11-18 is a Tuesday: Paris UTC+1, New York UTC-5;
// 2025-06-12 a Thursday: London UTC+1).
import type { TimeCase } from "./time-case-helpers";
import { timeCase as c, instantAt as at, lengthOf as dur, rangeOf as range } from "./time-case-helpers";

const TUE = "2025-11-18T17:00:00Z"; // Tuesday 18 November 2025, 18:00 in Paris, 12:00 in New York
const TUE_LATE = "2025-11-18T22:00:00Z"; // 23:00 in Paris, 17:00 in New York
const WED = "2025-11-19T10:00:00Z"; // Wednesday morning in Europe, 05:00 in New York
// a part of the day is scored as the scorer scores a start: within 90 minutes
const PART = 90;

/** Status-page and live-blog stamps. */
export const STAMP_CASES_8: TimeCase[] = [
  c("e1", "en", TUE, null, "Posted: 18 Nov 2025 15:47:03 +0000", at("2025-11-18T15:47:00Z")),
  c("e2", "en", TUE, null, "Last updated: Tue, 18 Nov 2025 10:47 EST", at("2025-11-18T15:47:00Z")),
  c("e3", "en", TUE, null, "Update (16:05 GMT): services are recovering.", at("2025-11-18T16:05:00Z")),
  c("e4", "fr", TUE, "Europe/Paris", "Mise à jour à 16h05 : le service est rétabli.", at("2025-11-18T15:05:00Z")),
  c("e5", "fr", TUE, "Europe/Paris", "[MAJ 18/11 - 16:05] Le trafic revient progressivement.", at("2025-11-18T15:05:00Z")),
  c("e6", "en", TUE, null, "2025-11-18 15:47 UTC — We have identified the issue.", at("2025-11-18T15:47:00Z")),
  c("e7", "en", TUE, null, "Nov 18 at 3:47pm UTC - A fix has been implemented.", at("2025-11-18T15:47:00Z")),
  c("e8", "fr", TUE, null, "Mardi 18 novembre 2025 à 16:47 (heure de Paris) : incident clos.", at("2025-11-18T15:47:00Z")),
];

/** Parts of the day with an edge, and nights across two days. */
export const PART_CASES_8: TimeCase[] = [
  c("p1", "fr", TUE, "Europe/Paris", "Le service est tombé à la mi-journée.", at("2025-11-18T11:00:00Z", PART)),
  c("p2", "fr", TUE_LATE, "Europe/Paris", "La panne a débuté en tout début de soirée.", at("2025-11-18T18:00:00Z", PART)),
  c("p3", "fr", WED, "Europe/Paris", "Le réseau a été rétabli peu avant minuit.", at("2025-11-18T22:50:00Z", 30)),
  c("p4", "fr", TUE, "Europe/Paris", "Les clients ont retrouvé l'accès en fin de matinée.", at("2025-11-18T10:00:00Z", PART)),
  c("p5", "fr", TUE, "Europe/Paris", "Les premiers signalements sont apparus à l'heure du déjeuner.", at("2025-11-18T11:30:00Z", PART)),
  c("p6", "fr", TUE, "Europe/Paris", "Le site est inaccessible depuis le milieu de l'après-midi.", at("2025-11-18T14:00:00Z", PART)),
  c("p7", "en", TUE_LATE, "Europe/London", "The app went down around lunchtime on Tuesday.", at("2025-11-18T12:30:00Z", PART)),
  c("p8", "en", TUE, "America/New_York", "Service was restored late Sunday night into Monday.", at("2025-11-17T04:30:00Z", PART)),
  c("p9", "en", TUE_LATE, "America/New_York", "Customers reported problems early Tuesday afternoon.", at("2025-11-18T19:00:00Z", PART)),
  c("p10", "en", TUE, "America/New_York", "Shortly before midnight on Monday, the bank's systems failed.", at("2025-11-18T04:50:00Z", 30)),
  c("p11", "en", TUE, "Europe/London", "Trains stopped just after 8 o'clock this morning.", at("2025-11-18T08:05:00Z")),
  c("p12", "fr", TUE, "Europe/Paris", "Le service a flanché en début d'après-midi, avant de revenir vers 16 h.", at("2025-11-18T13:00:00Z", PART)),
];

/** Québec, Belgian and Swiss wordings, and wire clocks. */
export const REGIONAL_CASES_8: TimeCase[] = [
  c("r1", "fr", TUE_LATE, null, "Le courant a été rétabli à 14 h 30, heure de l'Est.", at("2025-11-18T19:30:00Z")),
  c("r2", "fr", TUE_LATE, null, "La panne a commencé vers 9 h, heure du Pacifique.", at("2025-11-18T17:00:00Z")),
  c("r3", "fr", TUE, "Europe/Brussels", "Le réseau mobile est tombé vers 14 h 30 et a été rétabli à 16 h.", range("2025-11-18T13:30:00Z", "2025-11-18T15:00:00Z")),
  c("r4", "fr", TUE, "Europe/Zurich", "L'opérateur indique que la panne a duré septante minutes.", dur(70)),
  c("r5", "fr", TUE, "Europe/Brussels", "Les paiements ont été bloqués pendant nonante minutes.", dur(90)),
  c("r6", "fr", "2025-11-19T12:00:00Z", null, "La panne est survenue vers 21 h 15 (HNE) mardi.", at("2025-11-19T02:15:00Z")),
  c("r7", "fr", TUE, "Europe/Zurich", "Le trafic ferroviaire a été interrompu dès 6 h 40.", at("2025-11-18T05:40:00Z")),
  c("r8", "fr", TUE_LATE, null, "Le site gouvernemental est revenu vers 15 h, heure du Centre.", at("2025-11-18T21:00:00Z")),
  c("r9", "en", "2025-06-12T18:00:00Z", null, "The network failed at 3.15pm BST.", at("2025-06-12T14:15:00Z")),
  c("r10", "en", TUE_LATE, null, "Trading resumed at 9am local time (1400 GMT).", at("2025-11-18T14:00:00Z")),
  c("r11", "en", TUE, null, "The exchange halted trading at 0930 GMT.", at("2025-11-18T09:30:00Z")),
  c("r12", "fr", TUE, null, "La bourse a suspendu les cotations à 9 h 30 GMT.", at("2025-11-18T09:30:00Z")),
];

/** 12-hour clocks at noon and midnight, and ranges across midnight. */
export const NOON_MIDNIGHT_CASES_8: TimeCase[] = [
  c("n1", "en", TUE_LATE, null, "Service returned at 12 noon ET.", at("2025-11-18T17:00:00Z")),
  c("n2", "en", TUE, null, "The outage began at 12 midnight Pacific time.", at("2025-11-18T08:00:00Z")),
  c("n3", "en", "2025-11-19T15:00:00Z", null, "Systems were down from 11 p.m. to 1 a.m. ET.", range("2025-11-19T04:00:00Z", "2025-11-19T06:00:00Z")),
  c("n4", "en", TUE, null, "Logins failed between 10:30 p.m. Monday and 2:15 a.m. Tuesday GMT.", range("2025-11-17T22:30:00Z", "2025-11-18T02:15:00Z")),
  c("n5", "fr", WED, "Europe/Paris", "Le service a été coupé de 23 h à 2 h du matin.", range("2025-11-18T22:00:00Z", "2025-11-19T01:00:00Z")),
  c("n6", "en", TUE_LATE, "America/New_York", "The fix landed at noon, and everything was back by 12:45 p.m.", at("2025-11-18T17:45:00Z")),
  c("n7", "en", TUE, null, "Card payments started failing at 12:30 a.m. Eastern.", at("2025-11-18T05:30:00Z")),
  c("n8", "en", "2025-11-19T08:00:00Z", null, "Outage window: 23:40 to 00:25 UTC.", range("2025-11-18T23:40:00Z", "2025-11-19T00:25:00Z")),
  c("n9", "fr", TUE, "Europe/Paris", "Dans la nuit de lundi à mardi, entre 1 h et 4 h, le réseau était coupé.", range("2025-11-18T00:00:00Z", "2025-11-18T03:00:00Z")),
  c("n10", "fr", TUE, "Europe/Paris", "La panne a commencé à minuit et demi.", at("2025-11-17T23:30:00Z")),
];

/** Times counted back from publication, and lengths. */
export const RELATIVE_CASES_8: TimeCase[] = [
  c("l1", "fr", TUE, "Europe/Paris", "La panne a commencé il y a deux heures.", at("2025-11-18T15:00:00Z")),
  c("l2", "en", TUE, null, "Users started reporting issues about 90 minutes ago.", at("2025-11-18T15:30:00Z")),
  c("l3", "fr", TUE, "Europe/Paris", "Il y a une demi-heure, le site est revenu.", at("2025-11-18T16:30:00Z")),
  c("l4", "en", TUE, null, "The service has been down for the past three hours.", dur(180)),
  c("l5", "fr", TUE, "Europe/Paris", "Le site est inaccessible depuis plus d'une heure et demie.", dur(90)),
  c("l6", "en", TUE, null, "It came back half an hour later.", dur(30)),
  c("l7", "fr", TUE, "Europe/Paris", "La coupure a duré une heure et quart.", dur(75)),
  c("l8", "en", TUE, null, "An hour and a quarter after the first reports, the bank posted a fix.", dur(75)),
];

export const ROUND_EIGHT_CASES: TimeCase[] = [...STAMP_CASES_8, ...PART_CASES_8, ...REGIONAL_CASES_8, ...NOON_MIDNIGHT_CASES_8, ...RELATIVE_CASES_8];
