import { test } from "node:test";
import { DURATION_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("durations: une heure et demie, plus de deux heures, près de 6h, about 90 minutes, half an hour", () => {
  assertCasesPass(DURATION_CASES);
});
