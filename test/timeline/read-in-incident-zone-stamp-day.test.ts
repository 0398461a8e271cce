// A bare clock that an article of unknown place put on the day before its stamp (its stamp day's reading
// was ahead of the stamp in the guessed zone), read in the incident's zone, is placed by the stamp there:
// on the stamp's day when that is no longer ahead of it (our own cases, invented services and outlets).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExtractedDocument } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";
import { readInIncidentZone } from "../../lib/timeline/read-in-incident-zone";

interface Art { url: string; lang: "fr" | "en"; text: string; publishedAt: string }

function docsOf(arts: Art[]): ExtractedDocument[] {
  return arts.map((a, i) => {
    const input = { url: a.url, kind: "news", lang: a.lang, title: "Zorvex", text: a.text, publishedAt: new Date(a.publishedAt), sourceName: null, sourceZone: null } as const;
    return { id: i + 1, url: a.url, title: "Zorvex", kind: "news", lang: a.lang, publishedAt: a.publishedAt, sourceName: null, facts: extractArticle(input) };
  });
}

// the instants the last document's facts give for a phrase, once read in the incident's zone
function readAs(arts: Art[], phrase: string): string[] {
  const docs = readInIncidentZone(docsOf(arts));
  return docs[docs.length - 1].facts.times.flatMap((f) => (f.time.kind === "instant" && f.time.phrase.includes(phrase) ? [f.time.utc] : []));
}

// Monday 2026-03-02; Lagos is UTC+1, New York UTC-5
const lagosPaper: Art = { url: "https://www.lagosledger.ng/business/zorvex-bank-app-fails", lang: "en", publishedAt: "2026-03-02T10:00:00Z",
  text: "Customers of Zorvex Bank were unable to make transfers on Monday after the lender's mobile app failed from about 8am." };
const liveOnCom = (sentence: string): Art => ({ url: "https://fintechwire.com/2026/03/02/zorvex-bank-app", lang: "en", publishedAt: "2026-03-02T13:10:00Z", text: `Zorvex Bank's app is failing again. ${sentence}` });

test("an English live story's bare clock, pushed a day back in New York's zone, is the stamp's day in Lagos's", () => {
  assert.deepEqual(readAs([lagosPaper, liveOnCom("It had come back at 11.40am, customers said.")], "11.40am"), ["2026-03-02T10:40:00Z"]);
  assert.deepEqual(readAs([lagosPaper, liveOnCom("Transfers failed again from about 1.15pm, customers said.")], "1.15pm"), ["2026-03-02T12:15:00Z"]);
});

test("a clock whose sentence names a day keeps that day when re-read in the incident's zone", () => {
  // negative: "on Sunday" places it, not the stamp
  assert.deepEqual(readAs([lagosPaper, liveOnCom("It had last worked at 11.40am on Sunday, customers said.")], "11.40am"), ["2026-03-01T10:40:00Z"]);
});

// Tuesday 2026-02-10; Mauritius is UTC+4, Paris UTC+1
const mauritiusPaper: Art = { url: "https://www.lematinal.mu/societe/zorvex-mobile-panne", lang: "fr", publishedAt: "2026-02-10T06:00:00Z",
  text: "Les clients de Zorvex Mobile n'ont plus accès à internet depuis 7 h ce mardi matin, à Port-Louis comme à Curepipe." };
const frenchSite = (sentence: string, publishedAt = "2026-02-10T08:00:00Z"): Art => ({ url: "https://www.actu-reseaux.com/zorvex-mobile", lang: "fr", publishedAt, text: `Panne chez Zorvex Mobile. ${sentence}` });

test("a French story's bare clock, pushed a day back in Paris's zone, is the stamp's day in Mauritius's", () => {
  assert.deepEqual(readAs([mauritiusPaper, frenchSite("Le service est revenu à 11 h 30, selon l'opérateur.")], "11 h 30"), ["2026-02-10T07:30:00Z"]);
  assert.deepEqual(readAs([mauritiusPaper, frenchSite("Les premières coupures ont été signalées vers 10 h 15, selon des abonnés.")], "10 h 15"), ["2026-02-10T06:15:00Z"]);
});

test("a French clock on a named day, or in a story stamped with its date alone, keeps its day", () => {
  // negatives: "lundi" places the clock; a date-only stamp placed no clock by its hour
  assert.deepEqual(readAs([mauritiusPaper, frenchSite("Le service avait déjà coupé lundi à 11 h 30, selon l'opérateur.")], "11 h 30"), ["2026-02-09T07:30:00Z"]);
  const dateOnly = readAs([mauritiusPaper, frenchSite("Le service est revenu à 11 h 30, selon l'opérateur.", "2026-02-10T00:00:00Z")], "11 h 30");
  assert.equal(dateOnly.length, 1);
});
