// A start cannot come after the operator was already investigating (a status page's "Investigating"
// stamp, an acknowledgement read to the minute): trouble had begun by then. A clock-time start gives
// way to the operator's acknowledgement of the last half day only, not to users' earlier complaints.
// And a length elapsed so far is no duration while the outage goes on.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../lib/extract/extract-article";
import { buildIncident } from "../../lib/timeline/build-incident";
import { makeDoc } from "../cluster/fixtures/make-doc";

const now = new Date("2026-01-22T00:00:00Z");
const press = (start: string) => makeDoc({ url: "https://press.example/1", title: "Git host down", publishedAt: "2026-01-20T23:00:00Z", failed: ["GitLab"],
  times: [{ role: "start", utc: start, granularity: "part-of-day", zoneExplicit: false }] });
const status = (ack: string, end: string) => makeDoc({ url: "https://status.example/1", kind: "status", title: "Git operations failing", publishedAt: end, failed: ["GitLab"],
  times: [{ role: "acknowledged", utc: ack }, { role: "end", utc: end }] });

test("a part-of-day start after the status page's acknowledgement gives way to it, and the status page's end stands", () => {
  // "Tuesday afternoon" in New York (20:00 UTC, 17:00-23:00) against "Investigating" at 14:02 UTC
  const inc = buildIncident("s", [press("2026-01-20T20:00:00Z"), status("2026-01-20T14:02:00Z", "2026-01-20T15:31:00Z")], now);
  assert.equal(inc.startedAt, "2026-01-20T14:02:00Z");
  assert.equal(inc.endedAt, "2026-01-20T15:31:00Z");
  assert.equal(inc.durationMinutes, 89);
});

test("an acknowledgement after the part of day leaves the start where it was read", () => {
  const later = buildIncident("s", [press("2026-01-20T20:00:00Z"), status("2026-01-21T00:30:00Z", "2026-01-21T01:00:00Z")], now);
  assert.equal(later.startedAt, "2026-01-20T20:00:00Z");
  const precise = makeDoc({ url: "https://press.example/2", title: "Git host down", publishedAt: "2026-01-20T23:00:00Z", failed: ["GitLab"],
    times: [{ role: "start", utc: "2026-01-20T19:45:00Z" }] });
  // an acknowledgement within the tolerance of a clock-time start leaves it
  assert.equal(buildIncident("s", [precise, status("2026-01-20T19:00:00Z", "2026-01-20T21:00:00Z")], now).startedAt, "2026-01-20T19:45:00Z");
});

test("a clock-time start after the operator's acknowledgement that day gives way to it", () => {
  const precise = makeDoc({ url: "https://press.example/2", title: "Git host down", publishedAt: "2026-01-20T23:00:00Z", failed: ["GitLab"],
    times: [{ role: "start", utc: "2026-01-20T19:45:00Z" }] });
  assert.equal(buildIncident("s", [precise, status("2026-01-20T14:02:00Z", "2026-01-20T21:00:00Z")], now).startedAt, "2026-01-20T14:02:00Z");
});

// one article each, read as ingest reads it (outlet in London or Paris, published Tuesday 10 March 2026 16:00 UTC)
function startOf(lang: "fr" | "en", text: string): string | null {
  const title = lang === "fr" ? "Panne chez Acme" : "Acme app down";
  const publishedAt = "2026-03-10T16:00:00Z";
  const facts = extractArticle({ url: "https://e.test/1", kind: "news", lang, title, text, publishedAt: new Date(publishedAt), sourceName: "Test outlet",
    sourceZone: lang === "fr" ? "Europe/Paris" : "Europe/London" });
  return buildIncident("s", [{ id: 1, url: "https://e.test/1", title, kind: "news", lang, publishedAt, sourceName: "Test outlet", facts }], new Date("2026-03-11T00:00:00Z")).startedAt;
}

test("fr/en: a press clock start later than the operator's own acknowledgement is the acknowledgement", () => {
  for (const [lang, text, start] of [
    ["en", "Acme's banking app went down at 10:30 a.m. GMT on Tuesday, users said. Acme said at 8:15 a.m. GMT it was aware of an issue affecting logins.", "2026-03-10T08:15:00Z"],
    ["en", "The Zorvex outage began at 10:30 GMT on Tuesday. Zorvex acknowledged the problem at 08:15 GMT on its status page.", "2026-03-10T08:15:00Z"],
    ["fr", "La panne d'Acme a commencé mardi à 10 h 30, selon les usagers. L'opérateur avait reconnu le problème dès 8 h 15 sur son compte X.", "2026-03-10T07:15:00Z"],
    ["fr", "Le service Zorvex est en panne depuis 10 h 30 ce mardi. Zorvex a confirmé à 8 h 15 être au courant d'un incident.", "2026-03-10T07:15:00Z"],
  ] as const) assert.equal(startOf(lang, text), start, text);
});

test("fr/en negatives: users' earlier complaints, a later or near acknowledgement, the day before's acknowledgement leave a clock start", () => {
  for (const [lang, text, start] of [
    ["en", "Users reported slow logins from 8:15 a.m. GMT on Tuesday. The Acme outage began at 10:30 a.m. GMT.", "2026-03-10T10:30:00Z"],
    ["fr", "Des usagers signalaient des lenteurs dès 8 h 15 mardi. La panne d'Acme a commencé à 10 h 30.", "2026-03-10T09:30:00Z"],
    ["en", "Acme's banking app went down at 10:30 a.m. GMT on Tuesday. Acme acknowledged the issue at 11:10 a.m. GMT.", "2026-03-10T10:30:00Z"],
    ["fr", "La panne d'Acme a commencé mardi à 10 h 30. L'opérateur a reconnu le problème à 11 h 10.", "2026-03-10T09:30:00Z"],
    ["en", "Acme's banking app went down at 10:30 a.m. GMT on Tuesday. Acme acknowledged the issue at 10:00 a.m. GMT.", "2026-03-10T10:30:00Z"],
    ["en", "Acme's banking app went down at 10:30 a.m. GMT on Tuesday. On Monday at 8:15 a.m. GMT, Acme had acknowledged a login issue, fixed within the hour.", "2026-03-10T10:30:00Z"],
    ["fr", "L'application d'Acme est tombée en panne mardi à 10 h 30. Lundi à 8 h 15, Acme avait reconnu un problème de connexion, réglé dans l'heure.", "2026-03-10T09:30:00Z"],
  ] as const) assert.equal(startOf(lang, text), start, text);
});

test("a length elapsed so far ('dure depuis trois heures') is no duration while users are still down", () => {
  for (const [lang, title, text] of [
    ["fr", "Panne du site des impôts", "Le site est inaccessible depuis 11 h ce jeudi. La panne dure depuis trois heures et aucun retour n'est annoncé."],
    ["en", "Bank app down", "The app has been down since 11 a.m. ET on Thursday. It has been down for three hours so far, with no fix in sight."],
  ] as const) {
    const published = lang === "fr" ? "2026-04-09T12:00:00Z" : "2026-04-09T18:00:00Z";
    const doc = { id: 1, url: "https://e.test/1", title, kind: "news" as const, lang, publishedAt: published, sourceName: "Test outlet",
      facts: extractArticle({ url: "https://e.test/1", kind: "news", lang, title, text, publishedAt: new Date(published), sourceName: "Test outlet", sourceZone: null }) };
    const inc = buildIncident("s", [doc], new Date("2026-04-10T00:00:00Z"));
    assert.equal(inc.endedAt, null, lang);
    assert.equal(inc.durationMinutes, null, `${lang}: ${inc.durationMinutes}`);
  }
  // negative: a length told as the whole outage's stays ("a duré trois heures")
  const text = "Le site a été inaccessible à partir de 11 h jeudi. La panne a duré trois heures.";
  const done = { id: 1, url: "https://e.test/2", title: "Panne", kind: "news" as const, lang: "fr" as const, publishedAt: "2026-04-09T18:00:00Z", sourceName: "Test outlet",
    facts: extractArticle({ url: "https://e.test/2", kind: "news", lang: "fr", title: "Panne", text, publishedAt: new Date("2026-04-09T18:00:00Z"), sourceName: "Test outlet", sourceZone: null }) };
  assert.equal(buildIncident("s", [done], new Date("2026-04-10T00:00:00Z")).durationMinutes, 180);
});
