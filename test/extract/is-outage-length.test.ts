import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

const minutes = (title: string, text: string, lang: "fr" | "en") =>
  facts(title, text, { lang, publishedAt: new Date("2025-05-24T18:00:00Z") }).durations.map((d) => d.minutes);

test("offsets, counting windows and earlier outages are not the outage's length (fr)", () => {
  assert.deepEqual(minutes("Panne de X", "La panne de X survient deux jours après un autre incident. En une heure, 12 000 plaintes ont afflué.", "fr"), []);
  assert.deepEqual(minutes("Panne de X", "En 2023, une précédente panne avait duré six heures.", "fr"), []);
  assert.deepEqual(minutes("Panne de X", "La panne de X a duré environ trois heures samedi.", "fr"), [180]);
});

test("offsets, counting windows and earlier outages are not the outage's length (en)", () => {
  assert.deepEqual(minutes("X suffers second outage in 24 hours", "The X outage came an hour later than the first reports of trouble.", "en"), []);
  assert.deepEqual(minutes("X outage", "A previous outage in March lasted several hours.", "en"), []);
  assert.deepEqual(minutes("X outage", "The X outage lasted about two hours on Saturday.", "en"), [120]);
});

test("a sentence set in another month recalls another outage; the current or previous month does not (fr, en)", () => {
  assert.deepEqual(minutes("X outage", "It is the second failure this year, after a February disruption that lasted nearly four hours.", "en"), []);
  assert.deepEqual(minutes("Panne de X", "Il s'agit de la deuxième panne, après celle de février qui a duré près de quatre heures.", "fr"), []);
  assert.deepEqual(minutes("X outage", "The May 24 outage lasted nearly four hours, and it may take days to explain.", "en"), [240]);
  assert.deepEqual(minutes("Panne de X", "La panne de samedi 24 mai a duré près de quatre heures, après des soucis en avril.", "fr"), [240]);
});

test("a period ('every five minutes', 'toutes les dix minutes') is not the outage's length (en, fr)", () => {
  assert.deepEqual(minutes("X outage", "The bad file was rebuilt every five minutes, so the X outage came and went.", "en"), []);
  assert.deepEqual(minutes("Panne de X", "Le fichier fautif était régénéré toutes les dix minutes pendant la panne de X.", "fr"), []);
  assert.deepEqual(minutes("X outage", "The X outage lasted forty minutes.", "en"), [40]);
});

test("'voici dix minutes' counts back from the writing like 'il y a'; 'voilà deux heures que…' is a length so far (fr)", () => {
  assert.deepEqual(minutes("Panne de X", "La connexion de X a été rétablie voici une dizaine de minutes.", "fr"), []);
  assert.deepEqual(minutes("Panne de X", "Le service X est revenu voilà vingt minutes.", "fr"), []);
  assert.deepEqual(minutes("Panne de X", "Voilà deux heures que le site de X est en panne.", "fr"), [120]);
  assert.deepEqual(minutes("Panne de X", "Voici trois heures qu'il est impossible de se connecter à X.", "fr"), [180]);
});

test("a like outage recalled ('une coupure semblable', 'a comparable failure') gives another outage's length (fr, en)", () => {
  assert.deepEqual(minutes("Panne de X", "L'opérateur X avait subi une coupure semblable un dimanche soir, qui s'était prolongée près de deux heures.", "fr"), []);
  assert.deepEqual(minutes("Panne de X", "Une défaillance comparable du réseau X avait duré quarante minutes.", "fr"), []);
  assert.deepEqual(minutes("X outage", "X had weathered a comparable failure on a weekday night, which lasted about three hours.", "en"), []);
  // a like-named word that is not a recall leaves the length alone
  assert.deepEqual(minutes("Panne de X", "La panne de X a duré près de deux heures, selon l'opérateur.", "fr"), [120]);
  assert.deepEqual(minutes("X outage", "The X outage lasted about three hours, the operator said.", "en"), [180]);
});

test("a credit or refund counted in days of service is not the outage's length (fr, en)", () => {
  assert.deepEqual(minutes("Panne de Zorvex", "La panne de Zorvex a privé les abonnés d'Internet. L'opérateur accordera un crédit de trois jours à tous les clients touchés.", "fr"), []);
  assert.deepEqual(minutes("Panne de Zorvex", "Après la panne de Zorvex, les clients recevront deux jours d'abonnement offerts.", "fr"), []);
  assert.deepEqual(minutes("Acme outage", "After the Acme outage, every customer will get a two-day credit on their next bill.", "en"), []);
  assert.deepEqual(minutes("Acme outage", "Acme said the outage would earn subscribers three days of service credit.", "en"), []);
  // the outage's own length beside a credit stays
  assert.deepEqual(minutes("Panne de Zorvex", "La panne de Zorvex a duré trois jours ; un crédit sera versé aux abonnés.", "fr"), [4320]);
  assert.deepEqual(minutes("Acme outage", "The Acme outage lasted two days, and customers will be credited.", "en"), [2880]);
});

test("how late a departure ran or how long a queue was is not the outage's length (fr, en)", () => {
  assert.deepEqual(minutes("Panne de Zelbo", "La billetterie Zelbo est en panne. Le train de 9 heures est parti avec deux heures de retard.", "fr"), []);
  assert.deepEqual(minutes("Panne de Zelbo", "Panne de Zelbo : des files d'attente de près de deux heures aux guichets.", "fr"), []);
  assert.deepEqual(minutes("Panne de Zelbo", "Plusieurs vols ont été retardés de plus de trois heures après la panne de Zelbo.", "fr"), []);
  assert.deepEqual(minutes("Zelbo outage", "The Zelbo check-in outage left flights delayed by up to three hours.", "en"), []);
  assert.deepEqual(minutes("Zelbo outage", "During the Zelbo outage, some trains left ninety minutes late.", "en"), []);
  // negatives: the outage's own length, even beside a delay word, is kept
  assert.deepEqual(minutes("Panne de Zelbo", "La panne de Zelbo a duré deux heures et a retardé plusieurs départs.", "fr"), [120]);
  assert.deepEqual(minutes("Zelbo outage", "The Zelbo outage lasted three hours, delaying dozens of flights.", "en"), [180]);
});

test("a queue's length is how long users waited in it, not the outage's (en, fr)", () => {
  assert.deepEqual(minutes("X outage", "Players of X faced login queues of up to four hours after the servers failed.", "en"), []);
  assert.deepEqual(minutes("X outage", "By the evening the X queue on our own account was down to under three minutes.", "en"), []);
  assert.deepEqual(minutes("Panne de X", "Après la panne de X, la file d'attente affichait encore jusqu'à deux heures.", "fr"), []);
  // negative: a length of the outage in a sentence that names a queue elsewhere
  assert.deepEqual(minutes("X outage", "The X outage lasted three hours, and the queue of support tickets grew.", "en"), [180]);
  assert.deepEqual(minutes("X outage", "Customers of X stood in queues at branches after an outage of three hours.", "en"), [180]);
  assert.deepEqual(minutes("Panne de X", "Des files d'attente interminables et une panne de trois heures chez X.", "fr"), [180]);
});

test("a stretch added to another ('a further 40 minutes', 'deux heures supplémentaires') is not the whole length (en, fr)", () => {
  assert.deepEqual(minutes("X outage", "X reverted the change, and the database took a further 35 minutes to catch up.", "en"), []);
  assert.deepEqual(minutes("X outage", "Engineers needed an additional hour to find what broke X.", "en"), []);
  assert.deepEqual(minutes("Panne de X", "Il a fallu deux heures supplémentaires pour rétablir X.", "fr"), []);
  assert.deepEqual(minutes("X outage", "The X outage lasted 35 minutes in all.", "en"), [35]);
});
