// A report published after the outage day it names ("Monday's outage", "la panne d'hier") narrates
// its clock times on that day; sentences naming another day, and same-day reports, keep their own.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractTimes } from "../../../lib/extract/time/extract-times";

const utcOf = (text: string, publishedAt: string, lang: "fr" | "en") =>
  extractTimes(text, { publishedAt: new Date(publishedAt), sourceZone: null, lang }).filter((t) => t.kind === "instant").map((t) => (t.kind === "instant" ? t.utc : ""));

test("a next-day English follow-up on 'Monday's outage' puts its undated clock times on Monday", () => {
  const text = [
    "Streamly explains Monday's outage",
    "The video service says a bad certificate rotation caused the trouble.",
    "Playback was mostly working again by 13:10 UTC, and all regions were healthy at 15:45 UTC.",
    "A fix to the rotation tool was deployed at 09:00 UTC today.",
  ].join("\n\n");
  const got = utcOf(text, "2025-03-11T14:00:00Z", "en");
  assert.ok(got.includes("2025-03-10T13:10:00Z"), JSON.stringify(got));
  assert.ok(got.includes("2025-03-10T15:45:00Z"), JSON.stringify(got));
  assert.ok(got.includes("2025-03-11T09:00:00Z"), "a sentence that names today keeps its own day");
});

test("'yesterday's outage' anchors the narration, a plan in the future tense does not follow it", () => {
  const text = "Yesterday's outage at Streamly lasted all afternoon.\n\nThe first errors showed up at 12:40 UTC. The company will publish its report at 15:30 UTC.";
  const got = utcOf(text, "2025-03-11T14:00:00Z", "en");
  assert.ok(got.includes("2025-03-10T12:40:00Z"), JSON.stringify(got));
  assert.ok(got.includes("2025-03-11T15:30:00Z"), JSON.stringify(got));
});

test("un article du lendemain sur « la panne d'hier » place ses heures sans date la veille", () => {
  const text = "Retour sur la panne d'hier chez Streamly\n\nLes premières erreurs sont apparues vers 10 h 15. Le service fonctionnait de nouveau à 13 h.";
  const got = utcOf(text, "2025-03-11T15:00:00Z", "fr");
  assert.deepEqual(got.filter((u) => !u.endsWith("T11:00:00Z")), ["2025-03-10T09:15:00Z", "2025-03-10T12:00:00Z"]);
});

test("« l'incident de lundi » raconté le mercredi : les heures vont au lundi", () => {
  const text = "Streamly revient sur l'incident de lundi.\n\nLa lecture a été coupée à 9 h 30 et rétablie vers 11 h.";
  const got = utcOf(text, "2025-03-12T10:00:00Z", "fr");
  assert.ok(got.includes("2025-03-10T08:30:00Z"), JSON.stringify(got));
  assert.ok(got.includes("2025-03-10T10:00:00Z"), JSON.stringify(got));
});

test("a same-day report on 'Tuesday's outage' keeps its clock times on the publication day", () => {
  const text = "Tuesday's outage is over\n\nPlayback stopped at 11:00 UTC and came back at 12:30 UTC.";
  const got = utcOf(text, "2025-03-11T14:00:00Z", "en");
  assert.ok(got.includes("2025-03-11T11:00:00Z"), JSON.stringify(got));
  assert.ok(got.includes("2025-03-11T12:30:00Z"), JSON.stringify(got));
});

test("in a follow-up, the day a report was posted does not take the narrated clock times", () => {
  const text = [
    "Streamly has explained Tuesday's long disruption.",
    "According to the report, posted Friday, a scaling job started at 7:30 a.m. PST and every device had recovered by 2:22 p.m. PST.",
  ].join("\n\n");
  const got = utcOf(text, "2025-02-15T13:00:00Z", "en"); // a Saturday; Tuesday is 11 February
  assert.ok(got.includes("2025-02-11T15:30:00Z"), JSON.stringify(got));
  assert.ok(got.includes("2025-02-11T22:22:00Z"), JSON.stringify(got));
});

test("« la panne de mardi » : le jour où l'entreprise a publié son rapport ne date pas les heures racontées", () => {
  const text = "Streamly revient sur la panne de mardi.\n\nDans son rapport publié vendredi, l'entreprise explique que la lecture a été coupée à 9 h 30 et rétablie vers 11 h.";
  const got = utcOf(text, "2025-03-15T10:00:00Z", "fr");
  assert.ok(got.includes("2025-03-11T08:30:00Z"), JSON.stringify(got));
  assert.ok(got.includes("2025-03-11T10:00:00Z"), JSON.stringify(got));
});

test("a same-day report keeps the day its spokesperson named, and a statement day with no follow-up stays", () => {
  const live = "Streamly said on Tuesday that playback stopped at 11:00 UTC.";
  assert.ok(utcOf(live, "2025-03-11T14:00:00Z", "en").includes("2025-03-11T11:00:00Z"));
  // no outage day named as such: the sentence's own day still governs
  const plain = "The company said Monday that the errors started at 08:00 UTC.";
  assert.ok(utcOf(plain, "2025-03-12T10:00:00Z", "en").includes("2025-03-10T08:00:00Z"));
});
