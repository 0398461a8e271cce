// Feed dates in the forms feeds write, in French and English, and the source's zone.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseFeedDate } from "../../lib/ingest/parser/feed-date";

const iso = (s: string, zone?: string) => parseFeedDate(s, zone)?.toISOString() ?? null;

test("RFC 822 with named zones: fixed abbreviations, and generic names that follow daylight time", () => {
  assert.equal(iso("Tue, 09 Jul 2024 14:05:00 CEST"), "2024-07-09T12:05:00.000Z");
  assert.equal(iso("Tue, 09 Jul 2024 14:05:00 EST"), "2024-07-09T19:05:00.000Z"); // EST is always −5
  assert.equal(iso("Tue, 09 Jul 2024 14:05:00 ET"), "2024-07-09T18:05:00.000Z"); // ET in July is EDT
  assert.equal(iso("Tue, 09 Jan 2024 14:05:00 ET"), "2024-01-09T19:05:00.000Z");
  assert.equal(iso("Tue, 09 Jul 2024 14:05:00 Europe/Paris"), "2024-07-09T12:05:00.000Z");
  assert.equal(iso("Tue, 09 Jul 2024 14:05:00 GMT+02:00"), "2024-07-09T12:05:00.000Z");
});

test("variants: long month names, French names, a missing weekday, 2-digit years, no seconds, am/pm", () => {
  assert.equal(iso("9 July 2024 14:05 +0000"), "2024-07-09T14:05:00.000Z");
  assert.equal(iso("mardi 9 juillet 2024 14:05:00 +0200"), "2024-07-09T12:05:00.000Z");
  assert.equal(iso("ven., 15 févr. 2019 08:30:00 +0100"), "2019-02-15T07:30:00.000Z");
  assert.equal(iso("Sat, 01 Jan 22 00:00:00 GMT"), "2022-01-01T00:00:00.000Z");
  assert.equal(iso("Jul 9, 2024 2:05 PM GMT"), "2024-07-09T14:05:00.000Z");
  assert.equal(iso("24-03-05"), "2024-03-05T00:00:00.000Z"); // 2-digit ISO year is 20xx, not 2031-style
});

test("W3C-DTF / ISO 8601 with fractions, offsets and reduced precision", () => {
  assert.equal(iso("2024-07-09T14:05:00.250+02:00"), "2024-07-09T12:05:00.250Z");
  assert.equal(iso("2024-07"), "2024-07-01T00:00:00.000Z");
  assert.equal(iso("2024-07-09 14:05:00"), "2024-07-09T14:05:00.000Z");
});

test("a date with no zone is wall-clock time in the source's zone, with daylight time", () => {
  assert.equal(iso("2024-07-09T14:05:00", "Europe/Paris"), "2024-07-09T12:05:00.000Z");
  assert.equal(iso("Tue, 09 Jan 2024 14:05:00", "America/Montreal"), "2024-01-09T19:05:00.000Z");
  assert.equal(iso("2024-07-09T14:05:00Z", "Europe/Paris"), "2024-07-09T14:05:00.000Z"); // an explicit zone wins
});

test("impossible or unreadable dates are null, not guesses", () => {
  for (const s of ["31 Jun 2024 10:00 GMT", "Tue, 09 Jul 2024 25:00:00 GMT", "yesterday", "09 Foo 2024", "2024-07-09T10:00:00+25:00", "2024-07-09-02", ""]) assert.equal(iso(s), null, s);
});
