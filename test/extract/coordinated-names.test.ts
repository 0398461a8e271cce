import { test } from "node:test";
import assert from "node:assert/strict";
import { coordinatedNames } from "../../lib/extract/coordinated-names";
import { findServices } from "../../lib/extract/find-services";
import { makeTextView } from "../../lib/extract/text-view";
import { outageFacts, roleOf } from "./article-helpers";

const listed = (title: string, text: string, lang: "fr" | "en") => {
  const view = makeTextView(title, text, lang);
  return coordinatedNames(view, findServices(view, lang)).map((h) => h.entry.name);
};

test("an unknown name listed with known services is a service, in French and English", () => {
  assert.deepEqual(listed("Instagram, Plivex et WhatsApp ne répondent plus", "Les abonnés de Plivex s'impatientent.", "fr"), ["Plivex"]);
  assert.deepEqual(listed("Slack and Quorra Cloud went dark on Monday", "Quorra Cloud customers waited for hours.", "en"), ["Quorra"]);
  assert.deepEqual(listed("Azure, Teams, Brindle, and Outlook Are Back After A Long Outage", "Brindle said it was fine.", "en"), ["Brindle"]);
  // a headline word opening the run is passed over ("Panne Plivex et Gmail")
  assert.deepEqual(listed("Panne Plivex et Gmail dans la matinée", "Plivex a rétabli le service.", "fr"), ["Plivex"]);
  // the list may sit in the lead rather than the title
  assert.deepEqual(listed("Messaging apps down", "Customers of WhatsApp, Telegram and Zunder could not send messages. Zunder apologised.", "en"), ["Zunder"]);
});

test("no list, no known member, a word said once, or a generic word: nothing", () => {
  // named once only: a title-cased headline's words are not names
  assert.deepEqual(listed("Facebook, Instagram And Others Go Down", "Several apps failed.", "en"), []);
  assert.deepEqual(listed("WhatsApp et Quelques Autres en panne", "Plusieurs applis étaient coupées.", "fr"), []);
  // no known service in the list
  assert.deepEqual(listed("Plivex and Zunder are down", "Plivex and Zunder said so.", "en"), []);
  // countries, companies and kind nouns are not services
  assert.deepEqual(listed("Orange, France et Belgique : le réseau tombe", "La France et la Belgique sont touchées.", "fr"), []);
  assert.deepEqual(listed("Gmail, Google and Microsoft shares", "Google and Microsoft rose.", "en"), []);
  // a known service outside the list ("Plivex and Zunder down, Slack says") links nothing
  assert.deepEqual(listed("Plivex and Zunder down, says a Slack bot", "Plivex and Zunder are back.", "en"), []);
});

test("the listed name takes the role its sentence gives the list", () => {
  const failed = outageFacts("WhatsApp, Plivex et Telegram en panne ce matin", "Les utilisateurs de Plivex ne pouvaient plus envoyer de messages.");
  assert.equal(roleOf(failed, "Plivex"), "failed");
  // customers of a failed CDN listed with a known one are its knock-on victims
  const victims = outageFacts("Cloudflare outage takes down Discord, Brindle and Shopify stores", "Brindle was unreachable while Cloudflare was down.");
  assert.equal(roleOf(victims, "Cloudflare"), "failed");
  assert.notEqual(roleOf(victims, "Brindle"), "failed");
});

test("a name after a comma alone is an apposition, not a list", () => {
  assert.deepEqual(listed("Panne chez Orange", "La porte-parole d'Orange, Jeanne Vasseur, a confirmé la panne. Selon Jeanne Vasseur, tout est rétabli.", "fr"), []);
  assert.deepEqual(listed("Slack down", "A Slack spokesman, Tom Ferris, said the fix was live. Tom Ferris did not give a cause.", "en"), []);
});
