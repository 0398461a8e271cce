import { test } from "node:test";
import assert from "node:assert/strict";
import { detectLanguage, documentLanguage } from "../../lib/extract/detect-language";
import { extractArticle } from "../../lib/extract/extract-article";
import { makeDoc } from "./article-helpers";

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

// Written for this test: outage news in other languages, which the French and English rules must not read.
const GERMAN = "Der Messaging-Dienst war am Dienstagnachmittag für mehrere Stunden gestört. Viele Nutzer konnten keine Nachrichten senden, wie das Unternehmen mitteilte.";
const SPANISH = "La aplicación de mensajería estuvo caída durante varias horas el martes por la tarde. Muchos usuarios no pudieron enviar mensajes, según informó la empresa.";
const ITALIAN = "Il servizio di messaggistica è rimasto bloccato per diverse ore martedì pomeriggio. Molti utenti non sono riusciti a inviare messaggi, ha comunicato l'azienda.";

test("a document in another language is marked with its code, not forced to French or English", () => {
  assert.deepEqual(documentLanguage(null, GERMAN), { lang: null, other: "deu" });
  assert.deepEqual(documentLanguage("es", SPANISH), { lang: null, other: "spa" });
  assert.deepEqual(documentLanguage(null, ITALIAN), { lang: null, other: "ita" });
  // French and English stay themselves, declared or not
  assert.deepEqual(documentLanguage(null, "Les utilisateurs de la messagerie n'arrivaient plus à envoyer leurs messages depuis le début de l'après-midi."), { lang: "fr", other: null });
  assert.deepEqual(documentLanguage(null, "Users of the messaging app could not send their messages for most of the afternoon, the company said."), { lang: "en", other: null });
  assert.deepEqual(documentLanguage("fr", GERMAN), { lang: "fr", other: null });
});

test("an article in another language is kept unread: no outage, no facts, its language marked", () => {
  const f = extractArticle(makeDoc("WhatsApp: Störung am Dienstag", GERMAN, { lang: null }));
  assert.equal(f.otherLanguage, "deu");
  assert.equal(f.isOutage, false);
  assert.equal(f.notOutageReason, "other-language");
  assert.deepEqual([f.services, f.times, f.causes], [[], [], []]);
  const en = extractArticle(makeDoc("WhatsApp down on Tuesday", "WhatsApp was down for two hours on Tuesday afternoon; users could not send messages.", { lang: null }));
  assert.equal(en.otherLanguage, undefined);
});

test("a text too short for franc to tell many languages apart is only asked French or English", () => {
  // franc reads this status update as Danish among all its languages
  assert.deepEqual(documentLanguage(null, "Elevated errors — Investigating\n\nLogins through Google fail for some users."), { lang: "en", other: null });
  assert.notEqual(documentLanguage(null, "Störung bei WhatsApp am Dienstag").lang, null);
});
