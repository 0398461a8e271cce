import { test } from "node:test";
import { WEEKDAY_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("weekdays relative to publication: ce vendredi, dimanche soir, last Tuesday, mardi dernier", () => {
  assertCasesPass(WEEKDAY_CASES);
});
