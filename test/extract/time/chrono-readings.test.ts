// chrono-node's readings joined to the grammar's (lib/extract/time/merge-chrono-times.ts): what it
// adds, what it must not add, forward phrases marked ahead, zone abbreviations through the table.
// Our own phrasings, in both languages; `never` lists the readings that must not appear.
import assert from "node:assert/strict";
import { test } from "node:test";
import { extractTimes } from "../../../lib/extract/time/extract-times";
import type { TimeExpression } from "../../../lib/domain/types";
import { assertCasesPass, type TimeCase } from "./time-case-helpers";

const FR_PUB = "2024-03-10T09:00:00Z"; // Sunday 10:00 in Paris
const EN_PUB = "2024-05-15T13:00:00Z"; // Wednesday 09:00 in New York
const fr = (id: string, text: string, expect: TimeCase["expect"], never?: TimeCase["never"]): TimeCase => ({ id, lang: "fr", publishedAt: FR_PUB, sourceZone: "Europe/Paris", text, expect, never });
const en = (id: string, text: string, expect: TimeCase["expect"], never?: TimeCase["never"]): TimeCase => ({ id, lang: "en", publishedAt: EN_PUB, sourceZone: "America/New_York", text, expect, never });
const run = (lang: "fr" | "en", text: string, pub = lang === "fr" ? FR_PUB : EN_PUB): TimeExpression[] =>
  extractTimes(text, { publishedAt: new Date(pub), sourceZone: lang === "fr" ? "Europe/Paris" : "America/New_York", lang });

test("forward phrases resolve forward: demain à 17h, dans 3 jours, tomorrow at 5pm, next Sunday", () => {
  assertCasesPass([
    fr("cf1", "Le service devrait être rétabli demain à 17h.", { kind: "instant", utc: "2024-03-11T16:00:00Z" }, [{ kind: "instant", utc: "2024-03-09T16:00:00Z" }]),
    fr("cf2", "Une maintenance aura lieu dans 3 jours.", { kind: "date", date: "2024-03-13" }, [{ kind: "duration", minutes: 4320 }]),
    en("cf3", "The company expects the app back tomorrow at 5pm.", { kind: "instant", utc: "2024-05-16T21:00:00Z" }, [{ kind: "instant", utc: "2024-05-14T21:00:00Z" }]),
    en("cf4", "Maintenance is planned for next Sunday.", { kind: "date", date: "2024-05-26" }),
    en("cf5", "Engineers will ship a fix in two hours.", { kind: "instant", utc: "2024-05-15T15:00:00Z" }),
  ]);
});

test("forward readings are marked ahead; past ones are not", () => {
  const ahead = (rs: TimeExpression[]) => rs.filter((t) => t.kind !== "duration" && t.ahead).map((t) => t.phrase);
  assert.deepEqual(ahead(run("fr", "Le service devrait revenir demain matin.")), ["demain matin"]);
  assert.deepEqual(ahead(run("en", "The fix will roll out in two hours.")), ["in two hours"]);
  assert.deepEqual(ahead(run("fr", "La panne a commencé hier à 14h.")), []);
  assert.deepEqual(ahead(run("en", "The outage began yesterday at 2pm.")), []);
});

test("English 'in N' is a span outside a clause about the future; 'later' counts from the story, not from publication", () => {
  const instants = (rs: TimeExpression[]) => rs.filter((t) => t.kind === "instant");
  assert.deepEqual(instants(run("en", "X suffered its second outage in two days.")), []);
  assert.deepEqual(instants(run("en", "Two hours later the site was back.")), []);
  assert.deepEqual(instants(run("fr", "Le site est revenu deux heures plus tard.")), []);
});

test("numeric and counted dates chrono knows: le 2/3 à 16h, il y a trois mois, three months ago, March 3", () => {
  assertCasesPass([
    fr("cd1", "La coupure a commencé le 2/3 à 16h.", { kind: "instant", utc: "2024-03-02T15:00:00Z" }, [{ kind: "instant", utc: "2024-03-09T15:00:00Z" }]),
    fr("cd2", "Le même service était déjà tombé il y a trois mois.", { kind: "date", date: "2023-12-10" }),
    en("cd3", "The same service went down three months ago.", { kind: "date", date: "2024-02-15" }),
    en("cd4", "the outage of march 3 was shorter.", { kind: "date", date: "2024-03-03" }),
  ]);
});

test("clock ranges with one written end and across midnight are over by publication", () => {
  assertCasesPass([
    fr("cr1", "Coupure de 23h à 2h.", { kind: "range", start: "2024-03-09T22:00:00Z", end: "2024-03-10T01:00:00Z" }, [{ kind: "duration", minutes: 1380 }]),
    en("cr2", "Logins failed 1-3am.", { kind: "range", start: "2024-05-15T05:00:00Z", end: "2024-05-15T07:00:00Z" }),
  ]);
});

test("zone abbreviations mean their zone's offset that day; ISO offsets stand as written", () => {
  assertCasesPass([
    en("cz1", "Errors began at 9 am (BST).", { kind: "instant", utc: "2024-05-15T08:00:00Z" }, [{ kind: "instant", utc: "2024-05-15T09:00:00Z" }]),
    // newsrooms write EST all year: in May it is New York's -4
    en("cz2", "The site failed at 8:17 a.m. EST this morning.", { kind: "instant", utc: "2024-05-15T12:17:00Z" }, [{ kind: "instant", utc: "2024-05-15T13:17:00Z" }]),
    en("cz3", "Logged at 2024-05-14T10:00:00+02:00 by the monitor.", { kind: "instant", utc: "2024-05-14T08:00:00Z" }),
    // a bare weekday with a zone is the latest one, as any bare weekday
    en("cz4", "Errors started Thursday 8:00 gmt.", { kind: "instant", utc: "2024-05-09T08:00:00Z" }, [{ kind: "instant", utc: "2024-05-16T08:00:00Z" }]),
  ]);
});

test("what chrono must not add: common words shaped like abbreviations, web addresses, months and weekends alone", () => {
  const none = (lang: "fr" | "en", text: string) => assert.deepEqual(run(lang, text).map((t) => t.phrase), [], text);
  none("fr", "Le nouveau jeu a planté et la mer était calme.");
  none("en", "Sun and Sat are brands; the game may crash.");
  none("en", "Details at https://status.example.com/2024/05/14/incident");
  none("en", "The outage in March was worse than this one.");
  // a weekend is two days, never chrono's one day: only the grammar's Saturday-to-Sunday range (resolve-weekends)
  assert.deepEqual(run("en", "Users were cut off over the weekend.").map((t) => `${t.kind} ${t.kind === "range" ? t.granularity : ""}`), ["range day"]);
  none("fr", "Sur l'autoroute A1, le trafic était dense.");
});

test("a length stays a length unless the words count forward from now", () => {
  const lengths = (lang: "fr" | "en", text: string) => run(lang, text).filter((t) => t.kind === "duration").map((t) => (t as { minutes: number }).minutes);
  assert.deepEqual(lengths("fr", "La panne est survenue moins de 24 heures après la précédente."), [1440]);
  assert.deepEqual(lengths("en", "Users were without service for six hours."), [360]);
  assert.deepEqual(lengths("fr", "Le retour est prévu dans 5 jours."), []);
});

test("an expected recovery or a planned maintenance dates no outage fact (fr, en)", async () => {
  const { facts } = await import("../article-helpers");
  const utcs = (f: ReturnType<typeof facts>) => f.times.map((t) => (t.time.kind === "instant" ? t.time.utc : t.time.kind === "range" ? t.time.start : ""));
  const en = facts("Streamly down", "Streamly went down at 2pm on Tuesday. The company said the service would be fully restored tomorrow at 5pm.", { lang: "en", publishedAt: new Date("2024-05-15T01:00:00Z") });
  assert.ok(!utcs(en).includes("2024-05-15T21:00:00Z"), JSON.stringify(utcs(en)));
  assert.ok(utcs(en).includes("2024-05-14T18:00:00Z"), JSON.stringify(utcs(en)));
  const fr = facts("Panne de Streamly", "Streamly est en panne depuis 14h ce mardi. Le service devrait être rétabli demain à 17h, selon l'entreprise.", { lang: "fr", publishedAt: new Date("2024-05-14T16:00:00Z") });
  assert.ok(!utcs(fr).includes("2024-05-15T15:00:00Z"), JSON.stringify(utcs(fr)));
  assert.ok(utcs(fr).includes("2024-05-14T12:00:00Z"), JSON.stringify(utcs(fr)));
});

test("one list of English future cues, matched on word boundaries that exclude digits, as the clock grammar matches them", () => {
  const instants = (rs: TimeExpression[]) => rs.filter((t) => t.kind === "instant").map((t) => t.phrase);
  // the chrono merge's own regex took a cue glued to digits for a word ("will90", a user's handle)
  // and read the span "in 10 minutes" as a moment to come; compileCues's boundary does not
  assert.deepEqual(instants(run("en", "User @will90 said the site went down twice in 10 minutes.")), []);
  assert.deepEqual(instants(run("en", "Engineers will restore the site in 10 minutes.")), ["in 10 minutes"]);
  // a contraction of "will" is a future cue ("'ll" alone could never begin on a word boundary)
  assert.deepEqual(instants(run("en", "We'll have the site back in two hours, the company said.")), ["in two hours"]);
});
