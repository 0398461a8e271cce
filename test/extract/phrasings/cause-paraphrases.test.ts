// Set "a" of the paraphrase check (cause-paraphrases.ts): every sentence must give an accepted category
// (none for a negative) and the expected status. Set "b" is only scored, by npm run eval:cause-paraphrases.
import { test } from "node:test";
import assert from "node:assert/strict";
import { CAUSE_PARAPHRASES } from "./cause-paraphrases";
import { causeCasePick } from "./cases-helpers";

for (const p of CAUSE_PARAPHRASES.filter((x) => x.set === "a")) {
  test(`paraphrase (${p.lang}, ${p.voice}): ${p.text}`, () => {
    const got = causeCasePick(p);
    const said = `${got?.category ?? null}/${got?.status ?? "-"}`;
    if (p.cause === null) assert.ok(got === null || got.category === "unknown", said);
    else assert.ok(got !== null && p.cause.includes(got.category), said);
    if (p.status) assert.equal(got?.status, p.status, said);
  });
}
