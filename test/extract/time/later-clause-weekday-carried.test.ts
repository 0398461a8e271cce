// A bare weekday past a clause break after a clock tells that later clause's day: the clock keeps the
// day the narration named before it (the previous sentence, or earlier in its own sentence), not the
// publication day. Own phrasings, English and French, with negatives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../../lib/extract/time/extract-times";

function clockAt(text: string, published: string, lang: "fr" | "en", phrase: string): string | undefined {
  const t = extractTimes(text, { publishedAt: new Date(published), sourceZone: null, lang }).find((x) => x.kind === "instant" && x.phrase === phrase);
  return t && t.kind === "instant" ? t.utc : undefined;
}

test("a clock before ', but … Wednesday' keeps the day narrated before it (en)", () => {
  // published on Friday: 9 p.m. is Monday's, as the previous sentence says, not Thursday's
  const text = "The bank's app stopped working at 6:10 p.m. Monday. Most payments went through again by 9 p.m., but some card holders were locked out until 1 a.m. Wednesday.";
  assert.equal(clockAt(text, "2025-06-13T15:00:00Z", "en", "9 p.m."), "2025-06-10T01:00:00Z");
});

test("a clock before ', puis mercredi' keeps the day written before it (fr)", () => {
  // "Lundi dès 10 h, puis mercredi matin": 10 h is Monday's
  const text = "Lundi dès 10 h, puis mercredi matin, la plateforme des impôts a refusé les connexions.";
  assert.equal(clockAt(text, "2025-06-11T14:00:00Z", "fr", "10 h"), "2025-06-09T08:00:00Z");
  const story = "La messagerie a lâché samedi vers 8 h. Elle est revenue vers 13 h, mais des lenteurs ont persisté jusqu'à lundi.";
  assert.equal(clockAt(story, "2025-06-10T09:00:00Z", "fr", "13 h"), "2025-06-07T11:00:00Z");
});

test("negatives: a weekday beside its clock or before it in the clause still dates it", () => {
  assert.equal(clockAt("Service returned at 11 p.m. Tuesday, and the company apologised.", "2025-06-13T15:00:00Z", "en", "11 p.m."), "2025-06-11T03:00:00Z");
  assert.equal(clockAt("Le site est revenu mardi vers 15 h, mais sans les paiements.", "2025-06-13T15:00:00Z", "fr", "15 h"), "2025-06-10T13:00:00Z");
  // no day named before: the later clause's weekday still does not date it (the publication day does)
  assert.equal(clockAt("Service was restored at 2 p.m. ET, but a backlog of orders could take until Thursday to clear.", "2025-03-12T22:00:00Z", "en", "2 p.m. ET"), "2025-03-12T18:00:00Z");
});
