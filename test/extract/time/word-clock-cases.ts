// Our own sentences for clock times written in words and for ranges of days (not from any corpus).
import type { TimeCase } from "./time-case-helpers";
import { timeCase as c, instantAt as at, rangeOf as range } from "./time-case-helpers";

const PARIS_JUNE = "2024-06-10T18:00:00+02:00";
const NY_JUNE = "2024-06-10T18:00:00-04:00";

export const WORD_CLOCK_CASES: TimeCase[] = [
  c("wc1", "fr", PARIS_JUNE, null, "La messagerie est tombée à deux heures du matin, selon l'opérateur.", at("2024-06-10T00:00:00Z")),
  c("wc2", "fr", PARIS_JUNE, null, "Les abonnés ont perdu l'accès vers onze heures.", at("2024-06-10T09:00:00Z")),
  c("wc3", "fr", PARIS_JUNE, null, "Le réseau a flanché peu avant trois heures de l'après-midi.", at("2024-06-10T13:00:00Z", 30)),
  c("wc4", "fr", PARIS_JUNE, null, "Le service a été rétabli à dix-sept heures trente.", at("2024-06-10T15:30:00Z")),
  c("wc5", "fr", PARIS_JUNE, null, "Les paiements ont repris à huit heures moins le quart.", at("2024-06-10T05:45:00Z")),
  c("wc6", "fr", PARIS_JUNE, null, "Dès sept heures du matin, les guichets en ligne ne répondaient plus.", at("2024-06-10T05:00:00Z")),
  c("wc7", "fr", PARIS_JUNE, null, "Jusqu'à six heures du soir, l'application est restée muette.", at("2024-06-10T16:00:00Z")),
  c("wc8", "fr", "2024-06-10T18:00:00Z", "Africa/Dakar", "Vers neuf heures (heure de Montréal), la connexion a sauté.", at("2024-06-10T13:00:00Z")),
  c("wc9", "en", NY_JUNE, null, "The app went dark at two in the morning.", at("2024-06-10T06:00:00Z")),
  c("wc10", "en", NY_JUNE, null, "Users lost access at eleven o'clock.", at("2024-06-10T15:00:00Z")),
  c("wc11", "en", NY_JUNE, null, "Service came back around half past four in the afternoon.", at("2024-06-10T20:30:00Z")),
  c("wc12", "en", "2024-06-10T23:00:00-04:00", null, "Logins failed at a quarter to nine in the evening.", at("2024-06-11T00:45:00Z")),
  c("wc13", "en", NY_JUNE, null, "By ten past seven in the morning, most customers were back online.", at("2024-06-10T11:10:00Z")),
  c("wc14", "en", "2024-06-13T12:00:00-04:00", null, "On Tuesday, the site was down at one in the morning.", at("2024-06-11T05:00:00Z")),
];

/** Lengths that must stay lengths: no clock reading may come out of them. */
export const WORD_LENGTH_CASES: { lang: "fr" | "en"; text: string; minutes: number }[] = [
  { lang: "fr", text: "Le site est resté inaccessible pendant deux heures.", minutes: 120 },
  { lang: "fr", text: "Après trois heures de panne, le service est revenu.", minutes: 180 },
  { lang: "fr", text: "Après huit heures, le réseau fonctionnait de nouveau.", minutes: 480 },
  { lang: "fr", text: "La coupure a duré huit heures du matin jusqu'au soir.", minutes: 480 },
  { lang: "en", text: "The service was down for two hours in the morning.", minutes: 120 },
  { lang: "en", text: "Two hours later, the app was back.", minutes: 120 },
  { lang: "en", text: "The outage lasted eleven hours.", minutes: 660 },
];

export const DAY_RANGE_CASES: (TimeCase & { granularity: "day" | "part-of-day" })[] = [
  { ...c("dr1", "fr", "2024-10-07T18:00:00+02:00", null, "Le service a été perturbé du 4 au 5 octobre.", range("2024-10-04T10:00:00Z", "2024-10-05T10:00:00Z")), granularity: "day" },
  { ...c("dr2", "fr", "2024-07-20T18:00:00+02:00", null, "Les coupures se sont succédé entre le 18 et le 19 juillet.", range("2024-07-18T10:00:00Z", "2024-07-19T10:00:00Z")), granularity: "day" },
  { ...c("dr3", "en", "2024-10-07T18:00:00-04:00", null, "The portal was unreliable from October 4 to 5.", range("2024-10-04T16:00:00Z", "2024-10-05T16:00:00Z")), granularity: "day" },
  { ...c("dr4", "en", "2024-07-27T18:00:00-04:00", null, "Payments failed now and then between July 19 and 22.", range("2024-07-19T16:00:00Z", "2024-07-22T16:00:00Z")), granularity: "day" },
  { ...c("dr5", "fr", "2024-11-07T18:00:00+01:00", null, "Le réseau a été coupé du lundi 4 au mardi 5 novembre.", range("2024-11-04T11:00:00Z", "2024-11-05T11:00:00Z")), granularity: "day" },
  { ...c("dr6", "fr", "2024-10-07T18:00:00+02:00", null, "Des pannes ont été signalées du 30 septembre au 2 octobre.", range("2024-09-30T10:00:00Z", "2024-10-02T10:00:00Z")), granularity: "day" },
  { ...c("dr7", "en", "2024-11-07T18:00:00-05:00", null, "The app stayed down from Monday night to Tuesday morning.", range("2024-11-05T04:00:00Z", "2024-11-05T14:00:00Z")), granularity: "part-of-day" },
  { ...c("dr8", "fr", "2024-11-07T18:00:00+01:00", null, "Les abonnés ont été privés d'internet de lundi soir à mardi matin.", range("2024-11-04T19:00:00Z", "2024-11-05T08:00:00Z")), granularity: "part-of-day" },
];
