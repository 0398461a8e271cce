import { test } from "node:test";
import { ABBREVIATION_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("zone abbreviations and stated offsets: PT, IST, UTC+2, GMT+1, AEST, CT, CET, CEST, ET, PST", () => {
  assertCasesPass(ABBREVIATION_CASES);
});
