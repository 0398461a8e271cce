// In a follow-up, a statement's day does not date the narrated clocks, except a clock after "since" /
// "depuis": the state it starts is counted back from the moment of speaking, so the clock is the
// statement's day. Own phrasings, English and French, with negatives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../../lib/extract/time/extract-times";

function clockAt(text: string, published: string, lang: "fr" | "en", phrase: string): string | undefined {
  const t = extractTimes(text, { publishedAt: new Date(published), sourceZone: null, lang }).find((x) => x.kind === "instant" && x.phrase === phrase);
  return t && t.kind === "instant" ? t.utc : undefined;
}

test("'said Wednesday evening that … since 6 p.m.' is Wednesday's 6 p.m. (en)", () => {
  const text = "Tuesday's outage at the regional bank dragged on for a second day. The bank said Wednesday evening that online banking had been working again since 6 p.m.";
  assert.equal(clockAt(text, "2025-06-12T14:00:00Z", "en", "6 p.m."), "2025-06-11T22:00:00Z");
});

test("'a indiqué mardi soir que … depuis 19 h' is Tuesday's 19 h (fr)", () => {
  const text = "La panne de lundi chez l'opérateur s'est prolongée. L'opérateur a indiqué mardi soir que le réseau était rétabli depuis 19 h.";
  assert.equal(clockAt(text, "2025-06-11T08:00:00Z", "fr", "19 h"), "2025-06-10T17:00:00Z");
});

test("negatives: a clock the statement narrates without 'since' stays on the outage's day", () => {
  const en = "Tuesday's outage at the regional bank lasted hours. The bank said Wednesday that the trouble began at 6 p.m.";
  assert.equal(clockAt(en, "2025-06-12T14:00:00Z", "en", "6 p.m."), "2025-06-10T22:00:00Z");
  const fr = "La panne de lundi chez l'opérateur a duré. L'opérateur a indiqué mardi que la coupure avait commencé vers 19 h.";
  assert.equal(clockAt(fr, "2025-06-11T08:00:00Z", "fr", "19 h"), "2025-06-09T17:00:00Z");
});
