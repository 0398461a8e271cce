import { test } from "node:test";
import { RANGE_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("ranges: de 16h à 18h30, from 11 a.m. to 2 p.m. PT, across midnight, with a zone after the end", () => {
  assertCasesPass(RANGE_CASES);
});
