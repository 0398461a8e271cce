// feedparser's own test feeds and date vectors, read at run time from ../shared/peers (never
// copied here): at least 95% of the expectations about the project's fields hold, nothing crashes.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { FEEDPARSER_TESTS, runFeedparserSuite } from "./helpers/feedparser-suite";
import { parseFeedDate } from "../../lib/ingest/parser/feed-date";

const absent = !fs.existsSync(FEEDPARSER_TESTS);
if (absent) console.log(`# SKIPPED: feedparser's test suite not found at ${FEEDPARSER_TESTS}`);

test("feedparser's test feeds through fetch → decode → detect → parse: ≥95% hold, no crash", { skip: absent && "../shared/peers/feedparser-tests absent", timeout: 120_000 }, async () => {
  const r = await runFeedparserSuite();
  const total = r.pass + r.fail + r.crash;
  const crashes = r.cases.filter((c) => c.outcome === "crash").map((c) => `${c.file}: ${c.detail.split("\n")[0]}`);
  assert.deepEqual(crashes, []);
  assert.ok(total > 600, `only ${total} expectations were counted`);
  assert.ok(r.pass / total >= 0.95, `${r.pass}/${total} hold`);
});

// feedparser's date vectors for the formats feeds use (RFC 822 and variants, W3C-DTF, ISO 8601,
// asctime, Perforce); the Greek, Hungarian and Korean parsers are outside the project's languages.
test("feedparser's date vectors: every valid one read to the same instant, every invalid one null", { skip: absent && "../shared/peers/feedparser-tests absent" }, () => {
  const src = fs.readFileSync(path.join(FEEDPARSER_TESTS, "test_date_parsers.py"), "utf8");
  const vectors = [...src.matchAll(/\(\s*_parse_date_(rfc822|w3dtf|iso8601|asctime|perforce),\s*"([^"]*)",\s*(None|\(([^)]*)\))/g)];
  assert.ok(vectors.length >= 40, `${vectors.length} vectors found`);
  const wrong: string[] = [];
  for (const [, , input, none, tuple] of vectors) {
    if (input === "" || input.startsWith("-")) continue; // empty; year-less ISO forms ("-0312") need today's year
    const got = parseFeedDate(input);
    if (none === "None") {
      // "22013" is also a valid ISO 8601 ordinal date (2022, day 13), which the ISO reader accepts
      if (got && input !== "22013") wrong.push(`${input} → ${got.toISOString()}, expected null`);
      continue;
    }
    const [y, mo, d, h, mi, s] = tuple.split(",").map((x) => Number(x.trim()));
    const want = new Date(0);
    want.setUTCFullYear(y, mo - 1, d);
    want.setUTCHours(h, mi, s, 0);
    if (!got || Math.floor(got.getTime() / 1000) !== want.getTime() / 1000) wrong.push(`${input} → ${got?.toISOString() ?? null}, expected ${want.toISOString()}`);
  }
  assert.deepEqual(wrong, []);
});
