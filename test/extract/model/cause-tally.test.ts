// The cross-validation cause tally (scripts/cause-tally.ts): misses split into "no category read"
// and "another category read", incidents whose gold is only "unknown" left out as the scorer does.
import assert from "node:assert/strict";
import test from "node:test";
import { causeTally } from "../../../scripts/cause-tally";

test("a miss with no category and one with another category are told apart; an accepted one is right", () => {
  const t = causeTally([
    { incident: "a", gold: ["config-change", "software-bug"], got: "software-bug" },
    { incident: "b", gold: ["hardware-or-datacenter"], got: null },
    { incident: "c", gold: ["cyberattack"], got: "capacity-overload" },
    { incident: "d", gold: ["third-party"], got: "unknown" },
  ]);
  assert.deepEqual({ right: t.right, counted: t.counted, none: t.none, other: t.other }, { right: 1, counted: 4, none: 2, other: 1 });
  assert.deepEqual(t.wrong.map((w) => w.split(":")[0]), ["b", "c", "d"]);
});

test("an incident whose gold is only 'unknown' is not counted, whatever was read", () => {
  const t = causeTally([{ incident: "x", gold: ["unknown"], got: "software-bug" }, { incident: "y", gold: [], got: null }]);
  assert.deepEqual({ right: t.right, counted: t.counted, none: t.none, other: t.other }, { right: 0, counted: 0, none: 0, other: 0 });
});
