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

test("ranges of one text read as their own text would, words cut at either end included (en/fr)", () => {
  for (const [text, lang] of [["Outage hits the messaging services; recovery took hours.", "en"], ["Les pannes touchent la messagerie ; le retour prend des heures.", "fr"]] as const) {
    const folded = foldText(text);
    // the whole text first, so that later ranges reuse its words, then ranges cutting words
    const whole = stemWords(folded, lang);
    assert.deepEqual(whole, stemWords(`${folded} `.slice(0, -1), lang));
    for (const [from, to] of [[0, 9], [9, folded.length], [3, 17], [17, 18], [20, 20], [0, folded.length]])
      assert.deepEqual(stemWords(folded, lang, from, to), stemWords(folded.slice(from, to), lang), `${lang} ${from}-${to}`);
  }
  assert.deepEqual(stemWords(foldText("messageries"), "fr", 2, 9), stemWords("ssageri", "fr"));
});
