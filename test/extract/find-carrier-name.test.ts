import { test } from "node:test";
import assert from "node:assert/strict";
import { findCarrierName } from "../../lib/extract/find-carrier-name";
import { findServices } from "../../lib/extract/find-services";
import { makeTextView } from "../../lib/extract/text-view";
import { outageFacts, roleOf } from "./article-helpers";

const carrier = (title: string, text: string, lang: "fr" | "en" = "en") => {
  const view = makeTextView(title, text, lang);
  return findCarrierName(view, findServices(view, lang))?.entry.name ?? null;
};

test("the unknown name others run on, rely on or are hosted by is read, up to its possessive or a generic word (en, fr)", () => {
  assert.equal(carrier("Shops go dark", "Three webshops and a ticketing app failed at noon; all of them run on Nimbo Cloud's Lisbon region. Nimbo Cloud has not explained."), "Nimbo");
  assert.equal(carrier("Logins fail", "Pension funds that rely on Zorvex ID for logins said members were turned away. Zorvex ID said a fix was coming."), "Zorvex ID");
  assert.equal(carrier("Sites en rade", "Des centaines de sites hébergés chez Brumaire sont restés injoignables toute la matinée. Brumaire n'a pas commenté.", "fr"), "Brumaire");
  assert.equal(carrier("Boutiques coupées", "Les boutiques qui s'appuient sur Kalimo pour encaisser n'ont rien pu vendre. Kalimo promet un rapport.", "fr"), "Kalimo");
  // a full stop at a word's end closes the sentence, not the name
  assert.equal(carrier("Tills frozen", "Corner shops rely on Nimbo. Customers could not pay for two hours, and Nimbo apologised."), "Nimbo");
});

test("a known service, a place, a generic word or lower-case words after the cue are no carrier name (en, fr)", () => {
  assert.equal(carrier("Apps down", "Dozens of apps that run on Google Cloud failed on Monday."), null);
  assert.equal(carrier("Outage", "Teams relying on the SaaS offering were stuck all morning."), null);
  assert.equal(carrier("Outage", "Servers hosted in Frankfurt went dark; firms that depend on cheap hosting were hit."), null);
  assert.equal(carrier("Panne", "Les sites hébergés chez Paris ont été coupés.", "fr"), null);
  // a name met once after the cue is a host or a tool in passing, not the carrier whose failure is told
  assert.equal(carrier("Outage talk", "The outage was discussed on a podcast hosted by Jane Marlowe; analysts who rely on Excel were unfazed."), null);
});

test("in an outage story naming no failed service, what the customers run on failed and they are not its subject (en, fr)", () => {
  const en = outageFacts("Food apps go down as a cloud region falters", "Delivery app Yumbox and digital bank Corvel both failed on Monday afternoon, and both run on Nimbo Cloud's Lisbon region. Nimbo said it was investigating.");
  assert.equal(roleOf(en, "Nimbo Cloud") ?? roleOf(en, "Nimbo"), "failed");
  assert.equal(roleOf(en, "Yumbox"), undefined);
  const fr = outageFacts("Des centaines de sites injoignables", "La boutique en ligne Tissage Martin et des centaines d'autres sites hébergés chez Brumaire ont disparu du web mardi. Brumaire évoque une panne électrique.");
  assert.equal(roleOf(fr, "Brumaire"), "failed");
});
