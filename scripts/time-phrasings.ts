// `npx tsx scripts/time-phrasings.ts`: the own time-phrasing sets scored as the tests score them (some
// reading matches what is expected). Round eight's set is read (its misses are listed); round nine's is
// held out, so only its counts per language are printed; its leftovers set (reading-leftover-cases.ts) is read.
import type { TimeCase } from "../test/extract/time/time-case-helpers";
import { matches, runCase } from "../test/extract/time/time-case-helpers";
import { ROUND_EIGHT_CASES } from "../test/extract/time/round-eight-cases";
import { ROUND_NINE_CASES } from "../test/extract/time/round-nine-cases";
import { LEFTOVER_CASES } from "../test/extract/time/reading-leftover-cases";

function score(name: string, cases: TimeCase[], listMisses: boolean): void {
  const hit = (c: TimeCase) => matches(c.expect, runCase(c));
  const of = (lang: "fr" | "en") => cases.filter((c) => c.lang === lang);
  const count = (cs: TimeCase[]) => `${cs.filter(hit).length}/${cs.length}`;
  console.log(`${name}: ${count(cases)} (fr ${count(of("fr"))}, en ${count(of("en"))})`);
  if (listMisses) for (const c of cases.filter((x) => !hit(x))) console.log(`  miss ${c.id}: ${c.text}`);
}

score("round eight (read)", ROUND_EIGHT_CASES, true);
score("round nine (held out)", ROUND_NINE_CASES, false);
score("round nine leftovers (read)", LEFTOVER_CASES, true);
