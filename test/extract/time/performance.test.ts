import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";

// A typical ~3,000-character French outage article (written for this test), dense in times.
const PARAGRAPHS = [
  "Panne géante : les services du groupe ont été inaccessibles pendant près de six heures ce lundi.",
  "Les premiers signalements sont arrivés vers 17 h 40 (heure de Paris), selon le site spécialisé, qui a compté plus de 80 000 alertes en une demi-heure. À 18 h 15, l'entreprise a reconnu le problème sur son compte officiel.",
  "Aux États-Unis, la panne a commencé vers 11 h 40, heure de l'Est, soit 8 h 40 sur la côte Ouest. Les ingénieurs ont été dépêchés sur place dans l'après-midi, les badges d'accès ne fonctionnant plus.",
  "Le service s'est progressivement rétabli vers 23 h 30, après une coupure qui a duré environ six heures. Mardi matin, le groupe a publié un billet expliquant qu'une modification de configuration était en cause.",
  "Ce n'est pas la première fois : le 14 mars 2019, une panne avait duré plus de quatorze heures. Dimanche dernier, déjà, des perturbations avaient été signalées entre 9 h et 10 h 30.",
  "Au Maroc, la coupure a été ressentie dès 16 h 40 (heure marocaine), tandis qu'à Dakar les utilisateurs signalaient des erreurs à partir de 15 h 40, heure de Dakar. En Tunisie, le retour à la normale a eu lieu vers 23 h, heure de Tunis.",
  "« Nous sommes désolés », a écrit le directeur technique vers 1 h du matin, heure de Paris. Le cours de l'action a reculé de près de 5 % dans la soirée, soit une perte de plusieurs milliards de dollars en quelques heures.",
  "Hier soir, les messageries concurrentes ont profité de la situation : l'une d'elles a annoncé avoir gagné trois millions d'utilisateurs en une journée. La nuit de lundi à mardi a été marquée par une série de redémarrages.",
  "Selon les experts interrogés, une telle panne, de 17 h 40 à 23 h 30, reste exceptionnelle. Le groupe promet un rapport détaillé d'ici vendredi prochain, et rappelle que ses équipes ont travaillé pendant une heure et demie sans accès aux outils internes.",
];
const ARTICLE = (PARAGRAPHS.join("\n\n") + "\n\n" + PARAGRAPHS.join("\n\n")).slice(0, 3000);

test("extractTimes on a typical 3,000-character article takes well under 5 ms", (t) => {
  const ctx = { publishedAt: new Date("2021-10-05T08:00:00+02:00"), sourceZone: "Europe/Paris", lang: "fr" as const };
  const first = extractTimes(ARTICLE, ctx);
  assert.ok(first.length >= 20, `only ${first.length} expressions found`);
  for (let i = 0; i < 20; i++) extractTimes(ARTICLE, ctx);
  // Best of several batches: the machine is shared, and other test files run alongside this one.
  let perCall = Infinity;
  for (let batch = 0; batch < 5; batch++) {
    const start = performance.now();
    for (let i = 0; i < 40; i++) extractTimes(ARTICLE, ctx);
    perCall = Math.min(perCall, (performance.now() - start) / 40);
  }
  t.diagnostic(`extractTimes: ${perCall.toFixed(2)} ms per ${ARTICLE.length}-char article, ${first.length} expressions`);
  assert.ok(perCall < 5, `${perCall.toFixed(2)} ms per call`);
});
