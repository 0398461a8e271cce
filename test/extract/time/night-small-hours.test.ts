import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

const at = (utc: string) => ({ kind: "instant" as const, utc });

// "shortly after midnight" opens the day it is said of; "before midnight" still ends it.
const AFTER_MIDNIGHT: TimeCase[] = [
  {
    id: "en-after-midnight-weekday", lang: "en", publishedAt: "2024-06-13T15:00:00Z", sourceZone: "America/New_York",
    text: "The payment app went down Wednesday shortly after midnight.",
    expect: at("2024-06-12T04:00:00Z"), never: [at("2024-06-13T04:00:00Z")],
  },
  {
    id: "en-after-midnight-on-weekday", lang: "en", publishedAt: "2024-06-13T15:00:00Z", sourceZone: "America/New_York",
    text: "Trouble started just after midnight on Wednesday, the carrier said.",
    expect: at("2024-06-12T04:00:00Z"), never: [at("2024-06-13T04:00:00Z")],
  },
  {
    id: "fr-apres-minuit-jour", lang: "fr", publishedAt: "2024-06-13T15:00:00Z", sourceZone: "Europe/Paris",
    text: "Le site est tombé mercredi peu après minuit.",
    expect: at("2024-06-11T22:00:00Z"), never: [at("2024-06-12T22:00:00Z")],
  },
  // negatives: before / until midnight of a named day is the end of that day
  {
    id: "en-before-midnight-weekday", lang: "en", publishedAt: "2024-06-13T15:00:00Z", sourceZone: "America/New_York",
    text: "Service was back before midnight Wednesday.",
    expect: at("2024-06-13T04:00:00Z"), never: [at("2024-06-12T04:00:00Z")],
  },
  {
    id: "fr-avant-minuit-jour", lang: "fr", publishedAt: "2024-06-13T15:00:00Z", sourceZone: "Europe/Paris",
    text: "Le service est revenu peu avant minuit mercredi.",
    expect: at("2024-06-12T22:00:00Z"), never: [at("2024-06-11T22:00:00Z")],
  },
];

// A night named by one day, in a paper of that day's morning: its small hours are the ones that
// opened the day (the next day's would be after publication). Read the next day, they are the next day's.
const ONE_DAY_NIGHT: TimeCase[] = [
  {
    id: "fr-nuit-de-ce-jour-matin", lang: "fr", publishedAt: "2024-06-12T06:30:00Z", sourceZone: "Europe/Paris",
    text: "Le réseau est tombé dans la nuit de ce mercredi 12 juin, vers 2 heures du matin.",
    expect: at("2024-06-12T00:00:00Z"), never: [at("2024-06-13T00:00:00Z")],
  },
  {
    id: "en-weekday-night-same-morning", lang: "en", publishedAt: "2024-06-12T14:00:00Z", sourceZone: "America/New_York",
    text: "Users lost service Wednesday night at about 1 a.m.",
    expect: at("2024-06-12T05:00:00Z"), never: [at("2024-06-13T05:00:00Z")],
  },
  // negatives: written the day after, the night of Wednesday ends on Thursday
  {
    id: "fr-nuit-de-mercredi-lendemain", lang: "fr", publishedAt: "2024-06-13T08:00:00Z", sourceZone: "Europe/Paris",
    text: "Le réseau est tombé dans la nuit de mercredi, vers 2 heures du matin.",
    expect: at("2024-06-13T00:00:00Z"), never: [at("2024-06-12T00:00:00Z")],
  },
  {
    id: "en-weekday-night-next-day", lang: "en", publishedAt: "2024-06-13T14:00:00Z", sourceZone: "America/New_York",
    text: "Users lost service Wednesday night at about 1 a.m.",
    expect: at("2024-06-13T05:00:00Z"), never: [at("2024-06-12T05:00:00Z")],
  },
];

// "la nuit du 11 au 12 juin", "the night of June 11 to 12": the small hours are the second date's.
const TWO_DATE_NIGHT: TimeCase[] = [
  {
    id: "fr-nuit-du-au", lang: "fr", publishedAt: "2024-06-13T10:00:00Z", sourceZone: "Europe/Paris",
    text: "La panne a débuté à 0 h 40 dans la nuit du 11 au 12 juin.",
    expect: at("2024-06-11T22:40:00Z"), never: [at("2024-06-12T22:40:00Z")],
  },
  {
    id: "fr-nuit-du-au-mois", lang: "fr", publishedAt: "2024-06-03T10:00:00Z", sourceZone: "Europe/Paris",
    text: "Dans la nuit du 31 mai au 1er juin, vers 1 h 30, les serveurs se sont arrêtés.",
    expect: at("2024-05-31T23:30:00Z"), never: [at("2024-06-01T23:30:00Z")],
  },
  {
    id: "en-night-of-to", lang: "en", publishedAt: "2024-06-13T10:00:00Z", sourceZone: "Europe/London",
    text: "Engineers restored the service at 3:15 a.m. on the night of June 11 to 12.",
    expect: at("2024-06-12T02:15:00Z"), never: [at("2024-06-13T02:15:00Z")],
  },
  {
    id: "en-overnight-from-to", lang: "en", publishedAt: "2024-06-13T10:00:00Z", sourceZone: "Europe/London",
    text: "Overnight from 11 to 12 June, around 2 a.m., the exchange went dark.",
    expect: at("2024-06-12T01:00:00Z"), never: [at("2024-06-13T01:00:00Z")],
  },
  // negative: a span of days with no night is still a range of days
  {
    id: "fr-du-au-sans-nuit", lang: "fr", publishedAt: "2024-06-13T10:00:00Z", sourceZone: "Europe/Paris",
    text: "Le service a été perturbé du 11 au 12 juin.",
    expect: { kind: "range", start: "2024-06-11T10:00:00Z", end: "2024-06-12T10:00:00Z", tol: 60 },
  },
];

// "cette nuit" / "overnight" in a report dated without its hour: the night that has passed.
const UNDATED_HOUR_NIGHT: TimeCase[] = [
  {
    id: "fr-cette-nuit-date-seule", lang: "fr", publishedAt: "2024-06-12T00:00:00Z", sourceZone: "Europe/Paris",
    text: "Cette nuit, vers 3 h, les serveurs ont cessé de répondre.",
    expect: at("2024-06-12T01:00:00Z"), never: [at("2024-06-13T01:00:00Z")],
  },
  {
    id: "en-overnight-date-only", lang: "en", publishedAt: "2024-06-12T00:00:00Z", sourceZone: "Europe/London",
    text: "Overnight, at about 2 a.m., the network failed.",
    expect: at("2024-06-12T01:00:00Z"), never: [at("2024-06-13T01:00:00Z")],
  },
  // negative: written at 20:00 with its hour, "cette nuit" is the night to come
  {
    id: "fr-cette-nuit-soir", lang: "fr", publishedAt: "2024-06-12T18:00:00Z", sourceZone: "Europe/Paris",
    text: "Cette nuit, vers 3 h, les serveurs seront arrêtés.",
    expect: at("2024-06-13T01:00:00Z"), never: [at("2024-06-12T01:00:00Z")],
  },
];

// Exactly midday UTC is a date stored without its hour: a clock later that day stays on it.
const NOON_DATE: TimeCase[] = [
  {
    id: "fr-midi-utc-date", lang: "fr", publishedAt: "2024-06-12T12:00:00Z", sourceZone: "Europe/Paris",
    text: "À 18 h 05, le jeu restait inaccessible.",
    expect: at("2024-06-12T16:05:00Z"), never: [at("2024-06-11T16:05:00Z")],
  },
  {
    id: "en-noon-utc-date", lang: "en", publishedAt: "2024-06-12T12:00:00Z", sourceZone: "America/New_York",
    text: "By 6:40 p.m. the app was still unavailable.",
    expect: at("2024-06-12T22:40:00Z"), never: [at("2024-06-11T22:40:00Z")],
  },
  // negative: a publication stamped with a real hour still puts a later clock on the day before
  {
    id: "fr-midi-passe", lang: "fr", publishedAt: "2024-06-12T12:07:00Z", sourceZone: "Europe/Paris",
    text: "À 18 h 05, le jeu restait inaccessible.",
    expect: at("2024-06-11T16:05:00Z"), never: [at("2024-06-12T16:05:00Z")],
  },
];

test("'shortly after midnight' opens the named day, 'before midnight' ends it (en/fr)", () => assertCasesPass(AFTER_MIDNIGHT));
test("a one-day night's small hours stay on that day when the next day's would be after publication (en/fr)", () => assertCasesPass(ONE_DAY_NIGHT));
test("a night between two dates puts its small hours on the second (en/fr)", () => assertCasesPass(TWO_DATE_NIGHT));
test("'cette nuit' / 'overnight' in a date-only report is the night that passed (en/fr)", () => assertCasesPass(UNDATED_HOUR_NIGHT));
test("a publication at exactly midday UTC is a date without its hour (en/fr)", () => assertCasesPass(NOON_DATE));
