// Our own time cases, written for this project (not from the dev corpus): other zones, cities,
// DST switch days in Europe and the US, other weekdays and months, French and English variants.
import type { TimeCase } from "./time-case-helpers";

const c = (id: string, lang: "fr" | "en", publishedAt: string, sourceZone: string | null, text: string, expect: TimeCase["expect"]): TimeCase => ({ id, lang, publishedAt, sourceZone, text, expect });
const at = (utc: string, tol = 20) => ({ kind: "instant" as const, utc, tol });
const day = (date: string) => ({ kind: "date" as const, date });
const dur = (minutes: number, tol = 0.15) => ({ kind: "duration" as const, minutes, tol });
const range = (start: string, end: string, tol = 20) => ({ kind: "range" as const, start, end, tol });

export const ZONE_WORD_CASES: TimeCase[] = [
  c("zw1", "fr", "2024-06-10T20:00:00+01:00", "Africa/Algiers", "Vers 15 h (heure d'Alger), le réseau mobile est tombé.", at("2024-06-10T14:00:00Z")),
  c("zw2", "fr", "2024-06-10T18:00:00Z", "Africa/Dakar", "La panne a débuté à 10 h 15, heure de Dakar, selon l'opérateur.", at("2024-06-10T10:15:00Z")),
  c("zw3", "fr", "2023-01-15T12:00:00Z", "Africa/Abidjan", "À 9 heures (heure ivoirienne), plus rien ne fonctionnait.", at("2023-01-15T09:00:00Z")),
  c("zw4", "fr", "2024-01-20T23:00:00Z", null, "Le service est revenu à 14 h 20 heure de Montréal.", at("2024-01-20T19:20:00Z")),
  c("zw5", "fr", "2024-08-01T12:00:00+02:00", "Europe/Paris", "Les premiers signalements remontent à 7 h 05 (heure de Tokyo).", at("2024-07-31T22:05:00Z")),
  c("zw6", "en", "2024-07-02T15:00:00Z", null, "The outage began at 9:15 a.m. London time, the company said.", at("2024-07-02T08:15:00Z")),
  c("zw7", "fr", "2022-03-01T20:00:00Z", "Europe/Paris", "Vers 20 h, heure de Moscou, les sites gouvernementaux étaient inaccessibles.", at("2022-03-01T17:00:00Z")),
  c("zw8", "fr", "2024-02-02T22:00:00+01:00", "Europe/Brussels", "Le trafic a repris vers 21 h 10 heure de Bruxelles.", at("2024-02-02T20:10:00Z")),
  c("zw9", "fr", "2024-05-20T19:00:00+02:00", "Europe/Paris", "Le site a cessé de répondre à 16 h à Londres, soit 17 h à Paris.", at("2024-05-20T15:00:00Z")),
  c("zw10", "en", "2024-03-10T14:00:00Z", "Europe/London", "Payments failed at 7:30 p.m. in Singapore.", at("2024-03-10T11:30:00Z")),
  c("zw11", "fr", "2024-05-06T20:00:00+02:00", "Europe/Paris", "À 15 h 30 heure du Maroc, les paiements ont été rétablis.", at("2024-05-06T14:30:00Z")),
  c("zw12", "fr", "2024-05-06T20:00:00+04:00", "Indian/Reunion", "Vers 9 h (heure de La Réunion), les abonnés ont perdu l'accès.", at("2024-05-06T05:00:00Z")),
  c("zw13", "fr", "2024-05-06T20:00:00+01:00", "Africa/Kinshasa", "Les échanges ont repris à 18 heures, heure de Kinshasa.", at("2024-05-06T17:00:00Z")),
  c("zw14", "en", "2024-05-06T23:00:00Z", "America/New_York", "Logins failed at 5 p.m. Mountain time.", at("2024-05-06T23:00:00Z")),
  c("zw15", "en", "2024-08-10T20:00:00Z", null, "The site went down shortly before 11 a.m. Eastern Daylight Time.", at("2024-08-10T15:00:00Z", 30)),
  c("zw16", "fr", "2024-11-12T18:00:00+01:00", "Europe/Paris", "Le réseau a lâché vers 8 h (heure de Chicago).", at("2024-11-12T14:00:00Z")),
];

export const ABBREVIATION_CASES: TimeCase[] = [
  c("ab1", "en", "2023-02-14T20:00:00Z", null, "Around 8 a.m. Pacific, users began reporting errors.", at("2023-02-14T16:00:00Z")),
  c("ab2", "en", "2024-05-01T12:00:00Z", "Asia/Kolkata", "UPI transactions failed at 11:30 IST.", at("2024-05-01T06:00:00Z")),
  c("ab3", "en", "2024-05-01T18:00:00Z", "Europe/Berlin", "The portal went offline at 2:15 p.m. (UTC+2).", at("2024-05-01T12:15:00Z")),
  c("ab4", "fr", "2024-01-08T20:00:00+01:00", "Europe/Paris", "La coupure a commencé à 18 h GMT+1.", at("2024-01-08T17:00:00Z")),
  c("ab5", "en", "2024-07-01T06:00:00Z", "Australia/Sydney", "Card payments stopped at 10:00 AEST.", at("2024-07-01T00:00:00Z")),
  c("ab6", "en", "2024-11-06T03:00:00Z", "America/New_York", "Services went dark at 4:45 p.m. CT on Tuesday.", at("2024-11-05T22:45:00Z")),
  c("ab7", "fr", "2024-01-08T20:00:00+01:00", "Europe/Paris", "L'incident a été résolu à 19 h 05 CET.", at("2024-01-08T18:05:00Z")),
  c("ab8", "en", "2024-06-08T20:00:00Z", "Europe/London", "Checkout errors peaked at 13:45 CEST.", at("2024-06-08T11:45:00Z")),
  c("ab9", "en", "2024-01-08T20:00:00Z", null, "The fix was deployed at noon ET.", at("2024-01-08T17:00:00Z")),
  c("ab10", "en", "2024-01-09T06:00:00Z", null, "Errors spiked at 11:58 PST.", at("2024-01-08T19:58:00Z")),
];

export const DST_CASES: TimeCase[] = [
  c("dst1", "fr", "2025-03-30T12:00:00+02:00", "Europe/Paris", "Dimanche 30 mars 2025, vers 3 h 15 (heure de Paris), la messagerie a décroché.", at("2025-03-30T01:15:00Z")),
  c("dst2", "fr", "2024-10-27T20:00:00+01:00", "Europe/Paris", "Le dimanche 27 octobre, vers 5 h (heure de Paris), le site a cessé de répondre.", at("2024-10-27T04:00:00Z")),
  c("dst3", "en", "2025-03-10T12:00:00Z", "America/New_York", "The app crashed at 3:30 a.m. ET on Sunday, March 9.", at("2025-03-09T07:30:00Z")),
  c("dst4", "en", "2024-11-04T12:00:00Z", "America/New_York", "At 10 a.m. ET on Sunday, Nov. 3, the service went down.", at("2024-11-03T15:00:00Z")),
  c("dst5", "fr", "2025-03-30T12:00:00+02:00", "Europe/Paris", "Le samedi 29 mars à 23 h, heure de Paris, les serveurs ont été redémarrés.", at("2025-03-29T22:00:00Z")),
  c("dst6", "en", "2024-03-12T12:00:00Z", "America/New_York", "Outages began at 9 a.m. Eastern on Monday.", at("2024-03-11T13:00:00Z")),
  c("dst7", "fr", "2024-03-16T10:00:00+01:00", "Europe/Paris", "Le service est tombé à 15 h (heure de New York) le 15 mars.", at("2024-03-15T19:00:00Z")),
  c("dst8", "en", "2024-10-28T09:00:00Z", "Europe/London", "The network failed at 8:20 a.m. UK time on Sunday.", at("2024-10-27T08:20:00Z")),
];

export const WEEKDAY_CASES: TimeCase[] = [
  c("wd1", "fr", "2024-09-13T09:00:00+02:00", "Europe/Paris", "Jeudi, à 11 h 05, la plateforme est devenue inaccessible.", at("2024-09-12T09:05:00Z")),
  c("wd2", "fr", "2024-09-13T18:00:00+02:00", "Europe/Paris", "Ce vendredi, des milliers d'internautes ont signalé des erreurs.", day("2024-09-13")),
  c("wd3", "fr", "2024-09-16T08:00:00+02:00", "Europe/Paris", "Dimanche soir, le réseau social a connu une longue interruption.", day("2024-09-15")),
  c("wd4", "en", "2024-09-17T12:00:00Z", "America/New_York", "Last Tuesday the same service failed for an hour.", day("2024-09-10")),
  c("wd5", "en", "2024-09-13T12:00:00Z", "America/New_York", "The outage hit on Thursday afternoon.", day("2024-09-12")),
  c("wd6", "fr", "2024-09-19T10:00:00+02:00", "Europe/Paris", "Mardi dernier, la messagerie avait déjà flanché.", day("2024-09-17")),
  c("wd7", "en", "2024-09-14T10:00:00Z", "America/New_York", "Friday evening, around 7:45, the feeds stopped refreshing.", at("2024-09-13T23:45:00Z")),
  c("wd8", "fr", "2024-09-14T10:00:00+02:00", "Europe/Paris", "Vendredi soir vers 9 h, plus aucune vidéo ne se chargeait.", at("2024-09-13T19:00:00Z")),
];

export const NO_YEAR_CASES: TimeCase[] = [
  c("ny1", "fr", "2025-09-01T10:00:00+02:00", "Europe/Paris", "La panne du mardi 8 juillet a privé d'accès des millions d'abonnés.", day("2025-07-08")),
  c("ny2", "fr", "2025-02-01T10:00:00+01:00", "Europe/Paris", "Depuis la coupure du jeudi 12 décembre, l'opérateur a revu ses procédures.", day("2024-12-12")),
  c("ny3", "en", "2025-01-10T10:00:00Z", "America/New_York", "On Friday, July 19, millions of Windows machines crashed.", day("2024-07-19")),
  c("ny4", "en", "2025-06-20T10:00:00Z", "America/New_York", "The company's June 12th outage was caused by a bad deploy.", day("2025-06-12")),
  c("ny5", "fr", "2025-01-05T10:00:00+01:00", "Europe/Paris", "Le 3 novembre, le service de paiement a été interrompu.", day("2024-11-03")),
  c("ny6", "fr", "2024-03-02T10:00:00+01:00", "Europe/Paris", "Le 1er mars, la messagerie a cessé de fonctionner.", day("2024-03-01")),
  c("ny7", "en", "2024-09-10T10:00:00Z", "America/New_York", "Engineers traced the Sept. 4 disruption to a certificate.", day("2024-09-04")),
  c("ny8", "fr", "2022-01-10T10:00:00+01:00", "Europe/Paris", "Le 4 octobre 2021 à 17 h 39 (heure de Paris), les serveurs DNS ont disparu.", at("2021-10-04T15:39:00Z")),
  c("ny9", "en", "2021-10-05T10:00:00Z", "America/New_York", "At 13:45 GMT on Oct. 4 the routes were withdrawn.", at("2021-10-04T13:45:00Z")),
];

export const YESTERDAY_CASES: TimeCase[] = [
  c("ye1", "fr", "2024-05-15T10:00:00+02:00", "Europe/Paris", "Avant-hier, la banque en ligne était déjà inaccessible.", day("2024-05-13")),
  c("ye2", "fr", "2024-05-15T08:00:00+02:00", "Europe/Paris", "Hier, vers 14 h 30, les virements ont été bloqués.", at("2024-05-14T12:30:00Z")),
  c("ye3", "en", "2024-05-15T13:00:00Z", "America/New_York", "The service went down yesterday at 3 p.m.", at("2024-05-14T19:00:00Z")),
  c("ye4", "fr", "2024-05-15T08:00:00+02:00", "Europe/Paris", "Hier matin, les applications bancaires ne répondaient plus.", day("2024-05-14")),
  c("ye5", "en", "2024-05-15T12:00:00Z", "America/New_York", "Yesterday evening, gamers could not log in.", day("2024-05-14")),
  c("ye6", "en", "2024-05-15T13:00:00Z", null, "Two hours ago the status page turned red.", at("2024-05-15T11:00:00Z", 10)),
  c("ye7", "fr", "2024-05-15T13:00:00+02:00", null, "Il y a une heure, le site était encore hors ligne.", at("2024-05-15T10:00:00Z", 10)),
];

export const NIGHT_CASES: TimeCase[] = [
  c("ni1", "fr", "2024-05-16T10:00:00+02:00", "Europe/Paris", "Dans la nuit de mardi à mercredi, vers 2 h 30, les serveurs ont redémarré.", at("2024-05-15T00:30:00Z")),
  c("ni2", "fr", "2024-05-14T10:00:00+02:00", "Europe/Paris", "La panne est survenue dans la nuit de dimanche à lundi.", day("2024-05-12")),
  c("ni3", "en", "2024-05-14T08:00:00Z", "America/New_York", "The app was down last night for many users.", day("2024-05-13")),
  c("ni4", "fr", "2024-05-14T09:00:00+02:00", "Europe/Paris", "Cette nuit, vers 3 h, le réseau a été coupé.", at("2024-05-14T01:00:00Z")),
  c("ni5", "en", "2024-05-15T12:00:00Z", "America/New_York", "Monday night, at about 1:30 a.m., the database failed.", at("2024-05-14T05:30:00Z")),
  c("ni6", "fr", "2024-05-15T09:00:00+02:00", "Europe/Paris", "Lundi soir, vers 23 h 10, les messages ne partaient plus.", at("2024-05-13T21:10:00Z")),
];

export const DURATION_CASES: TimeCase[] = [
  c("du1", "fr", "2024-05-15T09:00:00+02:00", null, "Le réseau a été coupé pendant une heure et demie.", dur(90)),
  c("du2", "fr", "2024-05-15T09:00:00+02:00", null, "La panne a duré plus de deux heures.", dur(120)),
  c("du3", "fr", "2024-05-15T09:00:00+02:00", null, "Les clients sont restés sans réseau près de 6h.", dur(360)),
  c("du4", "en", "2024-05-15T09:00:00Z", null, "The site was down for about 90 minutes.", dur(90)),
  c("du5", "en", "2024-05-15T09:00:00Z", null, "Users were locked out for an hour and a half.", dur(90)),
  c("du6", "en", "2024-05-15T09:00:00Z", null, "The app froze for half an hour.", dur(30)),
  c("du7", "fr", "2024-05-15T09:00:00+02:00", null, "Le service a été interrompu pendant trois quarts d'heure.", dur(45)),
  c("du8", "fr", "2024-05-15T09:00:00+02:00", null, "La coupure a duré 1h45.", dur(105)),
  c("du9", "en", "2024-05-15T09:00:00Z", null, "It was a 45-minute outage.", dur(45)),
  c("du10", "fr", "2024-05-15T09:00:00+02:00", null, "Le site est resté inaccessible pendant quelques heures.", dur(180, 0.5)),
  c("du11", "en", "2024-05-15T09:00:00Z", null, "The disruption lasted more than three hours.", dur(180)),
  c("du12", "fr", "2024-05-15T09:00:00+02:00", null, "Le paiement sans contact a été bloqué durant une vingtaine de minutes.", dur(20)),
  c("du13", "en", "2024-05-15T09:00:00Z", null, "The outage lasted 2 hours and 15 minutes.", dur(135)),
  c("du14", "fr", "2024-05-15T09:00:00+02:00", null, "L'interruption a duré 3 heures.", dur(180)),
  c("du15", "fr", "2024-05-15T09:00:00+02:00", null, "Le réseau est coupé depuis environ deux heures.", dur(120)),
  c("du16", "en", "2024-05-15T09:00:00Z", null, "Service was restored after nearly four hours.", dur(240)),
];

export const RANGE_CASES: TimeCase[] = [
  c("ra1", "fr", "2024-05-14T20:00:00+02:00", "Europe/Paris", "Le service a été perturbé de 16h à 18h30.", range("2024-05-14T14:00:00Z", "2024-05-14T16:30:00Z")),
  c("ra2", "en", "2024-05-14T23:00:00Z", "America/New_York", "Uploads failed from 11 a.m. to 2 p.m. PT.", range("2024-05-14T18:00:00Z", "2024-05-14T21:00:00Z")),
  c("ra3", "fr", "2024-05-15T10:00:00+02:00", "Europe/Paris", "Les clients ont été privés d'internet entre 22 h et 1 h du matin.", range("2024-05-14T20:00:00Z", "2024-05-14T23:00:00Z")),
  c("ra4", "en", "2024-05-16T12:00:00Z", "America/New_York", "Errors occurred between 9:40 a.m. and 12:10 p.m. ET on Wednesday.", range("2024-05-15T13:40:00Z", "2024-05-15T16:10:00Z")),
  c("ra5", "en", "2024-05-16T12:00:00Z", "Europe/London", "The API was degraded from 14:00 to 16:30 UTC.", range("2024-05-16T14:00:00Z", "2024-05-16T16:30:00Z")),
  c("ra6", "fr", "2024-05-16T12:00:00Z", "Europe/Paris", "Mardi, de 9 h à 11 h (heure de Montréal), les guichets ont été fermés.", range("2024-05-14T13:00:00Z", "2024-05-14T15:00:00Z")),
];

export const CLOCK_CASES: TimeCase[] = [
  c("cl1", "fr", "2024-05-14T21:00:00+02:00", "Europe/Paris", "Le réseau s'est progressivement rétabli vers 18h30.", at("2024-05-14T16:30:00Z")),
  c("cl2", "fr", "2024-05-14T15:00:00+02:00", "Europe/Paris", "Vers midi, les premiers messages d'erreur sont apparus.", at("2024-05-14T10:00:00Z")),
  c("cl3", "fr", "2024-05-14T09:00:00+02:00", "Europe/Paris", "Peu après minuit, les serveurs ont été relancés.", at("2024-05-13T22:00:00Z")),
  c("cl4", "en", "2024-05-14T22:00:00Z", "America/New_York", "The company said the issue began at 4 p.m.", at("2024-05-14T20:00:00Z")),
  c("cl5", "fr", "2024-05-15T08:00:00+02:00", "Europe/Paris", "Le site est tombé à 10 heures du soir.", at("2024-05-14T20:00:00Z")),
  c("cl6", "fr", "2024-05-15T20:00:00+02:00", "Europe/Paris", "Le réseau est coupé depuis 15 heures.", at("2024-05-15T13:00:00Z")),
];

/** Whole news sentences in the style of real outage coverage, several expressions each. */
export const MIXED_CASES: TimeCase[] = [
  c("p1", "en", "2024-03-05T20:00:00Z", "America/New_York", "The problems started at 10:15am ET, according to Downdetector.", at("2024-03-05T15:15:00Z")),
  c("p2", "en", "2021-10-04T23:00:00Z", "America/New_York", "At 8:40 a.m. PT (11:40 a.m. ET) on Monday, the apps disappeared.", at("2021-10-04T15:40:00Z")),
  c("p3", "fr", "2021-10-05T08:00:00+02:00", "Europe/Paris", "La panne, qui a débuté lundi vers 17H40, a duré près de six heures.", at("2021-10-04T15:40:00Z")),
  c("p4", "fr", "2021-10-05T08:00:00+02:00", "Europe/Paris", "Une panne de 6 heures a touché Facebook.", dur(360)),
  c("p5", "fr", "2021-10-05T08:00:00+02:00", "Europe/Paris", "Les services ont été rétablis peu avant minuit lundi.", at("2021-10-04T22:00:00Z", 30)),
  c("p6", "en", "2024-07-19T15:00:00Z", "Europe/London", "Problems began shortly after 6am BST on Friday.", at("2024-07-19T05:00:00Z", 30)),
  c("p7", "fr", "2024-07-19T15:00:00+02:00", "Europe/Paris", "Depuis ce vendredi matin, 6 heures, des millions d'ordinateurs affichent un écran bleu.", at("2024-07-19T04:00:00Z", 30)),
  c("p8", "en", "2024-07-20T15:00:00Z", "America/New_York", "CrowdStrike pushed the update at 04:09 UTC on July 19.", at("2024-07-19T04:09:00Z")),
  c("p9", "fr", "2025-06-13T09:00:00+02:00", "Europe/Paris", "Jeudi 12 juin, à partir de 19 h 51 (heure de Paris), plusieurs services Google ont flanché.", at("2025-06-12T17:51:00Z")),
  c("p10", "en", "2025-06-13T09:00:00Z", "America/New_York", "Google Cloud said the incident lasted from 10:51 a.m. to 6:18 p.m. PDT.", range("2025-06-12T17:51:00Z", "2025-06-13T01:18:00Z")),
  c("p11", "fr", "2025-10-21T09:00:00+02:00", "Europe/Paris", "La panne d'AWS a débuté lundi à 9 h 11, heure française.", at("2025-10-20T07:11:00Z")),
  c("p12", "en", "2025-10-21T09:00:00Z", "America/New_York", "AWS said the issue began at 12:11 a.m. PDT Monday.", at("2025-10-20T07:11:00Z")),
  c("p13", "fr", "2025-10-21T09:00:00+02:00", "Europe/Paris", "La panne a duré une quinzaine d'heures.", dur(900, 0.2)),
  c("p14", "en", "2025-10-21T09:00:00Z", "America/New_York", "The outage lasted roughly 15 hours.", dur(900)),
  c("p15", "fr", "2024-03-06T09:00:00+01:00", "Europe/Paris", "Mardi 5 mars, vers 16 h 15, Facebook et Instagram ont déconnecté leurs utilisateurs.", at("2024-03-05T15:15:00Z")),
  c("p16", "en", "2024-03-06T09:00:00Z", "Europe/London", "The outage began at about 3:15pm GMT on Tuesday.", at("2024-03-05T15:15:00Z")),
  c("p17", "fr", "2024-03-06T09:00:00+01:00", "Africa/Dakar", "Vers 15 h 15, heure sénégalaise, les comptes ont été déconnectés.", at("2024-03-05T15:15:00Z", 2000)),
  c("p18", "fr", "2024-03-05T23:00:00+01:00", "Africa/Dakar", "Vers 15 h 15, heure sénégalaise, les comptes ont été déconnectés.", at("2024-03-05T15:15:00Z")),
  c("p19", "en", "2024-12-12T10:00:00Z", "America/New_York", "Meta's apps went down Wednesday for about four hours.", dur(240)),
  c("p20", "en", "2024-12-12T10:00:00Z", "America/New_York", "Meta's apps went down Wednesday for about four hours.", day("2024-12-11")),
  c("p21", "fr", "2024-12-12T10:00:00+01:00", "Europe/Paris", "Les applications ont été perturbées de 18 h à 22 h mercredi.", range("2024-12-11T17:00:00Z", "2024-12-11T21:00:00Z")),
  c("p22", "fr", "2024-12-12T10:00:00+01:00", "Europe/Paris", "Meta a annoncé un retour à la normale vers 2 h du matin jeudi.", at("2024-12-12T01:00:00Z")),
  c("p23", "en", "2022-10-25T12:00:00Z", "Europe/London", "WhatsApp stopped working at around 8am UK time on Tuesday.", at("2022-10-25T07:00:00Z", 30)),
  c("p24", "en", "2022-10-25T12:00:00Z", "Europe/London", "Service was restored by 10:30am, some two hours later.", at("2022-10-25T09:30:00Z")),
  c("p25", "fr", "2022-10-25T15:00:00+02:00", "Europe/Paris", "WhatsApp était inaccessible ce mardi entre 9 h et 11 h.", range("2022-10-25T07:00:00Z", "2022-10-25T09:00:00Z")),
  c("p26", "fr", "2022-10-25T15:00:00+02:00", "Europe/Paris", "La messagerie a été coupée pendant environ deux heures ce mardi matin.", dur(120)),
  c("p27", "en", "2021-06-08T15:00:00Z", "Europe/London", "Fastly said it identified the problem within a minute, at 09:47 UTC.", at("2021-06-08T09:47:00Z")),
  c("p28", "en", "2021-06-08T15:00:00Z", "Europe/London", "Sites came back about 49 minutes later.", dur(49)),
  c("p29", "fr", "2021-06-08T18:00:00+02:00", "Europe/Paris", "Les sites ont été inaccessibles ce mardi, entre 11 h 45 et 12 h 35 environ.", range("2021-06-08T09:45:00Z", "2021-06-08T10:35:00Z")),
  c("p30", "en", "2020-12-14T18:00:00Z", "Europe/London", "Google services went down at around 11:47 GMT on Monday.", at("2020-12-14T11:47:00Z")),
  c("p31", "fr", "2020-12-15T08:00:00+01:00", "Europe/Paris", "Gmail et YouTube sont tombés en panne lundi 14 décembre vers 12 h 50.", at("2020-12-14T11:50:00Z")),
  c("p32", "fr", "2020-12-15T08:00:00+01:00", "Europe/Paris", "La panne a duré environ 45 minutes.", dur(45)),
  c("p33", "en", "2023-01-25T15:00:00Z", "America/New_York", "Microsoft 365 went down early Wednesday, at about 2 a.m. Eastern.", at("2023-01-25T07:00:00Z", 30)),
  c("p34", "fr", "2023-01-25T15:00:00+01:00", "Europe/Paris", "La panne a débuté ce mercredi vers 8 h, heure de Paris.", at("2023-01-25T07:00:00Z")),
  c("p35", "en", "2024-10-08T14:00:00Z", "America/New_York", "Outage reports spiked just before 9 a.m. on Tuesday.", at("2024-10-08T13:00:00Z", 30)),
  c("p36", "fr", "2024-10-08T22:00:00+02:00", "Africa/Abidjan", "Le réseau a été rétabli vers 19 heures, heure d'Abidjan.", at("2024-10-08T19:00:00Z")),
  c("p37", "fr", "2024-10-08T22:00:00+02:00", "Europe/Paris", "À 16 h 30 heure de Genève, le service a redémarré.", at("2024-10-08T14:30:00Z")),
  c("p38", "en", "2024-10-09T02:00:00Z", "America/Los_Angeles", "The service was back up by 6:45 p.m. Pacific time.", at("2024-10-09T01:45:00Z")),
  c("p39", "fr", "2024-10-09T10:00:00+02:00", "Europe/Paris", "L'incident s'est produit dans la nuit de mardi à mercredi.", day("2024-10-08")),
  c("p40", "en", "2024-10-09T10:00:00Z", "America/New_York", "The disruption began late Tuesday night.", day("2024-10-08")),
  c("p41", "fr", "2024-10-09T10:00:00+02:00", "Europe/Paris", "La coupure a duré de 14 heures à 16 heures 30.", range("2024-10-08T12:00:00Z", "2024-10-08T14:30:00Z", 1500)),
  c("p42", "en", "2024-10-09T10:00:00Z", "America/New_York", "Users were unable to connect between 8 and 10 a.m. ET Tuesday.", range("2024-10-08T12:00:00Z", "2024-10-08T14:00:00Z")),
  c("p43", "fr", "2024-10-09T10:00:00+02:00", "Europe/Paris", "Pendant plus d'une heure, impossible de se connecter.", dur(60)),
  c("p44", "en", "2024-10-09T10:00:00Z", "America/New_York", "The site was down for over an hour Tuesday.", dur(60)),
  c("p45", "fr", "2024-10-09T10:00:00+02:00", "Europe/Paris", "Le 8 octobre dernier, vers 17 h 05, le site est tombé.", at("2024-10-08T15:05:00Z")),
  c("p46", "en", "2024-10-09T10:00:00Z", "Asia/Tokyo", "The bank's systems went down at 7:30 JST on Wednesday.", at("2024-10-08T22:30:00Z")),
  c("p47", "fr", "2024-10-09T10:00:00+02:00", "America/Toronto", "La panne est survenue mardi vers 13 h HAE.", at("2024-10-08T17:00:00Z")),
  c("p48", "fr", "2024-10-09T10:00:00+02:00", "Europe/Paris", "Une interruption d'une demi-heure a suffi à paralyser le site.", dur(30)),
  c("p49", "en", "2024-10-09T10:00:00Z", "America/New_York", "The hours-long outage ended at 11 p.m. ET Tuesday.", at("2024-10-09T03:00:00Z")),
  c("p50", "fr", "2024-10-09T10:00:00+02:00", "Europe/Paris", "Les clients de l'opérateur n'avaient plus de réseau mardi, de 8 h 30 à midi.", range("2024-10-08T06:30:00Z", "2024-10-08T10:00:00Z")),
];

/** Variants: wire-agency clocks, fillers ("six straight hours"), parts before the day, long zone names. */
export const VARIANT_CASES: TimeCase[] = [
  c("v1", "en", "2024-03-05T20:00:00Z", "Europe/London", "Reports surged at 1515 GMT, Downdetector data showed.", at("2024-03-05T15:15:00Z")),
  c("v2", "fr", "2024-03-06T09:00:00+01:00", "Europe/Paris", "Le réseau a été coupé six heures d'affilée.", dur(360)),
  c("v3", "fr", "2024-03-06T09:00:00+01:00", "Europe/Paris", "Le réseau a été coupé 6 heures d'affilée.", dur(360)),
  c("v4", "en", "2024-03-06T09:00:00Z", "America/New_York", "Gamers were offline for six straight hours.", dur(360)),
  c("v5", "fr", "2024-03-06T09:00:00+01:00", "Europe/Paris", "Il a fallu attendre une bonne heure avant le retour du service.", dur(60)),
  c("v6", "fr", "2024-10-09T10:00:00+02:00", "Europe/Paris", "La coupure est survenue dans la soirée de mardi.", day("2024-10-08")),
  c("v7", "en", "2024-10-09T10:00:00Z", "America/New_York", "The failure happened in the early hours of Tuesday.", day("2024-10-08")),
  c("v8", "en", "2024-10-09T20:00:00Z", "Europe/London", "The site failed at 2pm Central European Time.", at("2024-10-09T12:00:00Z")),
  c("v9", "en", "2024-01-09T20:00:00Z", "Europe/London", "The outage started at 9:05 Greenwich Mean Time.", at("2024-01-09T09:05:00Z")),
  c("v10", "fr", "2024-07-09T20:00:00+02:00", "Europe/Paris", "À 10 h 20, heure d'été d'Europe centrale, le service a été rétabli.", at("2024-07-09T08:20:00Z")),
  c("v11", "fr", "2024-07-09T20:00:00+02:00", "Europe/Paris", "Les serveurs sont tombés vers 7 h (heure new-yorkaise).", at("2024-07-09T11:00:00Z")),
  c("v12", "fr", "2024-07-09T20:00:00+02:00", "Europe/Paris", "Mardi en fin de journée, le service était toujours perturbé.", day("2024-07-09")),
  c("v13", "en", "2024-07-10T09:00:00Z", "America/New_York", "Tuesday, July 9, at 10:15 a.m. ET, the first alerts fired.", at("2024-07-09T14:15:00Z")),
  c("v14", "fr", "2024-07-10T09:00:00+02:00", "Europe/Paris", "Le 9 juillet au soir, l'opérateur a confirmé la panne.", day("2024-07-09")),
  c("v15", "fr", "2024-07-10T09:00:00+02:00", "Europe/Paris", "Dès 6 heures du matin mardi, les abonnés ont perdu le réseau.", at("2024-07-09T04:00:00Z")),
  c("v16", "fr", "2024-07-10T09:00:00+02:00", "Europe/Paris", "Le service est revenu 4 heures plus tard.", dur(240)),
  c("v17", "en", "2024-07-10T09:00:00Z", "America/New_York", "Customers waited until 11.45pm ET on Tuesday for a fix.", at("2024-07-10T03:45:00Z")),
  c("v18", "fr", "2024-07-10T09:00:00+02:00", "Africa/Abidjan", "La panne a frappé le pays mardi, de 14 h à 17 h (heure d'Abidjan).", range("2024-07-09T14:00:00Z", "2024-07-09T17:00:00Z")),
  c("v19", "en", "2024-07-10T09:00:00Z", "America/Chicago", "Power returned at 3:20 p.m. Central on Tuesday.", at("2024-07-09T20:20:00Z")),
  c("v20", "fr", "2024-07-10T09:00:00+02:00", "Europe/Paris", "La panne a duré 1 h 45 environ.", dur(105)),
  c("v21", "fr", "2024-07-10T09:00:00+02:00", "Europe/Paris", "Une interruption de près de 2h30 a été constatée.", dur(150)),
  c("v22", "en", "2024-07-10T09:00:00Z", "America/New_York", "A two-and-a-half-hour outage hit the bank.", dur(150)),
  c("v23", "en", "2024-07-10T09:00:00Z", "America/New_York", "The outage lasted 2.5 hours.", dur(150)),
  c("v24", "fr", "2024-07-10T09:00:00+02:00", "Europe/Paris", "La panne a duré 1,5 heure.", dur(90)),
  c("v25", "fr", "2024-07-10T09:00:00+02:00", "Europe/Paris", "Le service a été rétabli en moins de deux heures.", dur(120)),
  c("v26", "en", "2024-07-10T09:00:00Z", "America/New_York", "It took engineers nearly 3 hours to restore service.", dur(180)),
  c("v27", "fr", "2024-07-10T09:00:00+02:00", "Europe/Paris", "La panne, longue de 4 heures, a touché toute la France.", dur(240)),
  c("v28", "en", "2024-11-20T09:00:00Z", "Europe/London", "Starting at 11:30 GMT on Tuesday, Cloudflare's network failed for several hours.", at("2024-11-19T11:30:00Z")),
  c("v29", "fr", "2024-11-20T09:00:00+01:00", "Europe/Paris", "Mardi 19 novembre, de 12 h 20 à 15 h 30, de nombreux sites étaient inaccessibles.", range("2024-11-19T11:20:00Z", "2024-11-19T14:30:00Z")),
  c("v30", "en", "2024-11-20T09:00:00Z", "America/New_York", "The problem occurred between 6:20 and 9:30 a.m. ET Tuesday.", range("2024-11-19T11:20:00Z", "2024-11-19T14:30:00Z")),
  c("v31", "fr", "2024-11-20T09:00:00+01:00", "Europe/Paris", "Dans la nuit de lundi à mardi vers 23 h 30, le trafic s'est effondré.", at("2024-11-18T22:30:00Z")),
  c("v32", "en", "2024-11-20T09:00:00Z", "America/New_York", "The outage began at 12:30 a.m. ET Tuesday.", at("2024-11-19T05:30:00Z")),
  c("v33", "fr", "2024-11-20T09:00:00+01:00", "Europe/Paris", "La messagerie est inaccessible depuis mardi 15 h.", at("2024-11-19T14:00:00Z")),
  c("v34", "fr", "2024-11-20T09:00:00+01:00", "Europe/Paris", "Ce mercredi matin, tout est rentré dans l'ordre.", day("2024-11-20")),
  c("v35", "en", "2024-11-20T09:00:00Z", "America/Los_Angeles", "Earlier on Tuesday, around 4 p.m. PT, the dashboard stopped loading.", at("2024-11-20T00:00:00Z")),
  c("v36", "fr", "2024-06-09T10:00:00-04:00", "America/Montreal", "Samedi vers 21 h 15, heure avancée de l'Est, le réseau de Bell est tombé.", at("2024-06-09T01:15:00Z")),
  c("v37", "fr", "2024-06-09T10:00:00+02:00", "Europe/Paris", "L'incident s'est déclaré le 8 juin vers 15 h, heure de Dubaï.", at("2024-06-08T11:00:00Z")),
  c("v38", "en", "2024-06-09T10:00:00Z", "Asia/Kolkata", "Payments failed at 7:45 pm IST on Saturday.", at("2024-06-08T14:15:00Z")),
  c("v39", "fr", "2024-06-09T10:00:00+02:00", "Europe/Paris", "La plateforme a été indisponible de 9 h 30 à 10 h 15 samedi.", range("2024-06-08T07:30:00Z", "2024-06-08T08:15:00Z")),
  c("v40", "en", "2024-06-09T10:00:00Z", "Europe/London", "Systems went down at 9am and were restored by 1pm on Saturday.", at("2024-06-08T12:00:00Z")),
];

export const ALL_OWN_CASES: TimeCase[] = [
  ...ZONE_WORD_CASES, ...ABBREVIATION_CASES, ...DST_CASES, ...WEEKDAY_CASES, ...NO_YEAR_CASES,
  ...YESTERDAY_CASES, ...NIGHT_CASES, ...DURATION_CASES, ...RANGE_CASES, ...CLOCK_CASES, ...MIXED_CASES, ...VARIANT_CASES,
];
