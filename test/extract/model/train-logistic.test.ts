import { test } from "node:test";
import assert from "node:assert/strict";
import { probability, type Features } from "../../../lib/extract/model/linear-model";
import { trainLogistic, type TrainingExample } from "../../../lib/extract/model/train-logistic";

const opts = { minGroups: 2, l2: 0.001, passes: 200, rate: 0.1, minWeight: 0.005, balance: true, densePrefixes: ["r:"] };
const ex = (names: string[], label: 0 | 1, group: string): TrainingExample => ({ features: new Map(names.map((n) => [n, 1])) as Features, label, group });
const examples = [
  ex(["w:down", "w:app"], 1, "i1"), ex(["w:down", "w:site"], 1, "i2"), ex(["w:outage", "w:app", "w:quirk"], 1, "i3"),
  ex(["w:outage", "w:site"], 1, "i4"), ex(["w:earnings", "w:app"], 0, "n1"), ex(["w:earnings", "w:site"], 0, "n2"),
  ex(["w:launch", "w:app", "r:rule"], 0, "n3"), ex(["w:launch", "w:site"], 0, "n4"),
];

test("fits a separable problem: failure words up, off-topic words down", () => {
  const m = trainLogistic(examples, opts);
  assert.ok(probability(m, new Map([["w:down", 1]])) > 0.7);
  assert.ok(probability(m, new Map([["w:earnings", 1]])) < 0.3);
  assert.ok(m.weights["w:down"] > 0 && m.weights["w:earnings"] < 0);
});

test("a word met in a single incident or article is dropped; the rule layer's signals are kept", () => {
  const m = trainLogistic(examples, opts);
  assert.equal(m.weights["w:quirk"], undefined);
  assert.ok("r:rule" in m.weights);
});

test("deterministic and independent of the order features were met in", () => {
  const a = JSON.stringify(trainLogistic(examples, opts));
  const reordered = examples.map((e) => ({ ...e, features: new Map([...e.features].reverse()) }));
  assert.equal(JSON.stringify(trainLogistic(reordered, opts)), a);
});

test("own examples (written for the project) fit the corpus's words but admit none of their own to the vocabulary", () => {
  const own = (names: string[], label: 0 | 1, id: string): TrainingExample => ({ ...ex(names, label, `own:${id}`), own: true });
  // "w:carafe" is met in three own reports and no corpus article: not a corpus word, no weight
  const withOwn = [...examples, own(["w:carafe", "w:launch"], 1, "a"), own(["w:carafe", "w:launch"], 1, "b"), own(["w:carafe", "w:site"], 1, "c")];
  const m = trainLogistic(withOwn, opts);
  assert.equal(m.weights["w:carafe"], undefined);
  // the corpus word they carry is fitted on them too: "launch" in own reports weighs less against
  assert.ok(m.weights["w:launch"] > trainLogistic(examples, opts).weights["w:launch"]);
  // the same examples not marked own would admit the word
  assert.ok("w:carafe" in trainLogistic(withOwn.map((e) => ({ ...e, own: false })), opts).weights);
});

test("an example's weight is its share of the loss: weight 2 fits as the example twice, a small weight moves the words less", () => {
  const extra = ex(["w:launch", "w:app"], 1, "own:x");
  const twice = trainLogistic([...examples, extra, extra], opts);
  assert.deepEqual(trainLogistic([...examples, { ...extra, weight: 2 }], opts), twice);
  const full = trainLogistic([...examples, extra], opts).weights["w:launch"];
  const light = trainLogistic([...examples, { ...extra, weight: 0.1 }], opts).weights["w:launch"];
  const none = trainLogistic(examples, opts).weights["w:launch"];
  assert.ok(none < light && light < full, `${none} < ${light} < ${full}`);
});
