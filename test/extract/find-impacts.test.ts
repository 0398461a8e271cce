import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";
import { parseNumber } from "../../lib/extract/parse-number";

test("numbers as French and English press write them", () => {
  assert.equal(parseNumber("11 871", "fr"), 11871);
  assert.equal(parseNumber("11\u00a0871", "fr"), 11871);
  assert.equal(parseNumber("11\u202f871", "fr"), 11871);
  assert.equal(parseNumber("100,000", "en"), 100000);
  assert.equal(parseNumber("1.5 million", "en"), 1500000);
  assert.equal(parseNumber("3,5 milliards", "fr"), 3500000000);
  assert.equal(parseNumber("70 millions", "fr"), 70000000);
  assert.equal(parseNumber("abc", "en"), null);
});

test("Downdetector counts with French thousands separators and English commas", () => {
  const fr = facts("Panne d'Instagram", "Instagram est en panne. Downdetector recensait plus de 11\u00a0871 plaintes vers 17h.", { lang: "fr" });
  assert.deepEqual(fr.impacts.filter((i) => i.kind === "reports-count").map((i) => i.value), [11871]);
  const en = facts("Instagram outage", "Instagram was down, with more than 100,000 reports on Downdetector.", { lang: "en" });
  assert.deepEqual(en.impacts.filter((i) => i.kind === "reports-count").map((i) => i.value), [100000]);
});

test("shares by problem (69% app, 23% website, 8% login)", () => {
  const en = facts("Facebook outage", "Facebook is down: 69% of reports concerned the app, 23% the website and 8% login.", { lang: "en" });
  assert.deepEqual(en.impacts.filter((i) => i.kind === "problem-share").map((i) => [i.value, i.label]), [[69, "app"], [23, "website"], [8, "login"]]);
  const fr = facts("Panne", "Facebook est en panne : 60 % des signalements concernent l'application et 30 % la connexion.", { lang: "fr" });
  assert.deepEqual(fr.impacts.filter((i) => i.kind === "problem-share").map((i) => [i.value, i.label]), [[60, "app"], [30, "login"]]);
});

test("affected countries and users", () => {
  const f = facts("Panne mondiale", "La panne a touché la France, la Belgique et le Maroc. Des millions d'utilisateurs, soit 3,5 milliards d'utilisateurs potentiels, sont privés de service.", { lang: "fr" });
  assert.equal(f.impacts.find((i) => i.kind === "countries")?.value, "France, Belgium, Morocco");
  assert.equal(f.impacts.find((i) => i.kind === "users")?.value, 3500000000);
  const en = facts("Global outage", "The outage hit users in the United States, India and Brazil.", { lang: "en" });
  assert.equal(en.impacts.find((i) => i.kind === "countries")?.value, "United States, India, Brazil");
});
