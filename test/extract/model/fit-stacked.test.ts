import { test } from "node:test";
import assert from "node:assert/strict";
import { fitStacked } from "../../../lib/extract/model/fit-stacked";
import { probability } from "../../../lib/extract/model/linear-model";
import { trainLogistic, type TrainingExample } from "../../../lib/extract/model/train-logistic";

const OPTIONS = { minGroups: 3, l2: 0.001, passes: 200, rate: 0.1, minWeight: 0.005, balance: true, densePrefixes: ["r:"] };
const STACK = { folds: 5, l2: 0.001 };

// Sixty articles: a general word right on two articles in three, words in small clusters (each in
// three articles of one class, so the words can learn every article by heart), and one dense signal
// right on four articles in five: the case of a look-alike signal beside thousands of word features.
function examples(): TrainingExample[] {
  return Array.from({ length: 60 }, (_, i) => {
    const label = (i % 2) as 0 | 1;
    const k = Math.floor(i / 2);
    const features = new Map<string, number>([[`w:${label}-${Math.floor(k / 3)}`, 1]]);
    if ((label === 1) !== (k % 3 === 0)) features.set("w:general", 1);
    if ((label === 0) !== (k % 5 === 0)) features.set("r:signal", 1);
    return { label, group: `g${i}`, features };
  });
}

test("a dense signal earns more weight when the words are scored out of fold than when fitted with them", () => {
  const joint = trainLogistic(examples(), OPTIONS).weights["r:signal"] ?? 0;
  const stacked = fitStacked(examples(), OPTIONS, STACK).weights["r:signal"] ?? 0;
  assert.ok(stacked < 0 && joint <= 0, `${stacked} ${joint}`);
  assert.ok(Math.abs(stacked) > 1.2 * Math.abs(joint), `stacked ${stacked}, joint ${joint}`);
});

test("the stacked model is one linear model over the same feature names, deterministic", () => {
  const a = fitStacked(examples(), OPTIONS, STACK);
  assert.deepEqual(a, fitStacked(examples(), OPTIONS, STACK));
  assert.ok(!Object.keys(a.weights).some((name) => !name.startsWith("w:") && !name.startsWith("r:")));
  // it still tells the classes apart on what it was fitted on
  const right = examples().filter((e) => (probability(a, e.features) >= 0.5) === (e.label === 1)).length;
  assert.ok(right >= 54, `${right}/60`);
});

test("own examples teach the words only: the dense signals are weighed on the corpus's examples", () => {
  // own examples on which the signal is always wrong: marked own, they leave its weight as it was
  const own = Array.from({ length: 20 }, (_, i): TrainingExample => ({
    label: (i % 2) as 0 | 1, group: `own:${i}`, own: true, features: new Map([["w:general", 1], ...(i % 2 === 1 ? [["r:signal", 1] as [string, number]] : [])]),
  }));
  const alone = fitStacked(examples(), OPTIONS, STACK).weights["r:signal"];
  // (the words' out-of-fold scores move a little with them, so the weight is near, not equal)
  const withOwn = fitStacked([...examples(), ...own], OPTIONS, STACK).weights["r:signal"];
  const notOwn = fitStacked([...examples(), ...own.map((e) => ({ ...e, own: false }))], OPTIONS, STACK).weights["r:signal"];
  assert.ok(Math.abs(withOwn - alone) < 0.05 * Math.abs(alone), `${withOwn} ${alone}`);
  assert.ok(Math.abs(notOwn) < 0.5 * Math.abs(alone), `${notOwn} ${alone}`);
});
