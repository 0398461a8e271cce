// One outlet writes a service's acronym, another its full name ("GTBank" / "Guaranty Trust Bank"
// style): clustering must see them share the service. Invented names, fr and en.
import test from "node:test";
import assert from "node:assert/strict";
import { makeDoc } from "./fixtures/make-doc";
import { documentFeatures } from "../../lib/cluster/document-features";
import { similarityTerms } from "../../lib/cluster/document-similarity";
import { nameInitials, sameInitials } from "../../lib/cluster/name-initials";

const entityOf = (a: string, b: string) =>
  similarityTerms(
    documentFeatures(makeDoc({ url: "https://a.test/1", title: a, failed: [a], outageDay: "2026-03-02" })),
    documentFeatures(makeDoc({ url: "https://b.test/2", title: b, failed: [b], outageDay: "2026-03-02" })),
  ).entity;

test("an acronym and the full name whose initials it writes are one service (en)", () => {
  assert.equal(entityOf("ZTBank", "Zenora Trust Bank"), 1);
  assert.equal(entityOf("Northway Rail Booking Corporation", "NRBC"), 1);
});

test("an acronym and the full name whose initials it writes are one service (fr)", () => {
  // linking words are not initials: "Caisse d'allocations vertes" -> cav
  assert.equal(entityOf("Caisse d'allocations vertes", "CAV"), 1);
  assert.equal(entityOf("Banque Lumière Populaire", "BLP"), 1);
});

test("names alike by letters alone, or too short to tell, are not one service", () => {
  // two full names with the same initials are two services
  assert.equal(entityOf("Zenora Trust Bank", "Zephyr Telecom Broadband"), 0);
  // two acronyms are compared as names, not as initials
  assert.equal(entityOf("ZTB", "ZTBank"), 0);
  // two capitals say too little ("PayPal"-like names)
  assert.equal(nameInitials("ZorPay"), null);
  assert.equal(nameInitials("Zorvex Pay"), null);
  assert.equal(entityOf("Acme Banque", "AB"), 0);
  // a plain word is no acronym
  assert.equal(nameInitials("Zorvex"), null);
  assert.equal(sameInitials(nameInitials("Télécom Réseau Lumière") ?? undefined, nameInitials("TRL") ?? undefined), true);
});
