import { test } from "node:test";
import { DST_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("daylight saving switch days in Europe and the US come from the zone database", () => {
  assertCasesPass(DST_CASES);
});
