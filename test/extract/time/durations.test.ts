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

test("'depuis 48 heures' is a length no clock can be; 'depuis 18 heures' stays a clock", async () => {
  const { findDurations } = await import("../../../lib/extract/time/find-durations");
  const { foldText } = await import("../../../lib/text/fold-text");
  const read = (s: string) => findDurations(foldText(s)).map((d) => ({ minutes: d.minutes, ongoing: d.ongoing }));
  assert.deepEqual(read("Les abonnés n'ont plus de connexion depuis 48 heures."), [{ minutes: 2880, ongoing: true }]);
  assert.deepEqual(read("Le distributeur ne répond plus depuis 36 h."), [{ minutes: 2160, ongoing: true }]);
  assert.deepEqual(read("Le réseau est coupé depuis 18 heures."), []);
});
