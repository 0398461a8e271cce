// Round seven's own phrasings of times outage pages write and the earlier own sets (unseen-cases.ts,
// own-cases.ts) lack: status-page stamps in other layouts ("Posted 3 hours ago", "Dec 5, 14:02 UTC",
// ISO stamps with milliseconds, US numeric dates), zones by season and in words (PST in summer,
// CET/CEST, AEDT, IST, "heure de Paris", "heure du Québec", "heure normale de l'Est"), ranges with one
// half of the day for both ends ("from 9:15 to 11:40 a.m. ET"), vague edges ("peu après 8 h", "since
// early this morning", "overnight Tuesday into Wednesday") and lengths. Written for this project, not
// taken from any article; every expected UTC comes from the tz database's offset on that date
// (2025-12-05 is a Friday, 2025-07-10 a Thursday).
import type { TimeCase } from "./time-case-helpers";
import { timeCase as c, instantAt as at, dateOn as day, lengthOf as dur, rangeOf as range } from "./time-case-helpers";

const DEC = "2025-12-05T16:00:00Z"; // Friday 5 December 2025, 17:00 in Paris, 11:00 in New York

/** Status-page stamps in layouts the earlier sets do not hold. */
export const STAMP_CASES: TimeCase[] = [
  c("ss1", "en", DEC, null, "Resolved - Dec 5, 14:02 UTC", at("2025-12-05T14:02:00Z")),
  c("ss2", "en", DEC, null, "Investigating - Dec 5, 2025 - 06:02 PST", at("2025-12-05T14:02:00Z")),
  c("ss3", "en", DEC, null, "Identified. Posted 3 hours ago", at("2025-12-05T13:00:00Z")),
  c("ss4", "en", DEC, null, "Update 2025-12-05T14:02:00.000Z: we are continuing to monitor.", at("2025-12-05T14:02:00Z")),
  c("ss5", "en", DEC, null, "Monitoring · 5 Dec 2025, 14:02 GMT", at("2025-12-05T14:02:00Z")),
  c("ss6", "en", DEC, null, "This incident has been resolved. Updated 45 minutes ago", at("2025-12-05T15:15:00Z")),
  c("ss7", "fr", DEC, "Europe/Paris", "Mis à jour le 05/12/2025 à 14h02", at("2025-12-05T13:02:00Z")),
  c("ss8", "fr", DEC, "Europe/Paris", "Publié il y a 2 heures", at("2025-12-05T14:00:00Z")),
  c("ss9", "en", DEC, null, "Dec 5, 2025 14:02:17 UTC - Engineers applied a fix.", at("2025-12-05T14:02:00Z")),
  c("ss10", "en", DEC, "America/New_York", "12/05/2025 9:02 AM EST - Our engineers identified the cause.", at("2025-12-05T14:02:00Z")),
  c("ss11", "en", DEC, null, "Friday 5 December 2025, 14:02 (UTC)", at("2025-12-05T14:02:00Z")),
  c("ss12", "fr", DEC, null, "Incident résolu - 5 déc. 2025, 15:02 (UTC+1)", at("2025-12-05T14:02:00Z")),
];

/** Zones by season and in words. */
export const SEASON_ZONE_CASES: TimeCase[] = [
  // newsrooms write "PST" all year for Pacific time: in July it means UTC-7
  c("sz1", "en", "2025-07-10T22:00:00Z", null, "The outage began at 11:20 a.m. PST.", at("2025-07-10T18:20:00Z"), [at("2025-07-10T19:20:00Z", 5)]),
  c("sz2", "en", "2025-12-03T22:00:00Z", null, "Users lost access at 9:40 a.m. Pacific time.", at("2025-12-03T17:40:00Z")),
  c("sz3", "en", "2025-07-10T22:00:00Z", null, "Errors began at 2:15 p.m. PDT.", at("2025-07-10T21:15:00Z")),
  c("sz4", "en", "2025-12-03T12:00:00Z", null, "Ticket machines failed at 08:30 CET.", at("2025-12-03T07:30:00Z")),
  c("sz5", "en", "2025-07-03T12:00:00Z", null, "Cash machines went offline at 08:30 CEST.", at("2025-07-03T06:30:00Z")),
  c("sz6", "fr", "2025-07-03T12:00:00Z", null, "Le site est tombé à 8 h 30 CEST.", at("2025-07-03T06:30:00Z")),
  c("sz7", "en", "2025-12-03T06:00:00Z", null, "The broadband outage began at 2:10pm AEDT on Wednesday.", at("2025-12-03T03:10:00Z")),
  c("sz8", "en", "2025-12-03T12:00:00Z", null, "UPI payments failed between 11:10 am and 12:40 pm IST.", range("2025-12-03T05:40:00Z", "2025-12-03T07:10:00Z")),
  c("sz9", "fr", "2025-12-03T20:00:00Z", "Europe/Paris", "La panne a commencé à 10 h 15, heure de Paris.", at("2025-12-03T09:15:00Z")),
  c("sz10", "fr", "2025-12-03T20:00:00Z", null, "Les guichets automatiques ont cessé de fonctionner vers 9 h 40, heure du Québec.", at("2025-12-03T14:40:00Z")),
  c("sz11", "fr", "2025-07-03T20:00:00Z", "America/Toronto", "Le réseau est revenu à 13 h 05 (heure de l'Est).", at("2025-07-03T17:05:00Z")),
  c("sz12", "en", "2025-12-03T20:00:00Z", null, "Outages peaked at 10:30 a.m. Mountain time.", at("2025-12-03T17:30:00Z")),
  c("sz13", "en", "2025-07-03T20:00:00Z", null, "The exchange halted trading at 9:45 a.m. SGT.", at("2025-07-03T01:45:00Z")),
  c("sz14", "fr", "2025-12-03T23:00:00Z", null, "Le portail a été rétabli à 16 h, heure de Montréal.", at("2025-12-03T21:00:00Z")),
  c("sz15", "fr", "2025-12-05T20:00:00Z", "America/Toronto", "Les paiements Interac ont échoué à partir de 11 h 20, heure normale de l'Est.", at("2025-12-05T16:20:00Z")),
  c("sz16", "en", "2025-07-10T05:00:00Z", null, "Power returned around 4:30 a.m. AEST on Thursday.", at("2025-07-09T18:30:00Z")),
];

/** Ranges whose ends share one half of the day or one zone, and days told with them. */
export const SHARED_RANGE_CASES: TimeCase[] = [
  c("sr1", "en", "2025-12-05T20:00:00Z", null, "Customers could not pay from 9:15 to 11:40 a.m. ET.", range("2025-12-05T14:15:00Z", "2025-12-05T16:40:00Z")),
  c("sr2", "en", "2025-12-05T23:00:00Z", "America/New_York", "Logins failed between 2 and 4 p.m.", range("2025-12-05T19:00:00Z", "2025-12-05T21:00:00Z"), [at("2025-12-05T07:00:00Z", 5)]),
  c("sr3", "fr", "2025-12-05T20:00:00Z", "Europe/Paris", "Le service a été coupé de 9 h 15 à 11 h 40.", range("2025-12-05T08:15:00Z", "2025-12-05T10:40:00Z")),
  c("sr4", "en", "2025-07-05T23:00:00Z", "Europe/London", "The app was unavailable from 10am until 1.30pm.", range("2025-07-05T09:00:00Z", "2025-07-05T12:30:00Z")),
  c("sr5", "fr", "2025-12-05T20:00:00Z", "Europe/Paris", "Entre 14 h et 16 h 30, les paiements par carte ont échoué.", range("2025-12-05T13:00:00Z", "2025-12-05T15:30:00Z")),
  c("sr6", "fr", "2025-12-05T20:00:00Z", "Europe/Paris", "Le service a été interrompu jeudi soir, de 19 h à 22 h.", range("2025-12-04T18:00:00Z", "2025-12-04T21:00:00Z")),
  c("sr7", "en", "2025-12-05T20:00:00Z", "Europe/London", "Banking apps failed from 7am to around 9.45am on Thursday.", range("2025-12-04T07:00:00Z", "2025-12-04T09:45:00Z")),
  c("sr8", "en", "2025-12-05T18:00:00Z", null, "Between 10:05 and 10:50 a.m. Eastern, checkout requests timed out.", range("2025-12-05T15:05:00Z", "2025-12-05T15:50:00Z")),
];

/** Vague edges, clocks told with their day, and lengths. */
export const EDGE_CASES: TimeCase[] = [
  c("se1", "fr", "2025-12-05T12:00:00Z", "Europe/Paris", "Le réseau est tombé peu après 8 h.", at("2025-12-05T07:05:00Z")),
  c("se2", "fr", "2025-12-05T20:00:00Z", "Europe/Paris", "Les clients ont été privés d'internet durant près de six heures.", dur(360)),
  c("se3", "en", "2025-12-05T15:00:00Z", "America/New_York", "The site has been down since early this morning.", at("2025-12-05T11:00:00Z", 90)),
  c("se4", "en", "2025-12-04T15:00:00Z", "America/New_York", "The network was down overnight Tuesday into Wednesday.", day("2025-12-02"), [day("2025-12-04")]),
  c("se5", "fr", "2025-12-05T12:00:00Z", "Europe/Paris", "Depuis tôt ce matin, les abonnés ne peuvent plus appeler.", at("2025-12-05T05:00:00Z", 90)),
  c("se6", "en", "2025-12-05T18:00:00Z", "America/New_York", "Shortly after 8 a.m., users began reporting problems.", at("2025-12-05T13:05:00Z")),
  c("se7", "en", "2025-12-05T20:00:00Z", null, "Some customers were offline for almost six hours.", dur(360)),
  c("se8", "fr", "2025-12-05T20:00:00Z", "Europe/Paris", "Le trafic a été rétabli vers 17 h 30, soit près de quatre heures après le début de la panne.", at("2025-12-05T16:30:00Z")),
  c("se9", "fr", "2025-12-05T20:00:00Z", "Europe/Paris", "Le trafic a été rétabli vers 17 h 30, soit près de quatre heures après le début de la panne.", dur(240)),
  c("se10", "en", "2025-12-06T10:00:00Z", null, "Service was restored at 23:50 UTC on Friday.", at("2025-12-05T23:50:00Z")),
  c("se11", "en", "2025-12-05T20:00:00Z", null, "At 14:02 UTC, engineers identified a faulty configuration change.", at("2025-12-05T14:02:00Z")),
  c("se12", "en", "2025-12-05T20:00:00Z", null, "Errors persisted until 15:30 GMT, some four hours after they began.", at("2025-12-05T15:30:00Z")),
  c("se13", "en", "2025-12-05T20:00:00Z", null, "Errors persisted until 15:30 GMT, some four hours after they began.", dur(240)),
  c("se14", "fr", "2025-07-10T20:00:00Z", "Europe/Paris", "La coupure, survenue mardi vers 6 h du matin, a été réparée en milieu de journée.", at("2025-07-08T04:00:00Z")),
  c("se15", "fr", "2025-12-05T20:00:00Z", "Europe/Paris", "La messagerie est restée muette pendant une bonne partie de la matinée, jusque vers 11 h.", at("2025-12-05T10:00:00Z")),
  c("se16", "en", "2025-12-05T22:00:00Z", "America/Chicago", "The carrier said service was back by late afternoon, around 4:45 p.m.", at("2025-12-05T22:45:00Z")),
];

const FRI = "2025-12-05T20:00:00Z"; // Friday 5 December 2025, 15:00 in New York, 21:00 in Paris

/** A second look, written after the four groups above passed: zones said in words of other places,
 * four-digit wire clocks, lengths in short units, "the small hours", "about" inside a range. */
export const SECOND_LOOK_CASES: TimeCase[] = [
  c("sl1", "fr", FRI, "America/Toronto", "La panne a débuté vers 3 heures du matin, heure de l'Est.", at("2025-12-05T08:00:00Z")),
  c("sl2", "en", FRI, null, "The first errors appeared at 0930 GMT.", at("2025-12-05T09:30:00Z")),
  c("sl3", "en", "2025-12-03T20:00:00Z", null, "The outage began Tuesday, Dec. 2, at 11:47 a.m. ET.", at("2025-12-02T16:47:00Z")),
  c("sl4", "fr", FRI, "America/Toronto", "Les services ont repris à 9 h HNE.", at("2025-12-05T14:00:00Z")),
  c("sl5", "fr", "2025-07-05T20:00:00Z", "America/Toronto", "Les services ont repris à 9 h HAE.", at("2025-07-05T13:00:00Z")),
  c("sl6", "fr", FRI, null, "Le site est tombé à 14h02 UTC+1.", at("2025-12-05T13:02:00Z")),
  c("sl7", "en", FRI, "Europe/London", "Trains stopped around 3am UK time.", at("2025-12-05T03:00:00Z")),
  c("sl8", "en", FRI, null, "Payments failed at 10:45 am India time.", at("2025-12-05T05:15:00Z")),
  c("sl9", "fr", FRI, null, "Le réseau est revenu à 18 h, heure de la Réunion.", at("2025-12-05T14:00:00Z")),
  c("sl10", "en", FRI, "America/New_York", "Customers have been offline since 6:30 a.m. local time.", at("2025-12-05T11:30:00Z")),
  c("sl11", "en", "2025-12-05T18:00:00Z", null, "The game went down at 12:05 a.m. PT Friday.", at("2025-12-05T08:05:00Z")),
  c("sl12", "en", FRI, null, "Logins failed for roughly 2.5 hours.", dur(150)),
  c("sl13", "fr", FRI, "Europe/Paris", "Le service a été coupé pendant 1 h 45.", dur(105)),
  c("sl14", "fr", FRI, "Europe/Paris", "La panne a duré trois quarts d'heure.", dur(45)),
  c("sl15", "en", FRI, null, "The site was down for 45 mins.", dur(45)),
  c("sl16", "en", "2025-12-06T20:00:00Z", "Europe/London", "The network failed in the small hours of Saturday.", at("2025-12-06T03:00:00Z", 90)),
  c("sl17", "fr", FRI, "Europe/Paris", "Le mardi 2 décembre vers 23 h 50, le site est tombé.", at("2025-12-02T22:50:00Z")),
  c("sl18", "en", FRI, "America/New_York", "Service returned by mid-afternoon.", at("2025-12-05T20:00:00Z", 90)),
  c("sl19", "fr", FRI, "Europe/Paris", "La coupure est intervenue aux alentours de 7 h 30 ce vendredi.", at("2025-12-05T06:30:00Z")),
  c("sl20", "en", FRI, null, "Engineers restored access at 3:12 p.m. Eastern on Friday, Dec. 5.", at("2025-12-05T20:12:00Z")),
  c("sl21", "fr", FRI, null, "Le service a été rétabli à 11 h 20, heure des Antilles.", at("2025-12-05T15:20:00Z")),
  c("sl22", "en", FRI, null, "The outage lasted from about 7:40 to 9:05 p.m. GMT on Thursday.", range("2025-12-04T19:40:00Z", "2025-12-04T21:05:00Z"), [at("2025-12-04T07:40:00Z", 5)]),
  c("sl23", "fr", FRI, "Europe/Paris", "Depuis 5 h 45 ce vendredi, impossible de payer par carte.", at("2025-12-05T04:45:00Z")),
  c("sl24", "en", FRI, null, "At 9:58 a.m. ET (14:58 UTC), the status page went red.", at("2025-12-05T14:58:00Z")),
];

/** A third look, French regional and status-page wordings (all read before any change: kept as a guard). */
export const THIRD_LOOK_CASES: TimeCase[] = [
  c("tl1", "fr", FRI, "Europe/Paris", "Depuis ce vendredi 14 h, le réseau mobile est coupé.", at("2025-12-05T13:00:00Z")),
  c("tl2", "fr", FRI, "Europe/Paris", "Le service a été interrompu de 8 h à midi.", range("2025-12-05T07:00:00Z", "2025-12-05T11:00:00Z")),
  c("tl3", "fr", FRI, "Europe/Paris", "Les coupures ont eu lieu entre minuit et 2 h du matin.", range("2025-12-04T23:00:00Z", "2025-12-05T01:00:00Z")),
  c("tl4", "fr", FRI, "Europe/Paris", "La panne a duré plus de 24 heures.", dur(1440)),
  c("tl5", "fr", FRI, "Europe/Paris", "La messagerie a été inaccessible deux heures et demie.", dur(150)),
  c("tl6", "en", FRI, null, "From 14:05 UTC until 15:50 UTC, API calls failed.", range("2025-12-05T14:05:00Z", "2025-12-05T15:50:00Z")),
  c("tl7", "en", FRI, null, "Between 08:15 and 10:20 UTC on 4 December 2025, requests timed out.", range("2025-12-04T08:15:00Z", "2025-12-04T10:20:00Z")),
  c("tl8", "en", FRI, null, "The service was down for about an hour and 20 minutes.", dur(80)),
  c("tl9", "en", FRI, "America/New_York", "It went dark around 11pm on Thursday night.", at("2025-12-05T04:00:00Z")),
  c("tl10", "fr", FRI, "Europe/Paris", "Le jeudi 4 décembre en début de soirée, le site a cessé de répondre.", at("2025-12-04T18:00:00Z", 90)),
  c("tl11", "en", FRI, null, "This morning at approximately 07:12 PT, our monitoring detected errors.", at("2025-12-05T15:12:00Z")),
  c("tl12", "en", FRI, null, "13:45 CET, 5 Dec - Update: mitigation in progress.", at("2025-12-05T12:45:00Z")),
  c("tl13", "en", FRI, null, "Posted on Dec 05, 2025 at 2:02pm UTC", at("2025-12-05T14:02:00Z")),
  c("tl14", "fr", FRI, "Europe/Paris", "Il y a une heure, le service est revenu.", at("2025-12-05T19:00:00Z")),
  c("tl15", "fr", FRI, "Europe/Paris", "Les premières alertes sont tombées hier vers 22 h.", at("2025-12-04T21:00:00Z")),
  c("tl16", "fr", FRI, null, "À 20 h 15 (heure de Paris) ce jeudi, le trafic est revenu.", at("2025-12-04T19:15:00Z")),
  c("tl17", "en", FRI, "Australia/Sydney", "Telstra said services were restored by 4.30pm AEDT.", at("2025-12-05T05:30:00Z")),
  c("tl18", "en", "2025-12-05T10:00:00Z", null, "The outage began at 09:10 IST and was fixed within 90 minutes.", at("2025-12-05T03:40:00Z")),
  c("tl19", "en", "2025-12-05T10:00:00Z", null, "The outage began at 09:10 IST and was fixed within 90 minutes.", dur(90)),
  c("tl20", "fr", FRI, "Europe/Paris", "Vers 9 h 15 ce matin, les distributeurs ont cessé de fonctionner, et ce jusqu'à 11 h.", at("2025-12-05T10:00:00Z")),
  c("tl21", "en", FRI, "America/New_York", "Outage reports spiked just before 9 a.m. ET and fell off by around 10:30.", at("2025-12-05T15:30:00Z")),
  c("tl22", "en", FRI, null, "Resolved — This incident has been resolved. Dec 5, 19:31 UTC", at("2025-12-05T19:31:00Z")),
];

export const STAMP_ZONE_RANGE_CASES: TimeCase[] = [...STAMP_CASES, ...SEASON_ZONE_CASES, ...SHARED_RANGE_CASES, ...EDGE_CASES, ...SECOND_LOOK_CASES, ...THIRD_LOOK_CASES];
