// Passing into the failed state ("became unreachable", "went offline", "sont devenus inaccessibles")
// dates the start, even with a return word later in the sentence. Our own phrasings, invented services.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../lib/extract/extract-article";
import type { TimeFact } from "../../lib/domain/types";

const facts = (lang: "fr" | "en", text: string): TimeFact[] =>
  extractArticle({ url: "https://e.test/a", kind: "news", lang, title: lang === "fr" ? "Panne chez Zelbo" : "Zelbo outage", text, publishedAt: new Date("2026-05-12T22:00:00Z"), sourceName: null, sourceZone: null }).times;
const roleOf = (fs: TimeFact[], phrase: string) => fs.find((f) => f.time.phrase.startsWith(phrase))?.role;

test("'became unreachable' and 'went offline' mark the start (en)", () => {
  const fs = facts("en", "Zelbo's portal became unreachable at around 5:10 p.m., and engineers restored it by 6:30 p.m.");
  assert.equal(roleOf(fs, "5:10"), "start", JSON.stringify(fs));
  const later = facts("en", "Zelbo's portal became unreachable at 5:10 p.m. on Monday, then partly came back an hour later.");
  assert.equal(roleOf(later, "5:10"), "start", JSON.stringify(later));
  const off = facts("en", "Zelbo's booking site went offline at 7:25 a.m. and was back online shortly after 8 a.m.");
  assert.equal(roleOf(off, "7:25"), "start", JSON.stringify(off));
  assert.notEqual(roleOf(off, "8 a.m."), "start", JSON.stringify(off));
});

test("'devenus inaccessibles' and 'devenue indisponible' mark the start (fr)", () => {
  const fs = facts("fr", "Les services de Zelbo sont devenus inaccessibles vers 15 h 40, puis sont revenus brièvement vers 16 h 10.");
  assert.equal(roleOf(fs, "15 h 40"), "start", JSON.stringify(fs));
  const one = facts("fr", "La plateforme Zelbo est devenue indisponible à 10 h 15, avant d'être rétablie vers midi.");
  assert.equal(roleOf(one, "10 h 15"), "start", JSON.stringify(one));
});
