import { test } from "node:test";
import { NIGHT_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("nights spanning two days: la nuit de mardi à mercredi, last night, cette nuit, Monday night", () => {
  assertCasesPass(NIGHT_CASES);
});
