import { test } from "node:test";
import assert from "node:assert/strict";
import { assertCasesPass, instantAt, timeCase, type TimeCase } from "./time-case-helpers";
import { declaredZone } from "../../../lib/extract/time/declared-zone";
import { foldText } from "../../../lib/text/fold-text";
import { extractTimes } from "../../../lib/extract/time/extract-times";

// A text that declares the zone of all its times ("Timeline (UTC)", "All times are in Pacific Time",
// "Toutes les heures sont indiquées en heure de Paris") reads its bare clocks in that zone, over the
// outlet's and the language's.
const CASES: TimeCase[] = [
  timeCase("en-timeline-utc-heading", "en", "2026-03-05T16:00:00Z", null,
    "Incident review: Zorvex uploads failing\n\nTimeline (UTC)\n08:40 - Uploads start to fail.\n12:10 - Service restored.",
    instantAt("2026-03-05T08:40:00Z", 5), [instantAt("2026-03-05T12:40:00Z", 5)]),
  timeCase("en-all-times-pacific", "en", "2026-04-10T23:00:00Z", null,
    "Acme Cloud outage report. All times are in Pacific Time. Errors began at 10:05 and were resolved at 11:30.",
    instantAt("2026-04-10T17:05:00Z", 5), [instantAt("2026-04-10T14:05:00Z", 5)]),
  timeCase("fr-toutes-les-heures-utc", "fr", "2026-05-12T18:00:00Z", null,
    "Rapport d'incident Zorvex. Toutes les heures sont indiquées en UTC. La panne a commencé à 9 h 20 et le service est revenu à 11 h.",
    instantAt("2026-05-12T09:20:00Z", 5), [instantAt("2026-05-12T07:20:00Z", 5)]),
  timeCase("fr-chronologie-heure-de-montreal", "fr", "2026-02-03T22:00:00Z", null,
    "Banque Lumière revient sur la panne. Chronologie (heure de Montréal) : 8 h 15, les virements échouent ; 10 h 45, retour à la normale.",
    instantAt("2026-02-03T13:15:00Z", 5), [instantAt("2026-02-03T07:15:00Z", 5)]),
  // the declaration outranks the outlet's own zone: a Paris outlet reproducing a review in UTC
  timeCase("fr-declared-over-outlet", "fr", "2026-05-12T18:00:00Z", "Europe/Paris",
    "Chronologie (UTC) : 9 h 20, début des erreurs ; 11 h, résolution.",
    instantAt("2026-05-12T09:20:00Z", 5), [instantAt("2026-05-12T07:20:00Z", 5)]),
  // negatives: "hours" and "times" that declare nothing leave the outlet's or language's zone
  timeCase("en-times-in-place-no-declaration", "en", "2026-04-10T23:00:00Z", null,
    "At all times in London the Zorvex app kept failing; it went down at 10:05.",
    instantAt("2026-04-10T14:05:00Z", 5)),
  timeCase("fr-heures-en-france-no-declaration", "fr", "2026-05-12T18:00:00Z", null,
    "Toutes les heures en France ont paru longues : Acme est tombé à 9 h 20.",
    instantAt("2026-05-12T07:20:00Z", 5)),
];

test("a text's declared zone frames its bare clocks (en, fr)", () => assertCasesPass(CASES));

test("declaredZone reads headings and sentences, and nothing else", () => {
  const z = (s: string) => declaredZone(s, foldText(s));
  assert.equal(z("Timeline (UTC)"), "UTC");
  assert.equal(z("All times are in Pacific Time."), "America/Los_Angeles");
  assert.equal(z("Times shown in ET."), "America/New_York");
  assert.equal(z("Les horaires sont exprimés en UTC."), "UTC");
  assert.equal(z("Toutes les heures sont indiquées en heure de Paris."), "Europe/Paris");
  assert.equal(z("The outage lasted for hours in Europe."), null);
  assert.equal(z("Timeline (see below)"), null);
  assert.equal(z("les heures de pointe"), null);
  assert.equal(z("all times local time"), null);
  // two declarations that disagree: none
  assert.equal(z("All times UTC. Later: all times are in Pacific Time."), null);
});

test("a clock read in a declared zone counts as stated in it", () => {
  const [t] = extractTimes("Timeline (UTC)\n09:15 - Downloads time out.", { publishedAt: new Date("2026-06-05T16:00:00Z"), sourceZone: null, lang: "en" })
    .filter((x) => x.kind === "instant" && x.granularity === "minute");
  assert.equal(t?.kind === "instant" && t.zoneExplicit, true);
});

test("declaredZone reads the zone as the complement of 'times are/were' and a live page's 'times in' heading", () => {
  const z = (s: string) => declaredZone(s, foldText(s));
  assert.equal(z("We follow the Korrin outage as it unfolds. Times are Eastern."), "America/New_York");
  assert.equal(z("All times in this review are UTC. 06:10 - Errors rise."), "UTC");
  assert.equal(z("All times were Tokyo time, the carrier said."), "Asia/Tokyo");
  assert.equal(z("Times are Philippine Standard Time."), "Asia/Manila");
  assert.equal(z("Live blog - times in WAT\n\n17:40 - Still down."), "Africa/Lagos");
  // negatives: "times" with no zone right after declares nothing
  assert.equal(z("Checkout times were unchanged, the shop said."), null);
  assert.equal(z("Wait times are long in California this morning."), null);
  assert.equal(z("Response times in Paris rose at 10:05."), null);
});

test("bare clocks under 'Times are Pacific' are read in Pacific time", () => {
  const [t] = extractTimes("Korrin servers down - live. Times are Pacific.\n\nUpdate 9:05 a.m.: logins failing since 8:50 a.m.", { publishedAt: new Date("2026-06-06T22:00:00Z"), sourceZone: null, lang: "en" })
    .filter((x) => x.kind === "instant" && x.phrase.startsWith("8:50"));
  assert.equal(t?.kind === "instant" && t.utc, "2026-06-06T15:50:00Z");
});
