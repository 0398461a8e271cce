// French "heure" followed by a moment ("une heure de retour", "aucune heure de rétablissement") is the
// time of day that moment happens, not a length; "une heure de panne", "une heure d'attente" stay lengths.
// Own phrasings.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDurations } from "../../../lib/extract/time/find-durations";
import { foldText } from "../../../lib/text/fold-text";

const lengths = (s: string) => findDurations(foldText(s)).map((d) => d.minutes);

test("'une heure de retour', 'aucune heure de rétablissement' are no one-hour length", () => {
  assert.deepEqual(lengths("L'opérateur dit ne pas pouvoir donner une heure de retour à la normale."), []);
  assert.deepEqual(lengths("Aucune heure de rétablissement n'a été communiquée par la banque."), []);
  assert.deepEqual(lengths("La mairie n'a pas fixé d'heure de réouverture du guichet en ligne, ni une heure de reprise des paiements."), []);
  assert.deepEqual(lengths("Le trafic a été coupé à une heure de pointe."), []);
  assert.deepEqual(lengths("Le fournisseur n'avance aucune heure de remise en service."), []);
});

test("negatives: a state that lasts after 'une heure de' is a length, and so is a bare 'une heure'", () => {
  assert.deepEqual(lengths("Après une heure de panne, le site est revenu."), [60]);
  assert.deepEqual(lengths("Les clients ont subi une heure d'attente au téléphone."), [60]);
  assert.deepEqual(lengths("La coupure a duré une heure, de retour à 15 h."), [60]);
  assert.deepEqual(lengths("Deux heures de coupure ont suffi à bloquer les paiements."), [120]);
  assert.deepEqual(lengths("The service was down for an hour of peak traffic."), [60]);
});
