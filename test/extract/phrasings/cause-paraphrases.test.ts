// The paraphrase check (cause-paraphrases.ts): every sentence must give an accepted category (none for a
// negative) and the expected status, but for set b's misses left after it was read (README, rounds six and
// seven), each listed with the reason no general rule reads it yet. Sets c, d, e and f are held out: scored by
// `npm run eval:cause-paraphrases`, not asserted here.
import { test } from "node:test";
import assert from "node:assert/strict";
import { CAUSE_PARAPHRASES } from "./cause-paraphrases";
import { causeCasePick } from "./cases-helpers";

const KNOWN_MISSES = new Set([
  // a policy tightened is a setting, but "policy" alone is also a company's rules
  "The root cause was a permissions policy that was tightened too far during routine work.",
  // a card lost in a router: the router is read as a network cause
  "We lost a network card in a core router, and its backup did not take over.",
  "Nous avons perdu une carte réseau dans un routeur de cœur, et son secours n'a pas pris le relais.",
]);

for (const p of CAUSE_PARAPHRASES.filter((x) => !["c", "d", "e", "f"].includes(x.set) && !KNOWN_MISSES.has(x.text))) {
  test(`paraphrase (${p.lang}, ${p.voice}): ${p.text}`, () => {
    const got = causeCasePick(p, p.title);
    const said = `${got?.category ?? null}/${got?.status ?? "-"}`;
    if (p.cause === null) assert.ok(got === null || got.category === "unknown", said);
    else assert.ok(got !== null && p.cause.includes(got.category), said);
    if (p.status) assert.equal(got?.status, p.status, said);
  });
}
