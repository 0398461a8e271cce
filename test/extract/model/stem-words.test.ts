import { test } from "node:test";
import assert from "node:assert/strict";
import { stemWords } from "../../../lib/extract/model/stem-words";
import { foldText } from "../../../lib/text/fold-text";

test("inflected forms share a stem in each language; numbers are one token; one-letter words are dropped", () => {
  const [pannes, panne] = stemWords(foldText("pannes, une panne"), "fr").filter((_, i) => i !== 1);
  assert.equal(pannes, panne);
  const [a, b] = [stemWords(foldText("outages"), "en")[0], stemWords(foldText("outage"), "en")[0]];
  assert.equal(a, b);
  assert.notEqual(stemWords("inaccessibles", "fr")[0], "inaccessibles");
  assert.deepEqual(stemWords("a 2021 b 17", "en"), ["#", "#"]);
});

test("only the given range is read", () => {
  const folded = foldText("Panne géante. Le service est rétabli.");
  assert.deepEqual(stemWords(folded, "fr", 0, 12), stemWords(foldText("Panne géante"), "fr"));
});
