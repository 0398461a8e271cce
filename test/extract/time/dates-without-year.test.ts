import { test } from "node:test";
import { NO_YEAR_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("dates without a year take the latest year at or before publication, matching the weekday", () => {
  assertCasesPass(NO_YEAR_CASES);
});
