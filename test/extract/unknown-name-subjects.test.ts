import { test } from "node:test";
import assert from "node:assert/strict";
import { findUnnamedService } from "../../lib/extract/find-unnamed-service";
import { makeTextView } from "../../lib/extract/text-view";

const unnamed = (title: string, text = "") => findUnnamedService(makeTextView(title, text))?.entry.name ?? null;

test("the owner of two coordinated parts said to fail is the failed service, however many words the parts take", () => {
  assert.equal(unnamed("Zorvex website and app down at peak hour"), "Zorvex");
  assert.equal(unnamed("Banque Lumière's app and online banking are not working"), "Banque Lumière");
  assert.equal(unnamed("Quick update", "The Acme website, and app went down on Monday morning."), "Acme");
  assert.equal(unnamed("Le site et l'application de Zorvex sont inaccessibles depuis ce matin"), "Zorvex");
  assert.equal(unnamed("Le portail et l'espace client d'Acme en panne"), "Acme");
});

test("coordinated parts with no owner, or owned by a place, name no service", () => {
  assert.equal(unnamed("Website and app down at peak hour"), null);
  assert.equal(unnamed("The France website and app down"), null);
  assert.equal(unnamed("Le site et l'application sont inaccessibles depuis ce matin"), null);
  assert.equal(unnamed("Le site et l'application de la France en panne"), null);
});

test("users said to report problems or left stranded name the service they use", () => {
  assert.equal(unnamed("Zorvex users report problems logging in"), "Zorvex");
  assert.equal(unnamed("Acme customers reported errors at checkout on Friday"), "Acme");
  assert.equal(unnamed("Banque Lumière customers stranded as transfers fail"), "Banque Lumière");
  assert.equal(unnamed("Zorvex customers left stranded at the tills"), "Zorvex");
});

test("users reporting something else, or stranded travellers of a place, name no service", () => {
  assert.equal(unnamed("Zorvex users report record sales for the holiday"), null);
  assert.equal(unnamed("French customers stranded as transfers fail"), null);
  assert.equal(unnamed("Thousands of passengers stranded at Heathrow"), null);
  assert.equal(unnamed("Monday customers report problems"), null);
});
