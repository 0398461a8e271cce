// "de nouveau pleinement accessible", "à nouveau totalement opérationnel": an adverb of degree between
// "again" and the state is the same recovery as without it. Own phrasings, with negatives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { outageFacts } from "./article-helpers";

const at = (f: ReturnType<typeof outageFacts>, role: string) => f.times.filter((t) => t.role === role).map((t) => (t.time.kind === "instant" ? t.time.utc : ""));
const roles = (f: ReturnType<typeof outageFacts>) => JSON.stringify(f.times.map((t) => [t.role, t.time.kind === "instant" ? t.time.utc : ""]));

test("'de nouveau pleinement accessible depuis 14 h' is a recovery, not a start", () => {
  const f = outageFacts("Panne du portail", "Le portail des cartes grises est de nouveau pleinement accessible depuis 14 h ce jeudi, a indiqué l'agence.",
    { lang: "fr", publishedAt: new Date("2025-06-12T15:00:00Z") });
  assert.deepEqual(at(f, "recovery"), ["2025-06-12T12:00:00Z"], roles(f));
  const g = outageFacts("Panne de la banque", "L'application de la banque était à nouveau totalement opérationnelle vers 18 h 30.",
    { lang: "fr", publishedAt: new Date("2025-06-12T19:00:00Z") });
  assert.deepEqual(at(g, "recovery"), ["2025-06-12T16:30:00Z"], roles(g));
});

test("'à nouveau partiellement disponible' stays a partial recovery", () => {
  const f = outageFacts("Panne du portail", "Le service de paiement est à nouveau partiellement disponible depuis 11 h.",
    { lang: "fr", publishedAt: new Date("2025-06-12T15:00:00Z") });
  assert.deepEqual(at(f, "partial-recovery"), ["2025-06-12T09:00:00Z"], roles(f));
});

test("negative: a state with a degree adverb but no 'again' is no recovery", () => {
  const f = outageFacts("Panne du portail", "Le portail, pleinement accessible depuis 8 h, est tombé en panne vers 10 h.",
    { lang: "fr", publishedAt: new Date("2025-06-12T15:00:00Z") });
  assert.deepEqual(at(f, "recovery"), [], roles(f));
});
