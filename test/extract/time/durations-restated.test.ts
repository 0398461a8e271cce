import { test } from "node:test";
import assert from "node:assert/strict";
import { runCase, type TimeCase } from "./time-case-helpers";

const base = { publishedAt: "2024-06-13T20:00:00Z", sourceZone: null, expect: { kind: "duration" as const, minutes: 0 } };
const lengths = (lang: "fr" | "en", text: string) =>
  runCase({ ...base, id: text, lang, text } as TimeCase).flatMap((t) => (t.kind === "duration" ? [t.minutes] : []));

// A length told in two units is one length; a length restated in brackets is not a second one.
test("'3 weeks and 3 days' / 'deux semaines et quatre jours' is one length", () => {
  assert.deepEqual(lengths("en", "Repairs to the cable took 3 weeks and 3 days."), [24 * 1440]);
  assert.deepEqual(lengths("fr", "La réparation du câble a pris deux semaines et quatre jours."), [18 * 1440]);
  // the smaller unit first is two lengths ("three hours, and two days later")
  assert.deepEqual(lengths("en", "The site was down 3 hours and 2 days later it failed again."), [180, 2 * 1440]);
});

test("a length restated in brackets after another is the same length (en/fr)", () => {
  assert.deepEqual(lengths("en", "The island was cut off for 24 days (3 weeks and 3 days)."), [24 * 1440]);
  assert.deepEqual(lengths("en", "Checkout failed for 90 minutes (an hour and a half) on Friday."), [90]);
  assert.deepEqual(lengths("fr", "Le réseau a été coupé pendant 24 jours (soit trois semaines et trois jours)."), [24 * 1440]);
  // negative: a bracket that is not right after a length keeps its own
  assert.deepEqual(lengths("en", "The outage (which lasted 2 hours) hit Europe."), [120]);
});
