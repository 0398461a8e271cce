import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";

// "SAT-3", "MAR-1": a cable or product named by letters and a number is no weekday or month with a
// zone offset (chrono had read "the SAT-3 cable" as Saturday at UTC-3, dating the outage days early).
const read = (text: string, lang: "fr" | "en") =>
  extractTimes(text, { publishedAt: new Date("2024-03-14T11:00:00Z"), sourceZone: null, lang }).map((t) => t.phrase);

test("a word-hyphen-number name is not read as a day", () => {
  assert.deepEqual(read("The cut also hit segments of the WACS and SAT-3 cables.", "en"), []);
  assert.deepEqual(read("Les câbles WACS et SAT-3 ont aussi été touchés, comme le MAR-1.", "fr"), []);
  assert.deepEqual(read("Traffic moved to the SUN-2 route.", "en"), []);
  // after a bracket and a comma in a list (chrono's reading then starts with the comma)
  assert.deepEqual(read("The cuts hit the EASSy (East Africa), SAT-3 and PEACE systems.", "en"), []);
  assert.deepEqual(read("Les câbles EASSy (Afrique de l'Est), MAR-1 et PEACE sont coupés.", "fr"), []);
});

test("a weekday with a real zone or clock is still read", () => {
  assert.ok(read("The cable failed on Saturday at 3 p.m. GMT.", "en").some((p) => /Saturday|3 p\.m/.test(p)));
  assert.ok(read("Le câble a cédé samedi à 15 h.", "fr").some((p) => /samedi|15 h/.test(p)));
  // a clock with a written offset stays a clock
  assert.ok(read("Service failed at 10:00 UTC-3 on Tuesday.", "en").some((p) => /10:00/.test(p)));
});
