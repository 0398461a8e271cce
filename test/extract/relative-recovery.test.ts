import { test } from "node:test";
import assert from "node:assert/strict";
import type { TimeExpression } from "../../lib/domain/types";
import { classifyTimes } from "../../lib/extract/classify-times";
import { outageCueHits } from "../../lib/extract/outage-cue-hits";
import { relativeRecovery } from "../../lib/extract/relative-recovery";
import { makeTextView } from "../../lib/extract/text-view";
import { extractTimes } from "../../lib/extract/time/extract-times";

// The reading of each delay phrase of a short English text published on Tuesday evening (ET).
function readDelays(text: string) {
  const view = makeTextView("Slack outage", text);
  const expressions = extractTimes(view.full, { publishedAt: new Date("2025-06-11T03:00:00Z"), sourceZone: null, lang: "en" });
  const times = classifyTimes(view, expressions, outageCueHits(view.folded));
  return expressions
    .filter((t): t is Extract<TimeExpression, { kind: "duration" }> => t.kind === "duration")
    .map((d) => relativeRecovery(view, d, times));
}

test("a delay counted from the start is the outage's length", () => {
  assert.deepEqual(readDelays("Slack went down at 9 a.m. ET. It came back two hours later."), [{ kind: "length" }]);
  assert.deepEqual(readDelays("Slack was restored 40 minutes after the first reports."), [{ kind: "length" }]);
});

test("a delay counted from another dated moment is an end instant, read to the hour when approximate", () => {
  const [exact] = readDelays("Slack went down at 9 a.m. ET. It confirmed the problem at 9:40 a.m. ET, and service came back 20 minutes later.");
  assert.equal(exact?.kind === "end" && exact.fact.time.kind === "instant" ? [exact.fact.role, exact.fact.time.utc, exact.fact.time.granularity].join(" ") : null, "recovery 2025-06-10T14:00:00Z minute");
  const [rough] = readDelays("Slack went down at 9 a.m. ET. It confirmed the problem at 9:40 a.m. ET, and service came back about 20 minutes later.");
  assert.equal(rough?.kind === "end" && rough.fact.time.kind === "instant" ? rough.fact.time.granularity : null, "hour");
});

test("no reading: no 'later', a comparison, an undated anchor, a vague delay from a dated moment, a plain length", () => {
  assert.deepEqual(readDelays("Slack went down at 9 a.m. ET and came back within two hours."), [null]);
  assert.deepEqual(readDelays("Slack went down at 9 a.m. ET. It was restored two hours later than promised."), [null]);
  assert.deepEqual(readDelays("Slack went down at 9 a.m. ET. It was restored an hour after the statement."), [null]);
  assert.deepEqual(readDelays("Slack went down at 9 a.m. ET. It confirmed the problem at 9:40 a.m. ET, and service came back a few hours later."), [null]);
  assert.deepEqual(readDelays("The Slack outage lasted for three hours."), [null]);
});
