// `npm run eval:end-cases [-- --all] [-- --held-out | --third | --fourth | --fifth]`: the own incidents of test/timeline/fixtures/end-cases.ts
// (ends and durations in wordings the corpora lack, French and English; --held-out: the second set,
// end-cases-held-out.ts, not read while fixing; --third: round eight's set, end-cases-third.ts, with dates; --fourth: its held-out
// set, end-cases-fourth.ts, written after the third set's fixes; --fifth: round nine's held-out set of medium
// articles with scattered clocks, end-cases-fifth.ts, never read while fixing: its misses are counted, not printed) built as ingest builds them and scored as score.mjs
// scores start, end and duration; prints each miss (every case with --all) and the rates.
import { END_CASES } from "../test/timeline/fixtures/end-cases";
import { END_CASES_HELD_OUT } from "../test/timeline/fixtures/end-cases-held-out";
import { END_CASES_FIFTH } from "../test/timeline/fixtures/end-cases-fifth";
import { END_CASES_FOURTH } from "../test/timeline/fixtures/end-cases-fourth";
import { END_CASES_THIRD } from "../test/timeline/fixtures/end-cases-third";
import { scoreEndCase, type EndField } from "../test/timeline/fixtures/score-end-case";

const all = process.argv.includes("--all");
const tally: Record<string, [number, number]> = {};
const count = (key: string, ok: boolean) => { const t = (tally[key] ??= [0, 0]); t[0] += ok ? 1 : 0; t[1]++; };
const fifth = process.argv.includes("--fifth");
const set = fifth ? END_CASES_FIFTH : process.argv.includes("--fourth") ? END_CASES_FOURTH : process.argv.includes("--third") ? END_CASES_THIRD : process.argv.includes("--held-out") ? END_CASES_HELD_OUT : END_CASES;
for (const c of set) {
  const { incident, fields } = scoreEndCase(c);
  const lang = c.articles[0].lang;
  for (const [field, ok] of Object.entries(fields) as [EndField, boolean][]) { count(field, ok); count(`${field} ${lang}`, ok); }
  // the fifth set stays unread: rates only
  if (!fifth && (all || Object.values(fields).some((ok) => !ok))) {
    console.log(`${Object.values(fields).every(Boolean) ? "ok  " : "MISS"} ${c.name}`);
    console.log(`     want ${c.date ? `[${c.date}] ` : ""}${c.start ?? "-"} -> ${c.end === undefined ? "-" : c.end} (${c.duration === undefined ? "-" : c.duration})`);
    console.log(`     got  ${incident.startedAt} -> ${incident.endedAt} (${incident.durationMinutes}) ${incident.endKind ?? ""}`);
  }
}
const rate = ([n, d]: [number, number]) => `${(n / d).toFixed(2)} (${n}/${d})`;
for (const key of ["date", "start", "end", "duration", "date fr", "start fr", "end fr", "duration fr", "date en", "start en", "end en", "duration en"]) if (tally[key]) console.log(`${key.padEnd(12)} ${rate(tally[key])}`);
