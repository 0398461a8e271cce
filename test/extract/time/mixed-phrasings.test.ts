import { test } from "node:test";
import { MIXED_CASES, VARIANT_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("whole news sentences with several expressions each", () => {
  assertCasesPass(MIXED_CASES);
});

test("variants: wire-agency clocks, fillers, parts of day before the day, long zone names", () => {
  assertCasesPass(VARIANT_CASES);
});
