import { test } from "node:test";
import assert from "node:assert/strict";
import { findServices } from "../../lib/extract/find-services";
import { makeTextView } from "../../lib/extract/text-view";

const names = (title: string, text: string, lang: "fr" | "en" = "en") =>
  [...new Set(findServices(makeTextView(title, text), lang).map((h) => h.entry.name))];

test("aliases map to one canonical service with its owner", () => {
  const v = makeTextView("", "Amazon Web Services and GCP customers, plus Office 365 and Hotmail users, were hit.");
  const hits = findServices(v, "en");
  assert.deepEqual([...new Set(hits.map((h) => h.entry.name))], ["AWS", "Google Cloud", "Microsoft 365", "Outlook"]);
  assert.equal(hits[0].entry.company, "Amazon");
});

test("word boundaries: no service inside other words", () => {
  assert.deepEqual(names("", "The metaverse and Facebooking are not services; slacking and discordant neither."), []);
  assert.deepEqual(names("", "Facebook, Instagram et WhatsApp sont en panne.", "fr"), ["Facebook", "Instagram", "WhatsApp"]);
});

test("X only as the social network: after 'le réseau social', '(ex-Twitter)', 'formerly Twitter', 'on X'", () => {
  assert.deepEqual(names("", "Le réseau social X a connu une panne samedi.", "fr"), ["X"]);
  assert.deepEqual(names("", "X (ex-Twitter) était inaccessible.", "fr"), ["X"]);
  assert.deepEqual(names("", "X, formerly Twitter, went down on Saturday."), ["X"]);
  assert.deepEqual(names("", "Users complained on X about the outage."), ["X"]);
  assert.deepEqual(names("", "Louis X reigned briefly. Chapter X explains the rest. The X factor matters."), []);
  assert.deepEqual(names("", "Windows X-ray scans and 10 X 20 grids."), ["Windows"]);
});

test("X is the service anywhere once Twitter is named", () => {
  const v = makeTextView("", "Twitter had trouble. Later X said it was fixed.");
  assert.equal(findServices(v, "en").filter((h) => h.entry.name === "X").length, 2);
});

test("ordinary words that are also names need their capital and context", () => {
  assert.deepEqual(names("", "Free shipping on orders. The signal was weak. Time to zoom in.", "en"), []);
  assert.deepEqual(names("", "Les abonnés de l'opérateur Free et d'Orange ont subi une coupure de la fibre.", "fr"), ["Free", "Orange"]);
  assert.deepEqual(names("", "Signal et Telegram ont profité de la panne.", "fr"), ["Signal", "Telegram"]);
});

test("a second name of the same service right after is one mention", () => {
  const v = makeTextView("", "X (formerly known as Twitter) was down.");
  assert.equal(findServices(v, "en").length, 1);
});

test("X named as a tenant or as declining to comment is the social network", () => {
  const names = (title: string, text: string) => findServices(makeTextView(title, text), "en").map((h) => h.entry.name);
  assert.ok(names("Smoke at a server hall leased by X", "Crews left by noon.").includes("X"));
  assert.ok(names("Timelines stalled for hours", "X has not commented on the outage.").includes("X"));
});
