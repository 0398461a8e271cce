// Where an undated document goes among the dated groups of its neighbourhood, from its mean likeness
// to each: at the model's floor the likest; under it only a group that clearly stands out.
import { test } from "node:test";
import assert from "node:assert/strict";
import { undatedPlace } from "../../lib/cluster/undated-place";
import { UNDATED_PLACEMENT } from "../../lib/cluster/data/similarity-weights";

const FLOOR = 0.5;
const under = (UNDATED_PLACEMENT.floor + FLOOR) / 2;

test("at the floor the likest group takes it, the first of equals", () => {
  assert.equal(undatedPlace([0.2, 0.6, 0.55], FLOOR), 1);
  assert.equal(undatedPlace([0.6, 0.6], FLOOR), 0);
});

test("under the floor, a group that stands out from every other takes it", () => {
  assert.equal(undatedPlace([under], FLOOR), 0);
  assert.equal(undatedPlace([0, null, under], FLOOR), 2);
  assert.equal(undatedPlace([under - UNDATED_PLACEMENT.margin - 0.01, under], FLOOR), 1);
});

test("under the floor, two groups of its service about as like it leave it alone; so does too little likeness", () => {
  assert.equal(undatedPlace([under, under - UNDATED_PLACEMENT.margin / 2], FLOOR), -1);
  assert.equal(undatedPlace([under - UNDATED_PLACEMENT.margin / 2, under], FLOOR), -1);
  assert.equal(undatedPlace([UNDATED_PLACEMENT.floor - 0.01], FLOOR), -1);
  assert.equal(undatedPlace([null, null], FLOOR), -1);
  assert.equal(undatedPlace([], FLOOR), -1);
});

test("a weekday that meets a group's day lets the likest group take it from the weekday floor", () => {
  const low = (UNDATED_PLACEMENT.weekdayFloor + UNDATED_PLACEMENT.floor) / 2;
  assert.equal(undatedPlace([0.02, low], FLOOR, [null, true]), 1);
  // without the weekday, or with it meeting only a less like group, the same likeness is too little
  assert.equal(undatedPlace([0.02, low], FLOOR), -1);
  assert.equal(undatedPlace([0.02, low], FLOOR, [true, null]), -1);
  assert.equal(undatedPlace([UNDATED_PLACEMENT.weekdayFloor - 0.01], FLOOR, [true]), -1);
});

test("a group whose day the weekdays contradict is no candidate, however like", () => {
  assert.equal(undatedPlace([0.9], FLOOR, [false]), -1);
  assert.equal(undatedPlace([0.9, 0.6], FLOOR, [false, true]), 1);
});
