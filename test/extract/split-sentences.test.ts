import { test } from "node:test";
import assert from "node:assert/strict";
import { sentenceAt, splitSentences } from "../../lib/extract/split-sentences";
import type { Lang } from "../../lib/domain/types";

const parts = (text: string, lang?: Lang) => splitSentences(text, lang).map((s) => text.slice(s.start, s.end).trim());

test("citation marks and closing quotes end a sentence; line breaks end one and blank lines a paragraph", () => {
  assert.deepEqual(parts("The site became unavailable.[1][2] During the outage, users left."), ["The site became unavailable.[1][2]", "During the outage, users left."]);
  assert.deepEqual(parts('He said it was "fixed." Then it broke again.'), ['He said it was "fixed."', "Then it broke again."]);
  const s = splitSentences("Line one\n\nLine two\nLine three");
  assert.deepEqual(s.map((x) => x.paragraph), [0, 1, 1]);
});

test("'!' and '?' end a sentence alike, after any word, in both languages", () => {
  assert.deepEqual(parts("Encore en panne ! Les abonnés ne peuvent plus se connecter.", "fr"), ["Encore en panne !", "Les abonnés ne peuvent plus se connecter."]);
  assert.deepEqual(parts("Encore en panne ? Les abonnés ne peuvent plus se connecter.", "fr"), ["Encore en panne ?", "Les abonnés ne peuvent plus se connecter."]);
  assert.deepEqual(parts("Down again, Mr! The app failed at noon.", "en"), ["Down again, Mr!", "The app failed at noon."]);
  assert.deepEqual(parts("Down again, Mr? The app failed at noon.", "en"), ["Down again, Mr?", "The app failed at noon."]);
});

test("a single letter is a word, not an abbreviation: '... on X. The users ...' splits", () => {
  assert.deepEqual(parts("La panne a touché les abonnés sur X. Les utilisateurs ont signalé des erreurs.", "fr"), [
    "La panne a touché les abonnés sur X.",
    "Les utilisateurs ont signalé des erreurs.",
  ]);
  assert.deepEqual(parts("Posts failed to load on X. The company did not comment.", "en"), ["Posts failed to load on X.", "The company did not comment."]);
  assert.deepEqual(parts("Selon X. Les messages ne partaient plus.", "fr"), ["Selon X.", "Les messages ne partaient plus."]);
  assert.deepEqual(parts("We switched to plan b. Nothing else worked.", "en"), ["We switched to plan b.", "Nothing else worked."]);
});

test("initials in names do not end a sentence", () => {
  assert.deepEqual(parts("J. Smith, an engineer, confirmed the fault. Service came back.", "en"), ["J. Smith, an engineer, confirmed the fault.", "Service came back."]);
  assert.deepEqual(parts("The chief executive Mary K. Jones apologised. Refunds follow.", "en"), ["The chief executive Mary K. Jones apologised.", "Refunds follow."]);
  assert.deepEqual(parts("Le directeur, J.-P. Martin, a présenté ses excuses. Le service est revenu.", "fr"), [
    "Le directeur, J.-P. Martin, a présenté ses excuses.",
    "Le service est revenu.",
  ]);
  assert.deepEqual(parts("The novel by J. R. Tolkien was out of stock. Stores reopened.", "en"), ["The novel by J. R. Tolkien was out of stock.", "Stores reopened."]);
});

test("French abbreviations: titles, 'p. ex.', 'etc.' before a lower-case word", () => {
  assert.deepEqual(parts("M. Dupont a confirmé la panne. Mme Durand a démenti.", "fr"), ["M. Dupont a confirmé la panne.", "Mme Durand a démenti."]);
  assert.deepEqual(parts("Les services (p. ex. la messagerie) étaient coupés. Tout est rétabli.", "fr"), ["Les services (p. ex. la messagerie) étaient coupés.", "Tout est rétabli."]);
  assert.deepEqual(parts("Mails, agendas, etc. ont été coupés. Tout est rétabli.", "fr"), ["Mails, agendas, etc. ont été coupés.", "Tout est rétabli."]);
  // "etc." closes a sentence when the next word opens one
  assert.deepEqual(parts("Mails, agendas, etc. Les équipes sont mobilisées.", "fr"), ["Mails, agendas, etc.", "Les équipes sont mobilisées."]);
  assert.deepEqual(parts("Le vol. Les passagers attendent.", "fr"), ["Le vol.", "Les passagers attendent."]);
  assert.deepEqual(parts("Voir le vol. 3 du rapport. Fin.", "fr"), ["Voir le vol. 3 du rapport.", "Fin."]);
});

test("English abbreviations: a.m./p.m., Inc., U.S., months, titles; each still ends a sentence before a sentence opener", () => {
  assert.deepEqual(parts("It went down at 1:05 p.m. Wednesday. Then it came back.", "en"), ["It went down at 1:05 p.m. Wednesday.", "Then it came back."]);
  assert.deepEqual(parts("It went down at 9 a.m. The fix came at noon.", "en"), ["It went down at 9 a.m.", "The fix came at noon."]);
  assert.deepEqual(parts("Acme Inc. said the fault was fixed. Users agreed.", "en"), ["Acme Inc. said the fault was fixed.", "Users agreed."]);
  assert.deepEqual(parts("The outage hit Acme Inc. It lasted an hour.", "en"), ["The outage hit Acme Inc.", "It lasted an hour."]);
  assert.deepEqual(parts("Most U.S. customers lost access. Europe was spared.", "en"), ["Most U.S. customers lost access.", "Europe was spared."]);
  assert.deepEqual(parts("It failed on Oct. 4 at noon. Dr. Lee explained why.", "en"), ["It failed on Oct. 4 at noon.", "Dr. Lee explained why."]);
  assert.deepEqual(parts("See issue no. 12 for details. It is closed.", "en"), ["See issue no. 12 for details.", "It is closed."]);
  assert.deepEqual(parts("Was it back? The answer was no. The team kept working.", "en"), ["Was it back?", "The answer was no.", "The team kept working."]);
});

test("the abbreviation list is the document's language's: 'Mr.' is not French and 'vol.' is a flight in French", () => {
  // with no language known, both lists apply
  assert.deepEqual(parts("Le vol. Les passagers attendent."), ["Le vol.", "Les passagers attendent."]);
  assert.equal(parts("He spoke with Mr. Lee.", "fr").length, 2);
  assert.equal(parts("He spoke with Mr. Lee.", "en").length, 1);
});

test("sentenceAt finds the sentence holding an offset", () => {
  const text = "One. Two. Three.";
  const doc = { sentences: splitSentences(text, "en") };
  assert.equal(text.slice(sentenceAt(doc, 6).start, sentenceAt(doc, 6).end).trim(), "Two.");
  assert.deepEqual(sentenceAt({ sentences: [] }, 3), { start: 0, end: 0, paragraph: 0 });
});

test("after an abbreviation that may end a sentence, only a word written as a sentence's first opens one", () => {
  // "ET" is a zone, not French "Et"; "the" in lower case continues the sentence
  assert.deepEqual(parts("It went down at 9 a.m. ET. It came back later."), ["It went down at 9 a.m. ET.", "It came back later."]);
  assert.deepEqual(parts("Il est tombé en panne à 9 a.m. Et personne n'a réagi."), ["Il est tombé en panne à 9 a.m.", "Et personne n'a réagi."]);
  assert.deepEqual(parts("Shares of Acme Inc. the maker of routers fell.", "en"), ["Shares of Acme Inc. the maker of routers fell."]);
});
