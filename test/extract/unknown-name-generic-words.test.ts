// The unknown-name rules (a name a title or lead says failed, one introduced by what it is, one a
// story keeps naming) must never take a time zone or an operator's product word for a brand: a
// clock's zone ("depuis 9 h 40 CEST", "at 14:00 UTC") and "TV", "box", "téléphone" are capitalised
// like names and stand right beside the failure words.
import { test } from "node:test";
import assert from "node:assert/strict";
import { outageFacts } from "./article-helpers";
import { findUnnamedService } from "../../lib/extract/find-unnamed-service";
import { makeTextView } from "../../lib/extract/text-view";

const en = (t: string, x: string) => outageFacts(t, x, { lang: "en" });
const fr = (t: string, x: string) => outageFacts(t, x, { lang: "fr" });
const names = (f: ReturnType<typeof en>) => f.services.map((s) => s.name);
const unnamed = (title: string, text = "") => findUnnamedService(makeTextView(title, text))?.entry.name ?? null;

test("a time zone is never the failed service (en, fr)", () => {
  assert.deepEqual(names(en("CEST outage hits payments", "Card payments were down from 10:00 CEST, the processor said.")), []);
  assert.equal(unnamed("PST outage leaves shoppers stuck"), null);
  assert.equal(unnamed("Outage since 08:15 GMT", "Services went down at 08:15 GMT and stayed down."), null);
  assert.equal(unnamed("Panne depuis 9 h HNE", "Le service est tombé à 9 h HNE, heure de Montréal."), null);
  assert.equal(unnamed("Coupure à 14 h UTC", "Tout est tombé en panne à 14 h UTC."), null);
  // the brand beside the zone is still read
  assert.equal(unnamed("Norvia down since 14:00 UTC"), "Norvia");
  assert.deepEqual(names(fr("Panne chez Zentel depuis 9 h 40 CEST", "L'opérateur Zentel ne répond plus depuis 9 h 40 CEST.")), ["Zentel"]);
});

test("an operator's product word is no brand, and the brand beside it is read (en, fr)", () => {
  assert.equal(unnamed("TV down for thousands of homes"), null);
  assert.equal(unnamed("Panne TV : les abonnés privés de télévision"), null);
  assert.equal(unnamed("Broadband outage leaves homes offline"), null);
  assert.equal(unnamed("Zentel TV down for thousands"), "Zentel");
  assert.equal(unnamed("La box de Zentel en panne"), "Zentel");
  assert.deepEqual(names(en("TV down for Zentel customers", "TV outage: Zentel subscribers lost TV and internet on Sunday.")).includes("TV"), false);
  // a known brand that holds the word keeps its whole name
  assert.deepEqual(names(en("YouTube TV down for subscribers", "YouTube TV stopped streaming on Sunday night.")), ["YouTube TV"]);
});

test("a network technology, a holiday or a sentence's pronoun is no brand either (en, fr)", () => {
  assert.equal(unnamed("VPN down for remote staff"), null);
  assert.equal(unnamed("Christmas outage ruins gift cards"), null);
  assert.equal(unnamed("La panne de Noël", "Tout est tombé en panne le 24 au soir."), null);
  assert.equal(unnamed("Everything down at once", "Everything went down at 9 a.m."), null);
  // a brand still stands beside them
  assert.equal(unnamed("Christmas Day: Zentel down for hours"), "Zentel");
});

