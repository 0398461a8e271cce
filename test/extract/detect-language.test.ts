import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage } from "../../lib/extract/detect-language";

test("a declared language is normalised (fr-FR -> fr, en_GB -> en)", () => {
  assert.equal(detectLanguage("fr-FR", "The service was down."), "fr");
  assert.equal(detectLanguage("en_GB", "Le service était en panne."), "en");
  assert.equal(detectLanguage(" FR ", ""), "fr");
});

test("without a usable declaration the text decides, French or English only", () => {
  assert.equal(detectLanguage(null, "Les utilisateurs de la messagerie n'arrivaient plus à envoyer leurs messages depuis le début de l'après-midi."), "fr");
  assert.equal(detectLanguage("de", "Users of the messaging app could not send their messages for most of the afternoon, the company said."), "en");
  assert.equal(detectLanguage(null, "la panne est"), "fr");
  assert.equal(detectLanguage(null, "the app is down"), "en");
});
