// Prints how many of feedparser's expectations about the project's fields hold when its test
// feeds are read through the project's fetch → decode → detect → parse steps (see
// test/ingest/helpers/feedparser-suite.ts). `-v` lists every failing case.
import fs from "node:fs";
import { FEEDPARSER_TESTS, runFeedparserSuite } from "../test/ingest/helpers/feedparser-suite";

if (!fs.existsSync(FEEDPARSER_TESTS)) {
  console.error(`feedparser's tests not found at ${FEEDPARSER_TESTS}`);
  process.exit(2);
}
const r = await runFeedparserSuite();
if (process.argv.includes("-v")) {
  for (const c of r.cases.filter((c) => c.outcome !== "pass" && c.group === "main")) console.log(`${c.outcome.toUpperCase()} ${c.file}\n  expect: ${c.expect}\n  got: ${c.detail.split("\n")[0]}`);
}
const total = r.pass + r.fail + r.crash;
console.log(`feedparser expectations on the project's fields: ${r.pass} hold, ${r.fail} do not, ${r.crash} crash (${((100 * r.pass) / total).toFixed(1)}% of ${total}); not about the project's fields: ${r.notCounted}; wellformed/sanitize apart: ${r.sanitize.pass}/${r.sanitize.total}`);
