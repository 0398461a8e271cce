// A query word is looked up in the search's word tables; words that name Object.prototype members
// ("constructor", "__proto__") once read a function from a plain object and threw.
import { test } from "node:test";
import assert from "node:assert/strict";
import { wordVariants } from "../../lib/search/word-variants";
import { queryAlternatives } from "../../lib/search/query-alternatives";

test("words naming Object.prototype members are plain words", () => {
  for (const word of ["constructor", "__proto__", "tostring", "hasownproperty", "valueof"]) {
    assert.deepEqual(wordVariants(word), [word]);
    assert.doesNotThrow(() => queryAlternatives(`panne ${word}`));
  }
});

test("a cause word still stands for its category", () => {
  assert.ok(wordVariants("reseau").includes("network"));
  assert.ok(wordVariants("surcharge").includes("overload"));
});
