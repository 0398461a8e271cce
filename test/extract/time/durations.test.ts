import { test } from "node:test";
import assert from "node:assert/strict";
import { DURATION_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("durations: une heure et demie, plus de deux heures, près de 6h, about 90 minutes, half an hour", () => {
  assertCasesPass(DURATION_CASES);
});

test("durations with an indefinite count ('several hours', 'quelques heures') are marked vague; counted ones are not", async () => {
  const { findDurations } = await import("../../../lib/extract/time/find-durations");
  const { foldText } = await import("../../../lib/text/fold-text");
  const read = (s: string) => findDurations(foldText(s)).map((d) => ({ minutes: d.minutes, vague: d.vague }));
  assert.deepEqual(read("The service stayed down for several hours on Monday."), [{ minutes: 240, vague: true }]);
  assert.deepEqual(read("Le site est resté inaccessible pendant quelques heures."), [{ minutes: 180, vague: true }]);
  assert.deepEqual(read("The platform was unreachable for nearly five hours."), [{ minutes: 300, vague: false }]);
  assert.deepEqual(read("La messagerie a été coupée pendant près de trois heures."), [{ minutes: 180, vague: false }]);
});

test("a length elapsed so far ('depuis environ deux heures', 'for the past hour', 'two hours now') is marked ongoing", async () => {
  const { findDurations } = await import("../../../lib/extract/time/find-durations");
  const { foldText } = await import("../../../lib/text/fold-text");
  const read = (s: string) => findDurations(foldText(s)).map((d) => ({ minutes: d.minutes, ongoing: d.ongoing }));
  assert.deepEqual(read("La messagerie est en panne depuis environ deux heures."), [{ minutes: 120, ongoing: true }]);
  assert.deepEqual(read("The app has been down for the past two hours."), [{ minutes: 120, ongoing: true }]);
  assert.deepEqual(read("Users have been locked out for three hours now."), [{ minutes: 180, ongoing: true }]);
  assert.deepEqual(read("La panne a duré environ deux heures."), [{ minutes: 120, ongoing: false }]);
});

test("the time someone has been waiting when they speak ('ça fait deux heures que', 'it's been three hours since') is elapsed so far, not a length", async () => {
  const { findDurations } = await import("../../../lib/extract/time/find-durations");
  const { foldText } = await import("../../../lib/text/fold-text");
  const read = (s: string) => findDurations(foldText(s)).map((d) => ({ minutes: d.minutes, ongoing: d.ongoing }));
  assert.deepEqual(read("« Ça fait deux heures que j'essaie de me connecter », raconte une cliente de Zorvex."), [{ minutes: 120, ongoing: true }]);
  assert.deepEqual(read("Cela fait déjà trois heures que l'application Acme refuse les paiements."), [{ minutes: 180, ongoing: true }]);
  assert.deepEqual(read("Voilà près de quatre heures qu'on attend le retour du service."), [{ minutes: 240, ongoing: true }]);
  assert.deepEqual(read("\"It's been two hours since I could last log in,\" one Acme customer wrote."), [{ minutes: 120, ongoing: true }]);
  assert.deepEqual(read("It has been nearly five hours since Zorvex Pay stopped taking cards."), [{ minutes: 300, ongoing: true }]);
  assert.deepEqual(read("Zorvex has been down for six hours and counting."), [{ minutes: 360, ongoing: true }]);
  // look-alikes: a length told once it is over, or "ça fait" as "that makes"
  assert.deepEqual(read("Au total, ça fait deux heures de panne pour les clients de Banque Lumière."), [{ minutes: 120, ongoing: false }]);
  assert.deepEqual(read("Acme says it has been restored after two hours of errors."), [{ minutes: 120, ongoing: false }]);
  assert.deepEqual(read("It had been two hours of errors before Acme rolled back."), [{ minutes: 120, ongoing: false }]);
});

test("'depuis 48 heures' is a length no clock can be; 'depuis 18 heures' stays a clock", async () => {
  const { findDurations } = await import("../../../lib/extract/time/find-durations");
  const { foldText } = await import("../../../lib/text/fold-text");
  const read = (s: string) => findDurations(foldText(s)).map((d) => ({ minutes: d.minutes, ongoing: d.ongoing }));
  assert.deepEqual(read("Les abonnés n'ont plus de connexion depuis 48 heures."), [{ minutes: 2880, ongoing: true }]);
  assert.deepEqual(read("Le distributeur ne répond plus depuis 36 h."), [{ minutes: 2160, ongoing: true }]);
  assert.deepEqual(read("Le réseau est coupé depuis 18 heures."), []);
});

test("a length in the English present perfect ('has been down for two hours') runs to the moment of speaking: elapsed so far", async () => {
  const { findDurations } = await import("../../../lib/extract/time/find-durations");
  const { foldText } = await import("../../../lib/text/fold-text");
  const read = (s: string) => findDurations(foldText(s)).map((d) => ({ minutes: d.minutes, ongoing: d.ongoing }));
  assert.deepEqual(read("The Zorvex app has been unreachable for more than an hour, users say."), [{ minutes: 60, ongoing: true }]);
  assert.deepEqual(read("\"We've been queuing at the counter for two hours,\" a traveller said."), [{ minutes: 120, ongoing: true }]);
  assert.deepEqual(read("Customers have been unable to pay for about three hours."), [{ minutes: 180, ongoing: true }]);
  // look-alikes: the past perfect tells a length that is over; "after" or "since" before the length
  assert.deepEqual(read("The site had been down for six hours when Acme rolled back the update."), [{ minutes: 360, ongoing: false }]);
  assert.deepEqual(read("Service has been restored after being down for three hours."), [{ minutes: 180, ongoing: false }]);
  assert.deepEqual(read("The outage lasted for two hours, Acme has said."), [{ minutes: 120, ongoing: false }]);
});
