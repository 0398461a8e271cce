// One report writes an operator's full brand ("Zorvex Broadband"), another its head alone
// ("Zorvex"): clustering must see them share the service. Invented names, fr and en.
import test from "node:test";
import assert from "node:assert/strict";
import { makeDoc } from "./fixtures/make-doc";
import { documentFeatures } from "../../lib/cluster/document-features";
import { similarityTerms } from "../../lib/cluster/document-similarity";
import { sameBrandHead } from "../../lib/extract/brand-head";

const entityOf = (a: string, b: string) =>
  similarityTerms(
    documentFeatures(makeDoc({ url: "https://a.test/1", title: a, failed: [a], outageDay: "2026-03-02" })),
    documentFeatures(makeDoc({ url: "https://b.test/2", title: b, failed: [b], outageDay: "2026-03-02" })),
  ).entity;

test("a brand with its trade word and without it is one service (en)", () => {
  assert.equal(entityOf("Zorvex Broadband", "Zorvex"), 1);
  assert.equal(entityOf("Kelpie", "Kelpie Mobile"), 1);
  assert.equal(entityOf("Northway Bank", "Northway"), 1);
});

test("a brand with its trade word and without it is one service (fr)", () => {
  assert.equal(entityOf("Lumière Télécom", "Lumière"), 1);
  assert.equal(entityOf("Zorvex", "Zorvex Banque"), 1);
  assert.equal(entityOf("Zorvex Fibre", "Zorvex"), 1);
});

test("a product word, another head, or a longer name that only starts alike is not the brand", () => {
  // a part of the brand may fail alone
  assert.equal(entityOf("Zorvex App", "Zorvex"), 0);
  assert.equal(entityOf("Zorvex Cloud", "Zorvex"), 0);
  assert.equal(entityOf("Zorvex Paiements", "Zorvex"), 0);
  // another brand that happens to start with the same word
  assert.equal(entityOf("Zorvex Lumière", "Zorvex"), 0);
  assert.equal(sameBrandHead("zorvexia", "zorvex"), false);
  assert.equal(sameBrandHead("acme broadband", "zorvex broadband"), false);
});

test("a brand with its trade word is filed where the reports that shorten it look, and a product is not", async () => {
  const { indexKeys, lookupKeys } = await import("../../lib/cluster/index-keys");
  const full = makeDoc({ url: "https://a.test/3", title: "t", failed: ["Zorvex Broadband"], outageDay: "2026-03-01" });
  const short = makeDoc({ url: "https://b.test/4", title: "t", failed: ["Zorvex"], outageDay: "2026-03-02" });
  assert.ok(lookupKeys(short.facts).some((k) => indexKeys(full.facts).includes(k)));
  const banque = makeDoc({ url: "https://a.test/5", title: "t", failed: ["Lumière Télécom"], outageDay: "2026-03-01" });
  assert.ok(indexKeys(banque.facts).includes("lumiere|2026-03-01"));
  const app = makeDoc({ url: "https://a.test/6", title: "t", failed: ["Zorvex App"], outageDay: "2026-03-01" });
  assert.ok(!indexKeys(app.facts).some((k) => k.startsWith("zorvex|")));
});
