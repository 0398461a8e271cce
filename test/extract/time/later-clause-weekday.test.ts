// A weekday named in a later clause must not carry a clock time past the article's publication.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "../article-helpers";

const times = (f: ReturnType<typeof facts>) =>
  f.times.map((t) => [t.role, t.time.kind === "instant" ? t.time.utc : t.time.kind === "range" ? t.time.start : ""]);

test("a next-morning article: '4:10pm GMT ..., although ... on Friday' is Thursday's 4:10pm, not Friday's (en)", () => {
  const f = facts(
    "Slack restored",
    "Slack says its messaging service is working again. The disruption started at about 4:10pm GMT and service was back by 11pm UK time, although some teams still saw slow uploads early on Friday.",
    { lang: "en", publishedAt: new Date("2025-01-10T07:30:00Z") },
  );
  assert.deepEqual(times(f), [["start", "2025-01-09T16:10:00Z"], ["recovery", "2025-01-09T23:00:00Z"]]);
});

test("un article du lendemain matin : '16 h 10 ..., même si ... vendredi' reste le jeudi (fr)", () => {
  const f = facts(
    "Slack rétabli",
    "La panne a commencé vers 16 h 10, heure de Paris, et le service a été remis en service vers 23 h, même si quelques équipes signalaient encore des lenteurs vendredi matin.",
    { lang: "fr", publishedAt: new Date("2025-01-10T07:30:00Z") },
  );
  assert.deepEqual(times(f).slice(0, 2), [["start", "2025-01-09T15:10:00Z"], ["recovery", "2025-01-09T22:00:00Z"]], JSON.stringify(times(f)));
});

test("'an hours-long outage' is no one-hour duration; 'an hour-long outage' is", () => {
  const d = (text: string) => facts("Outage", text, { lang: "en", publishedAt: new Date("2025-01-10T07:30:00Z") }).durations.map((x) => x.minutes);
  assert.deepEqual(d("Slack came back after an hours-long outage on Thursday."), []);
  assert.deepEqual(d("Slack came back after an hour-long outage on Thursday."), [60]);
});

test("a report published days later: a bare clock the publication day cannot hold is on the date named earlier (en, fr)", () => {
  const en = facts(
    "Summary of the storage event",
    "At 9:10 AM PST on March 3, a maintenance script removed more servers than intended from our storage fleet.\n\nOur engineers added capacity back step by step. Most requests were succeeding again by 1:40 PM PST.",
    { kind: "official", lang: "en", publishedAt: new Date("2025-03-06T18:00:00Z") },
  );
  assert.ok(times(en).some(([, at]) => at === "2025-03-03T21:40:00Z"), JSON.stringify(times(en)));
  const fr = facts(
    "Retour sur l'incident de stockage",
    "Le 3 mars vers 9 h 10, heure de Paris, un script de maintenance a retiré trop de serveurs de notre parc de stockage.\n\nNos équipes ont rajouté de la capacité pas à pas. Le service était rétabli vers 23 h 40.",
    { kind: "official", lang: "fr", publishedAt: new Date("2025-03-06T10:00:00Z") },
  );
  assert.ok(times(fr).some(([, at]) => at === "2025-03-03T22:40:00Z"), JSON.stringify(times(fr)));
});
