// The own short items' opt-in training switches (scripts/own-short-items.ts): `--own-regions` keeps
// only the named word regions of each item, `--own-content-words` drops function words' features.
import assert from "node:assert/strict";
import test from "node:test";
import { ownContentOnly, ownRegions, ownShortExamples } from "../../../scripts/own-short-items";

const names = (regions: string[] | null, contentOnly = false) =>
  new Set(ownShortExamples(1, regions, contentOnly).flatMap((e) => [...(e.detect?.keys() ?? [])]));

test("own items kept to the lead region teach no whole-text word, and keep their lead words and rule signals", () => {
  const all = names(null);
  const lead = names(["l:"]);
  assert.ok([...all].some((n) => n.startsWith("w:")));
  assert.ok(![...lead].some((n) => n.startsWith("w:") || n.startsWith("b:")));
  assert.ok([...lead].some((n) => n.startsWith("l:")));
  assert.ok([...lead].some((n) => n.startsWith("r:")));
  assert.deepEqual(ownRegions(["--own-regions", "l"]), ["l:"]);
  assert.equal(ownRegions([]), null);
  assert.throws(() => ownRegions(["--own-regions", "x"]));
});

test("own items without function words: no 'pour', 'le', 'the' feature in either region, content words stay", () => {
  const all = names(null);
  const content = names(null, true);
  // stems as the Snowball stemmers give them ("pour" and "le" in French, "the" in English)
  for (const n of ["l:pour", "w:pour", "w:le", "w:the"]) {
    assert.ok(all.has(n), n);
    assert.ok(!content.has(n), n);
  }
  assert.ok([...content].some((n) => n.startsWith("w:pann")));
  assert.ok([...content].some((n) => n.startsWith("l:outag")));
  assert.equal(ownContentOnly(["--own-content-words"]), true);
  assert.equal(ownContentOnly([]), false);
});
