// scripts/demo.sh's command line (the full run needs `next build` and is exercised by hand).
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";

test("demo.sh rejects unknown arguments before touching anything", () => {
  const r = spawnSync("bash", ["scripts/demo.sh", "--bogus"], { encoding: "utf8" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /unknown argument --bogus/);
});

test("demo.sh --help describes --fresh and PORT", () => {
  const r = spawnSync("bash", ["scripts/demo.sh", "--help"], { encoding: "utf8" });
  assert.equal(r.status, 0);
  assert.match(r.stdout, /--fresh/);
  assert.match(r.stdout, /PORT/);
});
