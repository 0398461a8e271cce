import { test } from "node:test";
import { MIXED_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("whole news sentences with several expressions each", () => {
  assertCasesPass(MIXED_CASES);
});
