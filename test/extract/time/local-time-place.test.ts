import { test } from "node:test";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

// "heure locale" / "local time" is the time of the place the sentence names, not the outlet's.
const CASES: TimeCase[] = [
  {
    id: "fr-heure-locale-virginie", lang: "fr", publishedAt: "2025-06-10T15:00:00Z", sourceZone: null,
    text: "Vers 6 h 30, heure locale, le centre de données de l'hébergeur situé en Virginie a perdu son alimentation.",
    expect: { kind: "instant", utc: "2025-06-10T10:30:00Z" },
    never: [{ kind: "instant", utc: "2025-06-10T04:30:00Z" }],
  },
  {
    id: "fr-heure-locale-dakar", lang: "fr", publishedAt: "2025-06-10T15:00:00Z", sourceZone: null,
    text: "À Dakar, le réseau mobile est tombé à 9 h heure locale.",
    expect: { kind: "instant", utc: "2025-06-10T09:00:00Z" },
    never: [{ kind: "instant", utc: "2025-06-10T07:00:00Z" }],
  },
  {
    id: "en-local-time-sydney", lang: "en", publishedAt: "2025-06-10T15:00:00Z", sourceZone: null,
    text: "Customers in Sydney lost service at 7 p.m. local time on Tuesday.",
    expect: { kind: "instant", utc: "2025-06-10T09:00:00Z" },
    never: [{ kind: "instant", utc: "2025-06-10T23:00:00Z" }],
  },
  // negative: no place in the sentence, so the outlet's zone (here the French default) stands
  {
    id: "fr-heure-locale-sans-lieu", lang: "fr", publishedAt: "2025-06-10T15:00:00Z", sourceZone: null,
    text: "Le service a été coupé à 9 h, heure locale, puis rétabli.",
    expect: { kind: "instant", utc: "2025-06-10T07:00:00Z" },
  },
  // negative: "Maurice" is a first name here, not the island
  {
    id: "fr-heure-locale-prenom", lang: "fr", publishedAt: "2025-06-10T15:00:00Z", sourceZone: null,
    text: "Selon Maurice Dupont, la coupure a commencé à 9 h, heure locale.",
    expect: { kind: "instant", utc: "2025-06-10T07:00:00Z" },
  },
];

test("'heure locale' / 'local time' takes the zone of the place its sentence names", () => {
  assertCasesPass(CASES);
});
