import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { matches, runCase, type TimeCase } from "./time-case-helpers";

const DEV = path.resolve(process.cwd(), "../shared/corpus/time/dev.jsonl");

test("dev time corpus: at least 49 of 51 cases pass (scorer's matching rule)", (t) => {
  if (!fs.existsSync(DEV)) {
    console.log(`# dev-corpus.test: ${DEV} absent, skipped`);
    t.skip("../shared absent");
    return;
  }
  const cases = fs.readFileSync(DEV, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as TimeCase);
  const failed = cases.filter((c) => !matches(c.expect, runCase(c))).map((c) => c.id);
  t.diagnostic(`dev time cases passed: ${cases.length - failed.length}/${cases.length}${failed.length ? ` (failed: ${failed.join(", ")})` : ""}`);
  assert.ok(cases.length - failed.length >= Math.min(49, cases.length - 2), `failed: ${failed.join(", ")}`);
});
