import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

// A range's ends are often hedged ("from just after 8am", "until shortly before five", "de peu après
// 8 h"); the hedge belongs to the clock, so the two clocks still make one range, on one day and in one
// zone, instead of two loose instants each placed on its own.
const HEDGED: TimeCase[] = [
  {
    id: "en-just-after-start", lang: "en", publishedAt: "2025-05-14T07:30:00Z", sourceZone: null,
    text: "Card payments failed from just after 9am Berlin time until 11:20am on Tuesday, the bank said.",
    expect: { kind: "range", start: "2025-05-13T07:00:00Z", end: "2025-05-13T09:20:00Z" },
  },
  {
    id: "en-shortly-before-end", lang: "en", publishedAt: "2025-05-13T20:00:00Z", sourceZone: null,
    text: "Riders could not book a trip from 1:10pm to shortly before 3:30pm UTC.",
    expect: { kind: "range", start: "2025-05-13T13:10:00Z", end: "2025-05-13T15:30:00Z" },
  },
  {
    id: "fr-peu-apres", lang: "fr", publishedAt: "2025-05-13T16:00:00Z", sourceZone: "Europe/Paris",
    text: "Le portail est resté inaccessible de peu après 9 h jusqu'à 11 h 50, selon la mairie.",
    expect: { kind: "range", start: "2025-05-13T07:00:00Z", end: "2025-05-13T09:50:00Z" },
  },
];

// "from 2pm until a quarter to five": a writer who gives the start's "pm" counts in twelve hours, so a
// bare end later in the same half of the day is that afternoon's, as a morning start's earlier end is.
const TWELVE_HOUR: TimeCase[] = [
  {
    id: "en-pm-to-word-clock", lang: "en", publishedAt: "2025-05-13T20:00:00Z", sourceZone: null,
    text: "The game's servers were down from 2pm until about a quarter to five (UTC).",
    expect: { kind: "range", start: "2025-05-13T14:00:00Z", end: "2025-05-13T16:45:00Z" },
    never: [{ kind: "instant", utc: "2025-05-13T04:45:00Z" }],
  },
  {
    id: "en-pm-to-half-past", lang: "en", publishedAt: "2025-05-13T20:00:00Z", sourceZone: null,
    text: "Logins failed from 1:15 p.m. to half past three, London time.",
    expect: { kind: "range", start: "2025-05-13T12:15:00Z", end: "2025-05-13T14:30:00Z" },
  },
  // negatives: a late-evening start still ends in the small hours; a 24-hour French range is left alone
  {
    id: "en-late-pm-overnight", lang: "en", publishedAt: "2025-05-14T06:00:00Z", sourceZone: null,
    text: "The network was down from 11pm until 2 (UTC), the operator said.",
    expect: { kind: "range", start: "2025-05-13T23:00:00Z", end: "2025-05-14T02:00:00Z" },
  },
  {
    id: "fr-24h-untouched", lang: "fr", publishedAt: "2025-05-14T09:00:00Z", sourceZone: "Europe/Paris",
    text: "La coupure a duré de 21 h à 4 h du matin.",
    expect: { kind: "range", start: "2025-05-13T19:00:00Z", end: "2025-05-14T02:00:00Z" },
  },
];

// "une panne de 8 h 50 à 9 h 35": a clock joined to a second one is a range's start, not a length,
// even after the noun that usually counts hours ("une panne de 14 h" alone is fourteen hours).
const NOT_A_LENGTH: TimeCase[] = [
  {
    id: "fr-panne-de-a", lang: "fr", publishedAt: "2025-05-13T16:00:00Z", sourceZone: "Europe/Paris",
    text: "Les abonnés ont subi une panne de 8h50 à 9h35, heure de Paris.",
    expect: { kind: "range", start: "2025-05-13T06:50:00Z", end: "2025-05-13T07:35:00Z" },
    never: [{ kind: "duration", minutes: 530 }],
  },
  {
    id: "fr-coupure-jusqu-a", lang: "fr", publishedAt: "2025-05-13T20:00:00Z", sourceZone: "Europe/Paris",
    text: "Une coupure de 14 h jusqu'à 17 h 20 a privé la ville d'internet.",
    expect: { kind: "range", start: "2025-05-13T12:00:00Z", end: "2025-05-13T15:20:00Z" },
  },
  // negatives: a length alone, and a length followed by a place
  {
    id: "fr-panne-de-length", lang: "fr", publishedAt: "2025-05-13T20:00:00Z", sourceZone: "Europe/Paris",
    text: "Une panne de 14 h a touché la messagerie.",
    expect: { kind: "duration", minutes: 840 },
  },
  {
    id: "fr-panne-de-length-place", lang: "fr", publishedAt: "2025-05-13T20:00:00Z", sourceZone: "Europe/Paris",
    text: "Une panne de 3 h à Lyon a privé les clients de réseau.",
    expect: { kind: "duration", minutes: 180 },
  },
];

test("a hedged clock ('just after', 'shortly before', 'peu après') still opens or closes a range", () => {
  assertCasesPass(HEDGED);
});

test("a range with a pm start and a bare later end ends that afternoon; 24-hour and overnight ranges do not move", () => {
  assertCasesPass(TWELVE_HOUR);
});

test("'une panne de 8 h 50 à 9 h 35' is a range, 'une panne de 14 h' a length", () => {
  assertCasesPass(NOT_A_LENGTH);
});
