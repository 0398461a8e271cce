// Round six's own phrasings of times that outage articles use and neither corpus holds (zones named
// in words or abbreviations of other continents, vague parts of the day, weekends, ranges, the stamps
// of status pages), each with the reading a careful reader gives it. Written for this project, not
// taken from any article; the expected UTC comes from the tz database's offset on that date.
import type { TimeCase } from "./time-case-helpers";
import { timeCase as c, instantAt as at, dateOn as day, lengthOf as dur, rangeOf as range } from "./time-case-helpers";


/** Zones of other continents, in words and abbreviations. */
export const UNSEEN_ZONE_CASES: TimeCase[] = [
  c("uz1", "fr", "2024-07-10T22:00:00Z", "Europe/Paris", "Vers 14 h, heure de l'Est, les abonnés ne pouvaient plus appeler.", at("2024-07-10T18:00:00Z")),
  c("uz2", "fr", "2024-01-16T20:00:00Z", null, "La panne a commencé à 9 h 30 (heure de l'Est).", at("2024-01-16T14:30:00Z")),
  c("uz3", "fr", "2024-07-10T12:00:00Z", "America/Toronto", "La panne a débuté à 4 h 45, heure avancée de l'Est.", at("2024-07-10T08:45:00Z")),
  c("uz4", "en", "2024-05-02T18:00:00Z", null, "Services went down at 3:40 p.m. UTC+2.", at("2024-05-02T13:40:00Z")),
  c("uz5", "fr", "2024-09-03T16:00:00Z", null, "Le service a été coupé à 11 h (UTC+2).", at("2024-09-03T09:00:00Z")),
  c("uz6", "en", "2024-06-12T15:00:00Z", null, "The outage started at 9:05am BST.", at("2024-06-12T08:05:00Z")),
  c("uz7", "en", "2024-07-03T02:00:00Z", null, "Customers lost access at 8.20pm AEST on Tuesday.", at("2024-07-02T10:20:00Z")),
  c("uz8", "en", "2024-08-05T12:00:00Z", null, "UPI payments failed from 10:40 am IST, users said.", at("2024-08-05T05:10:00Z")),
  c("uz9", "en", "2024-08-05T16:00:00Z", null, "Service was restored at 6:15 p.m. IST.", at("2024-08-05T12:45:00Z")),
  c("uz10", "en", "2024-03-05T23:30:00Z", null, "The site came back at 11:02 p.m. GMT+1.", at("2024-03-05T22:02:00Z")),
  c("uz11", "en", "2024-03-05T06:00:00Z", null, "Mobile data stopped working at 9:00 JST.", at("2024-03-05T00:00:00Z")),
  c("uz12", "en", "2024-03-05T18:00:00Z", null, "Card machines went offline at 17:00 SAST.", at("2024-03-05T15:00:00Z")),
  c("uz13", "fr", "2024-02-10T18:00:00Z", "Europe/Paris", "Les guichets ont cessé de répondre à 8 h, heure du Québec.", at("2024-02-10T13:00:00Z")),
  c("uz14", "en", "2024-05-01T20:00:00Z", null, "Logins began failing at half past nine Eastern.", at("2024-05-01T13:30:00Z")),
  c("uz15", "fr", "2024-04-16T12:00:00Z", null, "Le réseau a lâché aux alentours de 3 h du matin (heure française).", at("2024-04-16T01:00:00Z")),
  c("uz16", "en", "2024-04-16T20:00:00Z", null, "Errors began a little after 6 a.m. Eastern on Tuesday.", at("2024-04-16T10:00:00Z", 30)),
];

/** Parts of the day, midnight, weekends and the edges of days. */
export const UNSEEN_PART_CASES: TimeCase[] = [
  c("up1", "fr", "2024-04-09T18:00:00+02:00", "Europe/Paris", "Le réseau est tombé en fin de matinée.", at("2024-04-09T09:30:00Z", 60)),
  c("up2", "fr", "2024-04-10T08:00:00+02:00", "Europe/Paris", "La panne a commencé peu avant minuit.", at("2024-04-09T21:50:00Z")),
  c("up3", "en", "2024-04-10T10:00:00Z", "America/New_York", "The outage began shortly after midnight local time.", at("2024-04-10T04:10:00Z")),
  c("up4", "en", "2024-04-10T18:00:00Z", "Europe/London", "Around lunchtime, users began reporting errors.", at("2024-04-10T11:30:00Z", 60)),
  c("up5", "fr", "2024-04-10T17:00:00+02:00", "Europe/Paris", "Le service est perturbé depuis le début de l'après-midi.", at("2024-04-10T12:00:00Z", 60)),
  c("up6", "en", "2024-04-15T09:00:00Z", "America/New_York", "The banking app was down over the weekend.", range("2024-04-13T16:00:00Z", "2024-04-14T16:00:00Z")),
  c("up7", "en", "2024-04-15T09:00:00Z", "America/New_York", "Users could not log in late on Sunday.", day("2024-04-14")),
  c("up8", "en", "2024-04-16T15:00:00Z", "America/Los_Angeles", "The service went down early Tuesday morning.", day("2024-04-16")),
  c("up9", "fr", "2024-04-10T23:00:00+02:00", "Europe/Paris", "Les premiers signalements sont arrivés en début de soirée.", at("2024-04-10T17:00:00Z", 60)),
  c("up10", "en", "2024-04-11T12:00:00Z", "Europe/London", "The network failed in the early hours of Thursday.", at("2024-04-11T02:00:00Z", 90)),
  c("up11", "en", "2024-04-11T12:00:00Z", "America/Chicago", "Outages were reported late Wednesday night.", day("2024-04-10")),
  c("up12", "fr", "2024-04-17T09:00:00+02:00", "Europe/Paris", "Le site est devenu inaccessible mardi en fin de journée.", at("2024-04-16T16:00:00Z", 90)),
  c("up13", "fr", "2024-05-02T09:00:00+02:00", "Europe/Paris", "La messagerie a cessé de fonctionner hier en fin d'après-midi.", at("2024-05-01T15:30:00Z", 90)),
  c("up14", "en", "2024-05-01T15:00:00Z", "Europe/London", "Engineers spotted the fault earlier this morning.", day("2024-05-01")),
  c("up15", "fr", "2024-05-01T18:00:00+02:00", "Europe/Paris", "Les paiements sont revenus à midi et demi.", at("2024-05-01T10:30:00Z")),
  c("up16", "en", "2024-04-13T10:00:00Z", null, "Players were kicked off Friday night around 7 o'clock PT.", at("2024-04-13T02:00:00Z")),
  c("up17", "fr", "2024-04-15T09:00:00+02:00", "Europe/Paris", "Le service était inaccessible jeudi et vendredi derniers.", day("2024-04-11"), [day("2024-04-18")]),
  c("up18", "fr", "2024-04-17T10:00:00+02:00", "Europe/Paris", "Dans la nuit de mardi à mercredi, vers 2 h, le trafic s'est effondré.", at("2024-04-17T00:00:00Z")),
  c("up19", "fr", "2024-04-15T09:00:00+02:00", "Europe/Paris", "Le site est resté hors ligne tout le week-end.", range("2024-04-13T10:00:00Z", "2024-04-14T10:00:00Z")),
];

/** Ranges, stamps of status pages and lengths. */
export const UNSEEN_RANGE_CASES: TimeCase[] = [
  c("ur1", "en", "2024-05-01T23:00:00Z", null, "Errors were worst between 2 and 4 p.m. ET.", range("2024-05-01T18:00:00Z", "2024-05-01T20:00:00Z")),
  c("ur2", "fr", "2024-05-01T12:00:00Z", null, "Le portail a été indisponible de 8 h à 10 h 30, heure de Paris.", range("2024-05-01T06:00:00Z", "2024-05-01T08:30:00Z")),
  c("ur3", "en", "2024-05-01T12:00:00Z", null, "Requests failed from 10:15 to 11:40 UTC.", range("2024-05-01T10:15:00Z", "2024-05-01T11:40:00Z")),
  c("ur4", "fr", "2024-05-02T08:00:00+02:00", "Europe/Paris", "Le réseau a été coupé entre 21 h et minuit.", range("2024-05-01T19:00:00Z", "2024-05-01T22:00:00Z")),
  c("ur5", "en", "2024-01-16T10:00:00Z", null, "The line was down from 11pm Monday until 2am Tuesday GMT.", range("2024-01-15T23:00:00Z", "2024-01-16T02:00:00Z")),
  c("ur6", "en", "2024-05-01T20:00:00Z", null, "The outage ran 9:10-10:45 a.m. PT.", range("2024-05-01T16:10:00Z", "2024-05-01T17:45:00Z")),
  c("ur7", "en", "2024-05-01T15:00:00Z", null, "Resolved - 2024-05-01T14:32:00Z", at("2024-05-01T14:32:00Z")),
  c("ur8", "en", "2024-05-01T15:00:00Z", null, "Investigating: 2024-05-01 13:05 UTC - We are looking into elevated error rates.", at("2024-05-01T13:05:00Z")),
  c("ur9", "en", "2024-05-01T15:00:00Z", null, "Posted May 01, 2024 - 13:05 UTC", at("2024-05-01T13:05:00Z")),
  c("ur10", "en", "2024-01-15T20:00:00Z", null, "Monitoring - Jan 15, 2024 09:42 PST", at("2024-01-15T17:42:00Z")),
  c("ur11", "en", "2024-05-01T15:00:00Z", null, "Update at 2024-05-01T16:05:00+02:00: a fix has been deployed.", at("2024-05-01T14:05:00Z")),
  c("ur12", "fr", "2024-05-01T15:00:00Z", "Europe/Paris", "Incident résolu le 01/05/2024 à 16:05.", at("2024-05-01T14:05:00Z")),
  c("ur13", "en", "2024-05-02T01:00:00Z", null, "Resolved: May 1, 2024 at 4:05 PM EDT", at("2024-05-01T20:05:00Z")),
  c("ur14", "en", "2024-05-01T20:00:00Z", null, "The outage lasted roughly two and a half hours.", dur(150)),
  c("ur15", "fr", "2024-05-01T20:00:00Z", "Europe/Paris", "Le service a été coupé pendant près d'une heure et demie.", dur(90)),
  c("ur16", "en", "2024-05-01T20:00:00Z", null, "Customers were cut off for about 90 minutes.", dur(90)),
  c("ur17", "fr", "2024-05-01T20:00:00Z", "Europe/Paris", "La coupure a duré une vingtaine de minutes.", dur(20, 0.5)),
];

/** A second set, written after the first passed: more zones of Africa, Asia and Oceania, wire and
 * machine stamps, restated clocks, lengths in mixed units. */
export const UNSEEN_MORE_CASES: TimeCase[] = [
  c("um1", "en", "2024-04-16T20:00:00Z", "Europe/London", "Phones went dead at 3.45pm local time (1445 GMT).", at("2024-04-16T14:45:00Z")),
  c("um2", "en", "2024-04-16T12:00:00Z", null, "Traffic collapsed at 0300 GMT on Tuesday.", at("2024-04-16T03:00:00Z")),
  c("um3", "en", "2024-04-14T10:00:00Z", "Europe/London", "The network failed just before 10pm on Saturday.", at("2024-04-13T21:00:00Z")),
  c("um4", "en", "2024-06-03T18:00:00Z", null, "Errors ran from around 14:00 to 16:30 CEST.", range("2024-06-03T12:00:00Z", "2024-06-03T14:30:00Z")),
  c("um5", "fr", "2024-06-03T12:00:00Z", null, "Le site a été inaccessible entre 9 h et 11 h (heure de Paris), ce lundi.", range("2024-06-03T07:00:00Z", "2024-06-03T09:00:00Z")),
  c("um6", "fr", "2024-06-03T10:00:00+02:00", "Europe/Paris", "Le réseau est coupé depuis 6 heures ce matin.", at("2024-06-03T04:00:00Z")),
  c("um7", "en", "2024-01-10T20:00:00Z", null, "The outage began at 11:35 a.m. Eastern Standard Time.", at("2024-01-10T16:35:00Z")),
  c("um8", "en", "2024-07-10T20:00:00Z", null, "Engineers rolled back the change at 8:14 a.m. Pacific Daylight Time.", at("2024-07-10T15:14:00Z")),
  c("um9", "en", "2024-07-10T22:00:00Z", null, "Service came back at 2:30 pm Central.", at("2024-07-10T19:30:00Z")),
  c("um10", "en", "2024-07-10T14:00:00Z", null, "Payments failed at 7:45 pm HKT.", at("2024-07-10T11:45:00Z")),
  c("um11", "en", "2024-07-10T02:00:00Z", null, "Broadband dropped out at 10:20 NZST.", at("2024-07-09T22:20:00Z")),
  c("um12", "en", "2024-03-14T12:00:00Z", null, "Data services failed at 09:30 WAT.", at("2024-03-14T08:30:00Z")),
  c("um13", "en", "2024-03-14T12:00:00Z", null, "M-Pesa went down at 11:00 EAT.", at("2024-03-14T08:00:00Z")),
  c("um14", "fr", "2024-03-14T12:00:00Z", null, "Le service a été rétabli à 10 h GMT+2.", at("2024-03-14T08:00:00Z")),
  c("um15", "fr", "2024-03-14T18:00:00Z", null, "La panne a débuté à 15 h 30 TU.", at("2024-03-14T15:30:00Z")),
  c("um16", "fr", "2024-03-14T18:00:00Z", "Europe/Paris", "Vers 8 h, heure de Kigali, les paiements mobiles ont cessé.", at("2024-03-14T06:00:00Z")),
  c("um17", "fr", "2024-03-14T18:00:00Z", "Europe/Paris", "À 16 h, heure d'Abidjan, le réseau est revenu.", at("2024-03-14T16:00:00Z")),
  c("um18", "en", "2024-05-02T10:00:00Z", null, "The gateway failed at 04:00 UTC+05:30.", at("2024-05-01T22:30:00Z")),
  c("um19", "en", "2024-03-06T12:00:00Z", "America/New_York", "Trouble began on the morning of Tuesday, March 5.", day("2024-03-05")),
  c("um20", "en", "2024-04-14T15:00:00Z", "America/New_York", "The site has been down since 5 a.m. Sunday.", at("2024-04-14T09:00:00Z")),
  c("um21", "fr", "2024-04-15T09:00:00+02:00", "Europe/Paris", "Le service est en panne depuis dimanche 5 h.", at("2024-04-14T03:00:00Z")),
  c("um22", "en", "2024-04-14T18:00:00Z", null, "Resolved · Apr 14, 16:02 UTC", at("2024-04-14T16:02:00Z")),
  c("um23", "en", "2024-04-14T18:00:00Z", null, "Apr 14, 2024 - 16:02 CEST", at("2024-04-14T14:02:00Z")),
  c("um24", "en", "2024-04-14T18:00:00Z", null, "Last checked 14 Apr 2024 16:02:33 GMT.", at("2024-04-14T16:02:00Z")),
  c("um25", "en", "2024-04-14T18:00:00Z", null, "Incident opened 2024-04-14 16:02:33 +0200.", at("2024-04-14T14:02:00Z")),
  c("um26", "en", "2024-04-14T18:00:00Z", null, "The outage lasted 3h 20m.", dur(200)),
  c("um27", "fr", "2024-04-14T18:00:00Z", "Europe/Paris", "Le réseau a été coupé pendant 2 h 30.", dur(150)),
  c("um28", "en", "2024-04-14T18:00:00Z", null, "Users were locked out for a little over four hours.", dur(240)),
  c("um29", "fr", "2024-04-14T18:00:00Z", "Europe/Paris", "La panne a duré un peu plus de trois heures.", dur(180)),
  c("um30", "en", "2024-04-14T18:00:00Z", null, "Some customers were offline for nearly 36 hours.", dur(2160)),
];

/** A third set: days and zones said around the clock in other orders, bare days of the month. */
export const UNSEEN_THIRD_CASES: TimeCase[] = [
  c("ut1", "en", "2024-04-16T12:00:00Z", null, "The outage began late Monday, around 11:30 p.m. Eastern.", at("2024-04-16T03:30:00Z")),
  c("ut2", "en", "2024-04-16T12:00:00Z", null, "Problems started Monday evening Pacific time.", day("2024-04-15")),
  c("ut3", "en", "2024-04-16T12:00:00Z", null, "Service was restored at midnight Eastern.", at("2024-04-16T04:00:00Z")),
  c("ut4", "en", "2024-01-04T12:00:00Z", null, "The fix went out at noon UTC on Jan. 3.", at("2024-01-03T12:00:00Z")),
  c("ut5", "fr", "2024-04-16T12:00:00Z", "Europe/Paris", "La panne a commencé le 14 à 14 h.", at("2024-04-14T12:00:00Z")),
  c("ut6", "fr", "2024-04-16T12:00:00Z", "Europe/Paris", "Le trafic est revenu à la normale dès 7 h mardi matin.", at("2024-04-16T05:00:00Z")),
  c("ut7", "en", "2024-04-16T12:00:00Z", "Europe/London", "Engineers fixed it by 2pm on Monday afternoon.", at("2024-04-15T13:00:00Z")),
  c("ut8", "fr", "2024-04-16T12:00:00Z", "Europe/Paris", "Vers 23 h 45 lundi soir, heure de Paris, les serveurs sont tombés.", at("2024-04-15T21:45:00Z")),
  c("ut9", "en", "2024-04-16T12:00:00Z", null, "At 6:02 a.m. Central Time on April 16, the network dropped.", at("2024-04-16T11:02:00Z")),
  c("ut10", "fr", "2024-04-16T12:00:00Z", null, "L'incident, survenu le 15 avril à 22 h 10 (heure de Montréal), a duré 3 heures.", at("2024-04-16T02:10:00Z")),
  c("ut11", "en", "2024-04-16T12:00:00Z", null, "The outage lasted from 9:30 until shortly before noon ET.", range("2024-04-16T13:30:00Z", "2024-04-16T16:00:00Z")),
  c("ut12", "en", "2024-04-16T12:00:00Z", null, "Some 40 minutes after the first reports, the company acknowledged the problem.", dur(40)),
  c("ut13", "fr", "2024-04-16T12:00:00Z", "Europe/Paris", "Entre 10 h et midi, le site a été inaccessible.", range("2024-04-16T08:00:00Z", "2024-04-16T10:00:00Z")),
  c("ut14", "en", "2024-04-16T23:00:00Z", null, "From 1 p.m. to 3:15 p.m. Eastern Daylight Time, logins failed.", range("2024-04-16T17:00:00Z", "2024-04-16T19:15:00Z")),
  c("ut15", "fr", "2024-04-16T20:00:00Z", "Europe/Paris", "Le service a été interrompu une demi-heure.", dur(30)),
  c("ut16", "en", "2024-04-16T20:00:00Z", null, "It was down for an hour and a half.", dur(90)),
];

export const UNSEEN_CASES: TimeCase[] = [...UNSEEN_ZONE_CASES, ...UNSEEN_PART_CASES, ...UNSEEN_RANGE_CASES, ...UNSEEN_MORE_CASES, ...UNSEEN_THIRD_CASES];
