import { test } from "node:test";
import { ZONE_WORD_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("zones in words: nationalities, cities, regions, 'à Paris', 'London time'", () => {
  assertCasesPass(ZONE_WORD_CASES);
});
