// `npm run eval:cluster-cases [-- --all] [--held-out | --third]`: the own clustering cases (test/cluster/fixtures/cluster-cases.ts:
// follow-ups days later, two services the same evening, one operator's outages weeks apart, undated
// explainers of last year's outage), each clustered as one neighbourhood. Prints how many cases are
// grouped exactly as labelled, by kind and language, and each wrong case (`--all`: every case;
// `--held-out`: the second set, written after the round's rule and not used to change it; `--third`: round
// nine's set, written before its changes and never read while fixing; "mix" names cases of both languages).
import { CLUSTER_CASES, CLUSTER_CASES_HELD_OUT, CLUSTER_CASES_THIRD } from "../test/cluster/fixtures/cluster-cases";
import { scoreClusterCase } from "../test/cluster/fixtures/score-cluster-case";

const all = process.argv.includes("--all");
const set = process.argv.includes("--held-out") ? CLUSTER_CASES_HELD_OUT : process.argv.includes("--third") ? CLUSTER_CASES_THIRD : CLUSTER_CASES;
const read = set.map((c) => ({ c, s: scoreClusterCase(c) }));
const lang = (name: string) => name.slice(0, name.indexOf(" "));
for (const kind of ["together", "apart", "all"] as const)
  for (const l of ["fr", "en", "mix", "all"]) {
    const rows = read.filter((r) => (kind === "all" || r.c.kind === kind) && (l === "all" || lang(r.c.name) === l));
    if (rows.length === 0) continue;
    const right = rows.filter((r) => r.s.right).length;
    const split = rows.reduce((n, r) => n + r.s.split, 0);
    const merged = rows.reduce((n, r) => n + r.s.merged, 0);
    console.log(`${kind.padEnd(8)} ${l.padEnd(3)} right ${right}/${rows.length}  pairs split ${split}  pairs merged ${merged}`);
  }
for (const { c, s } of read)
  if (all || !s.right) console.log(`${s.right ? "ok  " : "MISS"} ${c.name}: ${s.groups.map((g) => g.join("")).join(" | ")}`);
