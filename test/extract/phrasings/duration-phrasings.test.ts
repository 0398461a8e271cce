// How outage reports say how long it lasted, in French and English: each sentence must yield the
// outage's duration (minutes) among the document's durations.
import { test } from "node:test";
import assert from "node:assert/strict";
import { caseFacts, type Case } from "./cases-helpers";

const DURATIONS: (Case & { minutes: number })[] = [
  { lang: "en", text: "Spotify was back up after a seven-hour outage on Tuesday.", minutes: 420 },
  { lang: "en", text: "Users were unable to stream music for about 90 minutes on Tuesday.", minutes: 90 },
  { lang: "en", text: "Discord was down for roughly two and a half hours on Tuesday.", minutes: 150 },
  { lang: "en", text: "The outage stretched over nearly five hours before service returned.", minutes: 300 },
  { lang: "en", text: "Total downtime was 47 minutes, the company said.", minutes: 47 },
  { lang: "en", text: "The outage ended after three hours and 20 minutes.", minutes: 200 },
  { lang: "en", text: "The service went offline for more than 12 hours.", minutes: 720 },
  { lang: "en", text: "Customers faced a 14-hour outage that left them unable to pay.", minutes: 840 },
  { lang: "en", text: "It took engineers nearly eight hours to fix the outage.", minutes: 480 },
  { lang: "en", text: "The outage, lasting roughly 4 hours, hit users across Europe.", minutes: 240 },
  { lang: "en", text: "A 90-minute outage left users unable to log in.", minutes: 90 },
  { lang: "en", text: "The outage lasted 2h 15m, according to the status page.", minutes: 135 },
  { lang: "en", text: "Users endured an outage of around six and a half hours.", minutes: 390 },
  { lang: "en", text: "The app was unavailable for an hour and a half.", minutes: 90 },
  { lang: "fr", text: "Après près de six heures d'interruption, les services sont revenus.", minutes: 360 },
  { lang: "fr", text: "La panne a duré environ 2 heures, selon l'opérateur.", minutes: 120 },
  { lang: "fr", text: "La coupure a duré plus de trois heures mardi.", minutes: 180 },
  { lang: "fr", text: "Une interruption d'une quarantaine de minutes a touché les abonnés.", minutes: 40 },
  { lang: "fr", text: "Une panne de près de quatre heures a privé les clients d'accès.", minutes: 240 },
  { lang: "fr", text: "Les utilisateurs ont été privés de service pendant une heure et demie à cause de la panne.", minutes: 90 },
  { lang: "fr", text: "La panne, longue de 5 heures, a touché toute la France.", minutes: 300 },
  { lang: "fr", text: "Il aura fallu près de sept heures pour mettre fin à la panne.", minutes: 420 },
  { lang: "fr", text: "Le site est resté inaccessible durant 2 h 40 mardi.", minutes: 160 },
  { lang: "fr", text: "Une panne de 45 minutes a paralysé le réseau.", minutes: 45 },
  { lang: "fr", text: "La panne s'est prolongée pendant près de dix heures.", minutes: 600 },
];

for (const c of DURATIONS) {
  test(`duration (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    assert.ok(f.durations.some((d) => d.minutes === c.minutes), JSON.stringify(f.durations.map((d) => [d.minutes, d.span.text])));
  });
}

const NOT_LENGTHS: Case[] = [
  { lang: "en", text: "The outage began two hours after the update was pushed." },
  { lang: "en", text: "It was the second outage in 24 hours for the service." },
  { lang: "fr", text: "Deux heures plus tard, la panne n'était toujours pas résolue." },
];

for (const c of NOT_LENGTHS) {
  test(`no outage length (${c.lang}): ${c.text}`, () => {
    const f = caseFacts(c);
    assert.deepEqual(f.durations.filter((d) => !d.ongoing).map((d) => d.minutes), []);
  });
}
