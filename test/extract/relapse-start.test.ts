// A start in a clause saying the failure came "again" is a relapse's start, marked so that an earlier
// start the documents state stays the outage's (lib/timeline/reconcile-times.ts).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../lib/extract/extract-article";
import type { TimeFact } from "../../lib/domain/types";

const starts = (lang: "fr" | "en", title: string, text: string): TimeFact[] =>
  extractArticle({ url: "https://e.test/a", kind: "news", lang, title, text, publishedAt: new Date("2026-03-12T16:00:00Z"), sourceName: null, sourceZone: null }).times.filter((f) => f.role === "start");

test("a start said of a failure come again is a relapse's (fr, en)", () => {
  const fr = starts("fr", "Le portail des impôts de nouveau en panne", "Le portail des impôts est de nouveau inaccessible depuis jeudi matin, moins d'un jour après son retour.");
  assert.ok(fr.length > 0 && fr.every((f) => f.relapse === true), JSON.stringify(fr));
  const en = starts("en", "Tax portal down again", "The tax portal went down again at 9:40 a.m. on Thursday, a day after it came back.");
  assert.ok(en.length > 0 && en.every((f) => f.relapse === true), JSON.stringify(en));
  const enAgain = starts("en", "Payments fail", "The banking app has been down once again since 8 a.m. on Thursday, the bank said.");
  assert.ok(enAgain.some((f) => f.relapse === true), JSON.stringify(enAgain));
});

test("no relapse in a plain start, nor from an 'again' in another clause (fr, en)", () => {
  const fr = starts("fr", "Panne du portail", "Le portail des impôts est inaccessible depuis jeudi matin, selon le ministère.");
  assert.ok(fr.length > 0 && fr.every((f) => !f.relapse), JSON.stringify(fr));
  const en = starts("en", "Portal down", "The tax portal went down at 9:40 a.m. on Thursday; by the evening it was working again.");
  assert.ok(en.length > 0 && en.every((f) => !f.relapse), JSON.stringify(en));
});

test("in a list of days, only the one said 'again' is a relapse (en, fr)", () => {
  const en = starts("en", "Licence portal back", "The licence portal went down Tuesday, partly returned on Wednesday and crashed again Thursday morning.");
  assert.deepEqual(en.filter((f) => f.relapse).map((f) => f.time.phrase), ["Thursday morning"], JSON.stringify(en));
  const fr = starts("fr", "Le portail rétabli", "Le portail est tombé en panne mardi, puis de nouveau jeudi matin.");
  assert.ok(fr.every((f) => f.time.phrase !== "mardi" || !f.relapse), JSON.stringify(fr));
});

test("'une seconde fois', 'a second time' say again: the second episode's start is a relapse's (fr, en)", () => {
  const fr = starts("fr", "Panne de la messagerie", "Les abonnés n'ont pas pu envoyer de messages entre 7 h 15 et 8 h 50, puis une seconde fois entre 11 h 30 et 12 h 10, selon l'opérateur.");
  assert.deepEqual(fr.map((f) => Boolean(f.relapse)), [false, true], JSON.stringify(fr));
  const frNew = starts("fr", "Panne du site", "Le site est tombé en panne une nouvelle fois à 14 h, après une matinée sans incident.");
  assert.ok(frNew.length > 0 && frNew.every((f) => f.relapse === true), JSON.stringify(frNew));
  const en = starts("en", "Game servers down", "Players could not log in between 6:10 p.m. and 7:05 p.m., and a second time between 9:20 p.m. and 9:55 p.m., the studio said.");
  assert.deepEqual(en.map((f) => Boolean(f.relapse)), [false, true], JSON.stringify(en));
});

test("'for the second time this year' counts outages, not a relapse within one (en, fr)", () => {
  const en = starts("en", "Bank app down", "The bank's app went down at 9:40 a.m. on Thursday, for the second time this year.");
  assert.ok(en.length > 0 && en.every((f) => !f.relapse), JSON.stringify(en));
  const fr = starts("fr", "Panne de l'appli", "L'application est tombée en panne jeudi à 9 h 40, pour la deuxième fois en un mois.");
  assert.ok(fr.length > 0 && fr.every((f) => !f.relapse), JSON.stringify(fr));
});
