// A clock heading a later addition to a page ("Update (5:40 p.m. ET):", "Edit : vers 16h27") was
// written after the page's publication: it is its reading nearest publication, not the day before.
import assert from "node:assert/strict";
import { test } from "node:test";
import { assertCasesPass, matches, runCase, type TimeCase } from "./time-case-helpers";

const at = (utc: string) => ({ kind: "instant" as const, utc, tol: 5 });
const c = (id: string, lang: "fr" | "en", publishedAt: string, text: string, utc: string): TimeCase =>
  ({ id, lang, publishedAt, sourceZone: null, text, expect: at(utc) });

test("an update's clock later in the day than publication is that day's (en, fr)", () => {
  assertCasesPass([
    c("up1", "en", "2025-06-10T14:05:00Z", "Steam is down for many users. Update (5:40 p.m. ET): the store is back online.", "2025-06-10T21:40:00Z"),
    c("up2", "en", "2025-06-10T14:05:00Z", "The bank's app fails to load.\n\nUpdated at 6:15 p.m.: the bank says payments work again.", "2025-06-10T22:15:00Z"),
    c("up3", "fr", "2025-06-10T09:10:00Z", "La messagerie ne répond plus depuis ce matin. Edit : vers 16h27, le service est revenu.", "2025-06-10T14:27:00Z"),
    c("up4", "fr", "2025-06-10T09:10:00Z", "Les abonnés n'ont plus de réseau.\n\n[Mise à jour à 18 h 05] L'opérateur annonce un retour à la normale.", "2025-06-10T16:05:00Z"),
    c("up6", "en", "2025-06-10T14:05:00Z", "The carrier's network is down.\n\nUpdate, 5:40 p.m.: the carrier says service is back.", "2025-06-10T21:40:00Z"),
    // written late in the evening, updated after midnight: the next day's small hours
    c("up5", "en", "2025-06-10T03:30:00Z", "Users cannot log in to the game. Update: as of 1:15 a.m., servers are back.", "2025-06-10T05:15:00Z"),
  ]);
});

test("a clock no update heads keeps the rule of bare clocks; a clock in a narrative update too", () => {
  // negatives: a later clock told as what happened, and an operator's update reported next morning
  const cases: [TimeCase, string][] = [
    [c("nu1", "en", "2025-06-10T14:05:00Z", "Steam is down for many users. The store went down at 5:40 p.m. ET.", "2025-06-09T21:40:00Z"), "2025-06-10T21:40:00Z"],
    [c("nu2", "fr", "2025-06-10T07:00:00Z", "L'opérateur a publié une mise à jour à 23 h : le réseau était rétabli.", "2025-06-09T21:00:00Z"), "2025-06-10T21:00:00Z"],
  ];
  for (const [k, wrong] of cases) {
    const rs = runCase(k);
    assert.ok(matches(k.expect, rs) && !matches(at(wrong), rs), `${k.id}: ${JSON.stringify(rs)}`);
  }
});
