// A recovery word denied right before it ("toujours pas rétabli", "still not restored", "pas encore
// revenue") says the outage was still going on at the clock: a checkpoint, never the recovery. Our own
// phrasings, invented services.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../lib/extract/extract-article";
import type { TimeFact } from "../../lib/domain/types";

const facts = (lang: "fr" | "en", text: string): TimeFact[] =>
  extractArticle({ url: "https://e.test/a", kind: "news", lang, title: lang === "fr" ? "Panne chez Zelbo" : "Zelbo outage", text, publishedAt: new Date("2026-05-12T22:00:00Z"), sourceName: null, sourceZone: null }).times;
const roleOf = (fs: TimeFact[], phrase: string) => fs.find((f) => f.time.phrase.startsWith(phrase))?.role;

test("a denied recovery is no recovery (fr)", () => {
  const fs = facts("fr", "Les paiements Zelbo sont tombés vers 9 h. À 18 h, le service n'était toujours pas rétabli, selon des commerçants.");
  assert.equal(roleOf(fs, "18 h"), "other", JSON.stringify(fs));
  const yet = facts("fr", "Vers 17 h 30, l'application Zelbo n'était pas encore revenue pour la plupart des abonnés.");
  assert.equal(roleOf(yet, "17 h 30"), "other", JSON.stringify(yet));
  // negative: the same words undenied are the recovery
  const plain = facts("fr", "À 18 h, le service Zelbo était rétabli, selon des commerçants.");
  assert.equal(roleOf(plain, "18 h"), "recovery", JSON.stringify(plain));
});

test("a denied recovery is no recovery (en); 'not fully restored until' still dates the end", () => {
  const fs = facts("en", "Zelbo's checkout failed at 9 a.m. At 6 p.m. the service was still not restored, shoppers said.");
  assert.equal(roleOf(fs, "6 p.m."), "other", JSON.stringify(fs));
  // negative: "until" names when the full recovery came
  const until = facts("en", "Most Zelbo subscribers were back by 10 p.m., but service was not fully restored until 1:40 a.m.");
  assert.equal(roleOf(until, "1:40"), "end", JSON.stringify(until));
});
