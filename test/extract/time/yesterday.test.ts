import { test } from "node:test";
import { YESTERDAY_CASES } from "./own-cases";
import { assertCasesPass } from "./time-case-helpers";

test("hier, avant-hier, yesterday, and instants counted back ('two hours ago', 'il y a une heure')", () => {
  assertCasesPass(YESTERDAY_CASES);
});
