// An undated page's clock on a day it writes without a year ("On Sunday, March 30 at 9:15 a.m. ET")
// takes the year of the incident its dated reports give, the wall clock kept in its zone; alone, or
// on a day far from the incident's, it places nothing. Our own phrasings (en + fr).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExtractedDocument, Lang } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";
import { buildIncident } from "../../lib/timeline/build-incident";

const now = new Date("2026-01-01T00:00:00Z");

function doc(i: number, lang: Lang, title: string, text: string, publishedAt: string | null): ExtractedDocument {
  const url = `https://press${i}.example/a`;
  const facts = extractArticle({ url, kind: "news", lang, title, text, publishedAt: publishedAt ? new Date(publishedAt) : null, sourceName: `press${i}`, sourceZone: null });
  return { id: i + 1, url, title, kind: "news", lang, publishedAt, sourceName: `press${i}`, facts };
}

const EN_UNDATED = doc(1, "en", "Bank app down", "On Sunday, March 30 at 9:15 a.m. ET, the bank's mobile app stopped working for customers across the country.", null);
const EN_DATED = doc(2, "en", "Bank app outage", "The bank's mobile app went down on Sunday, customers said, and many could not pay.", "2025-03-30T18:00:00Z");
const FR_UNDATED = doc(3, "fr", "Panne du réseau", "Le 12 février vers 18 h 30, le réseau mobile de l'opérateur est tombé en panne dans tout le pays.", null);
const FR_DATED = doc(4, "fr", "Panne chez l'opérateur", "Panne générale chez l'opérateur ce mercredi soir : les abonnés sont privés de réseau mobile.", "2025-02-12T21:00:00Z");

test("an undated page's clock on a written day takes the dated reports' year, in that year's offset (en, fr)", () => {
  // 30 March 2025 is in US summer time (from 9 March): 9:15 EDT is 13:15 UTC
  assert.equal(buildIncident("s", [EN_DATED, EN_UNDATED], now).startedAt, "2025-03-30T13:15:00Z");
  // 12 February 2025, Paris in winter time: 18 h 30 is 17:30 UTC
  assert.equal(buildIncident("s", [FR_DATED, FR_UNDATED], now).startedAt, "2025-02-12T17:30:00Z");
});

test("negatives: alone, or on a day far from the incident's, the undated page's clock places nothing (en, fr)", () => {
  assert.equal(buildIncident("s", [EN_UNDATED], now).startedAt, null);
  const otherDay = doc(5, "fr", "Panne du réseau", "Le 3 juin vers 10 h, le réseau mobile de l'opérateur est tombé en panne dans tout le pays.", null);
  const inc = buildIncident("s", [FR_DATED, otherDay], now);
  assert.ok(inc.startedAt?.startsWith("2025-02-12"), String(inc.startedAt));
  assert.notEqual(inc.startedAt, "2025-06-03T08:00:00Z");
});
