import { test } from "node:test";
import { CLOCK_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("clock times: 18h30, midi, minuit, 4 p.m., 10 heures du soir, depuis 15 heures", () => {
  assertCasesPass(CLOCK_CASES);
});
