// Cue phrases read as word families: inflections, tenses and the passive, determiners and elision,
// one describing word; and what stays out (negations, punctuation, derivations, a missing link word
// or possessive). Own phrasings in both languages.
import { test } from "node:test";
import assert from "node:assert/strict";
import { compileLemmaCues } from "../../lib/extract/compile-lemma-cues";
import { foldText } from "../../lib/text/fold-text";

const find = compileLemmaCues([
  "mise a jour defectueuse", "faulty update", "cable endommage", "panne de courant", "certificate expired", "erreur humaine",
  "human error", "fiber cut", "beyond its limits", "configuration file", "surcharge",
]);
const matched = (text: string) => find(foldText(text)).map((m) => m.text);

test("inflected forms, gender and number (fr/en)", () => {
  assert.deepEqual(matched("Des mises à jour défectueuses ont été publiées."), ["mises a jour defectueuses"]);
  assert.deepEqual(matched("Plusieurs erreurs humaines se sont succédé."), ["erreurs humaines"]);
  assert.deepEqual(matched("Two human errors were made."), ["human errors"]);
  assert.deepEqual(matched("Several faulty updates were shipped."), ["faulty updates"]);
});

test("compound tenses and the passive (fr/en)", () => {
  assert.deepEqual(matched("Les câbles ont été endommagés par une ancre."), ["cables ont ete endommages"]);
  assert.deepEqual(matched("The certificate has expired."), ["certificate has expired"]);
  assert.deepEqual(matched("The fiber was cut by a digger."), ["fiber was cut"]);
});

test("determiners, elision and one describing word between the words (fr/en)", () => {
  assert.deepEqual(matched("une mise à jour logicielle défectueuse"), ["mise a jour logicielle defectueuse"]);
  assert.deepEqual(matched("un câble sous-marin endommagé"), ["cable sous-marin endommage"]);
  assert.deepEqual(matched("une panne générale de courant"), ["panne generale de courant"]);
  assert.deepEqual(matched("a faulty software update"), ["faulty software update"]);
  assert.deepEqual(matched("une erreur purement humaine"), ["erreur purement humaine"]);
});

test("a short form stands for its word; a possessive needs a possessive (en)", () => {
  assert.deepEqual(matched("a bad config file"), ["config file"]);
  assert.deepEqual(matched("servers pushed beyond their limits"), ["beyond their limits"]);
  assert.deepEqual(matched("the file grew beyond a hard limit"), []);
});

test("negatives: a negation, punctuation, two describing words, a derivation, a missing link word (fr/en)", () => {
  assert.deepEqual(matched("The certificate did not expire."), []);
  assert.deepEqual(matched("Le câble n'a pas été endommagé."), []);
  assert.deepEqual(matched("La mise à jour, défectueuse selon certains, a été retirée."), []);
  assert.deepEqual(matched("a faulty but harmless software update"), []);
  assert.deepEqual(matched("a faulty new mobile software update"), []);
  // "cours" shares the Snowball stem of "courant": another word, not an inflection
  assert.deepEqual(matched("La panne est toujours en cours."), []);
  // "panne de courant" needs a word in the place of its "de": "courant mars" is a date
  assert.deepEqual(matched("la panne survenue courant mars"), []);
});

test("a phrase of one content word is left to the exact lists (fr)", () => {
  assert.deepEqual(matched("Les serveurs étaient surchargés."), []);
});

test("a text with a word that names one of Object's own properties ('constructor') is read, not thrown on", () => {
  const find = compileLemmaCues(["mise a jour defectueuse", "faulty update"]);
  const text = "the car constructor said a faulty software update broke the app";
  assert.deepEqual(find(text).map((m) => m.text), ["faulty software update"]);
});

// The words a phrase can start on are found once per document (a speed measure): a document read range
// after range, between readings of another document, gives each range what a fresh reading of it gives.
test("a document read range by range, between other documents, gives the ranges' own matches (fr/en)", () => {
  const a = foldText("Une panne de courant a coupé le site. Puis des mises à jour défectueuses ont suivi. The fiber was cut.");
  const b = foldText("Two human errors were made, and an erreur humaine too. Beyond its limits, the servers fell.");
  const ranges = (t: string) => [0, ...[...t.matchAll(/\. /g)].map((m) => m.index + 2), t.length];
  const fresh = (t: string, from: number, to: number) => compileLemmaCues(["mise a jour defectueuse", "panne de courant", "fiber cut", "human error", "erreur humaine", "beyond its limits"])(t, from, to);
  const reused = compileLemmaCues(["mise a jour defectueuse", "panne de courant", "fiber cut", "human error", "erreur humaine", "beyond its limits"]);
  let seen = 0;
  for (const t of [a, b, a, b]) {
    const r = ranges(t);
    for (let i = 0; i + 1 < r.length; i++) {
      const got = reused(t, r[i], r[i + 1]);
      assert.deepEqual(got, fresh(t, r[i], r[i + 1]));
      seen += got.length;
    }
  }
  assert.equal(seen, 2 * 6);
});
