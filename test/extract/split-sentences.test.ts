import { test } from "node:test";
import assert from "node:assert/strict";
import { splitSentences } from "../../lib/extract/split-sentences";
import { foldText } from "../../lib/extract/time/fold-text";

const parts = (text: string) => splitSentences(foldText(text)).map((s) => text.slice(s.start, s.end).trim());

test("citation marks and closing quotes end a sentence; abbreviations do not", () => {
  assert.deepEqual(parts("The site became unavailable.[1][2] During the outage, users left."), ["The site became unavailable.[1][2]", "During the outage, users left."]);
  assert.deepEqual(parts("It went down at 1:05 p.m. Wednesday. Then it came back."), ["It went down at 1:05 p.m. Wednesday.", "Then it came back."]);
  assert.equal(splitSentences(foldText("Line one\n\nLine two"))[1].paragraph, 1);
});
