// Role words added in round sixteen (our own phrasings, invented services): a service coming back or
// taken up again is a recovery; a failure taken up again is not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../lib/extract/extract-article";
import type { TimeFact } from "../../lib/domain/types";

const facts = (lang: "fr" | "en", text: string): TimeFact[] =>
  extractArticle({ url: "https://e.test/a", kind: "news", lang, title: lang === "fr" ? "Panne chez Zelbo" : "Zelbo outage", text, publishedAt: new Date("2026-05-12T22:00:00Z"), sourceName: null, sourceZone: null }).times;
const roleOf = (fs: TimeFact[], phrase: string) => fs.find((f) => f.time.phrase.startsWith(phrase))?.role;

test("'coming back' is a recovery, made partial by 'progressively'; the clause after 'after it went down' keeps its start (en)", () => {
  const fs = facts("en", "Zelbo's network was slowly coming back at about 4:15 pm, after it went down around 9 am.");
  assert.equal(roleOf(fs, "4:15"), "partial-recovery", JSON.stringify(fs));
  assert.equal(roleOf(fs, "9 am"), "start", JSON.stringify(fs));
  const progressive = facts("en", "Zelbo's app was progressively coming back around 3:40 pm on Tuesday.");
  assert.equal(roleOf(progressive, "3:40"), "partial-recovery", JSON.stringify(progressive));
  // negative: a plain return is a full recovery
  const plain = facts("en", "Zelbo's app was coming back for everyone at 3:40 pm on Tuesday.");
  assert.equal(roleOf(plain, "3:40"), "recovery", JSON.stringify(plain));
});

test("'restaurés' is a recovery and 'à partir d'environ' a start (fr)", () => {
  const fs = facts("fr", "À partir d'environ 9 h 10, les clients de Zelbo n'ont plus pu payer. Les paiements ont été restaurés à 12 h 40.");
  assert.equal(roleOf(fs, "9 h 10"), "start", JSON.stringify(fs));
  assert.equal(roleOf(fs, "12 h 40"), "recovery", JSON.stringify(fs));
});

test("an activity taken up again is a recovery (fr, en); a failure or a pronoun taken up again is not", () => {
  const fr = facts("fr", "La panne a commencé mardi vers 9 h et les virements n'ont repris que vers 15 h 20.");
  assert.equal(roleOf(fr, "15 h 20"), "recovery", JSON.stringify(fr));
  const en = facts("en", "Zelbo's checkouts failed from 9:05 a.m. and card payments resumed at 11:50 a.m.");
  assert.equal(roleOf(en, "11:50"), "recovery", JSON.stringify(en));
  // negatives: the attack, or "elle" (the outage), resuming is trouble coming back
  const attack = facts("en", "Zelbo's site was hit from 9:05 a.m. and the attack resumed at 11:50 a.m.");
  assert.notEqual(roleOf(attack, "11:50"), "recovery", JSON.stringify(attack));
  const pronoun = facts("fr", "La coupure, annoncée réglée, a été suivie d'une rechute : elle a repris à 15 h 20, selon l'opérateur.");
  assert.notEqual(roleOf(pronoun, "15 h 20"), "recovery", JSON.stringify(pronoun));
});

test("'recommencer à' an activity is a recovery (fr); 'recommencer à' a failure is not", () => {
  const fs = facts("fr", "Les caisses de Zelbo sont bloquées depuis 7 h. Vers 10 h 25, les terminaux recommençaient à lire les cartes.");
  assert.equal(roleOf(fs, "10 h 25"), "recovery", JSON.stringify(fs));
  const past = facts("fr", "Les abonnés ont pu recommencer à envoyer des SMS vers 16 h 10, selon l'opérateur.");
  assert.equal(roleOf(past, "16 h 10"), "recovery", JSON.stringify(past));
  // negatives: the site starting to crash again, and "tout recommençait" with nothing after
  const crash = facts("fr", "Vers 14 h 30, le site de Zelbo recommençait à planter, selon les clients.");
  assert.notEqual(roleOf(crash, "14 h 30"), "recovery", JSON.stringify(crash));
  const again = facts("fr", "On pensait l'incident clos mais vers 14 h 30, tout recommençait pour les clients de Zelbo.");
  assert.notEqual(roleOf(again, "14 h 30"), "recovery", JSON.stringify(again));
});

test("a service declared stable is a recovery (en, fr); 'revenir' in any tense is a return, not 'revenir sur' (fr)", () => {
  const en = facts("en", "Zelbo went down at 1:20 p.m. At 6:35 p.m. Zelbo declared its payment service stable.");
  assert.equal(roleOf(en, "6:35"), "recovery", JSON.stringify(en));
  const fr = facts("fr", "Le réseau de Zelbo a cessé de fonctionner vers 7 h 25, avant de revenir peu à peu autour de 10 h 50.");
  assert.equal(roleOf(fr, "7 h 25"), "start", JSON.stringify(fr));
  assert.equal(roleOf(fr, "10 h 50"), "partial-recovery", JSON.stringify(fr));
  const stable = facts("fr", "Zelbo est tombé vers 8 h. Le service est stable depuis 11 h 15, selon l'opérateur.");
  assert.equal(roleOf(stable, "11 h 15"), "recovery", JSON.stringify(stable));
  // negative: going back over the outage dates a statement, not a return
  const revisit = facts("fr", "Zelbo est tombé vers 8 h. Le patron doit revenir sur la panne vers 17 h 30 lors d'un point presse.");
  assert.notEqual(roleOf(revisit, "17 h 30"), "recovery", JSON.stringify(revisit));
});

test("measures back at normal levels are a recovery, and 'from' then dates it (en, fr)", () => {
  const en = facts("en", "Zelbo failed around 9 am. Carriers saw normal traffic levels on Zelbo from about 1:30 pm.");
  assert.equal(roleOf(en, "1:30"), "recovery", JSON.stringify(en));
  const fr = facts("fr", "Zelbo est tombé vers 9 h. Les opérateurs ont constaté un trafic normal à partir de 13 h 30.");
  assert.equal(roleOf(fr, "13 h 30"), "recovery", JSON.stringify(fr));
  // negative: a failure after a stretch of normal operation is the failure's time
  const relapse = facts("en", "After two hours of normal operation, Zelbo went down at around 4 pm.");
  assert.notEqual(roleOf(relapse, "4 pm"), "recovery", JSON.stringify(relapse));
  // negative: the fall from normal values is no return to them
  const fell = facts("en", "Zelbo's traffic fell to a third of its normal levels at 9:10 a.m.");
  assert.notEqual(roleOf(fell, "9:10"), "recovery", JSON.stringify(fell));
  const cut = facts("en", "Normal operation of Zelbo was interrupted at 8:05 a.m.");
  assert.notEqual(roleOf(cut, "8:05"), "recovery", JSON.stringify(cut));
  const effondre = facts("fr", "Le trafic normal de Zelbo s'est effondré à 8 h 05.");
  assert.notEqual(roleOf(effondre, "8 h 05"), "recovery", JSON.stringify(effondre));
});
