// The cause an incident shows, and how it became known, from own phrasings read for real (extraction, then
// buildIncident): the shown status is the strongest any source gives the shown category, whatever the order
// the documents arrive in; the history goes from guess to press report to the operator's word, each with
// who said it and when; "no explanation given" is no cause. Written for these tests, both languages.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { DocumentKind, ExtractedDocument, IncidentExport } from "../../lib/domain/types";
import { buildIncident } from "../../lib/timeline/build-incident";
import { causeCaseFacts } from "../extract/phrasings/cases-helpers";

const now = new Date("2025-07-01T00:00:00Z");
let id = 0;
function doc(kind: DocumentKind, lang: "fr" | "en", publishedAt: string, sourceName: string, title: string, text: string): ExtractedDocument {
  id += 1;
  const facts = causeCaseFacts({ lang, text, publishedAt }, title);
  return { id, url: `https://${sourceName.toLowerCase().replace(/\W+/g, "-")}.example/${id}`, title, kind, lang, publishedAt, sourceName, facts };
}
const history = (inc: IncidentExport) => (inc.causeHistory ?? []).map((h) => [h.category, h.status, h.at]);

const EN = [
  doc("news", "en", "2025-06-10T14:00:00Z", "Daily Wire", "Bank app down", "Some customers suspect a cyberattack is behind the outage."),
  doc("news", "en", "2025-06-10T16:00:00Z", "Tech Post", "Bank app outage", "The bank has given no explanation for the outage so far."),
  doc("news", "en", "2025-06-10T20:00:00Z", "City Paper", "Bank app outage", "The outage was caused by a faulty software update installed overnight."),
  doc("official", "en", "2025-06-11T09:00:00Z", "Bank newsroom", "Update on Tuesday's app outage", "A defective software update installed on Monday night caused the app to fail."),
  doc("news", "en", "2025-06-11T12:00:00Z", "Evening Star", "Bank outage", "Hackers may have been involved, one analyst said."),
];
const FR = [
  doc("news", "fr", "2025-06-10T14:00:00Z", "Le Quotidien", "Panne de l'appli bancaire", "Des clients soupçonnent une cyberattaque d'être à l'origine de la panne."),
  doc("news", "fr", "2025-06-10T16:00:00Z", "Info Soir", "Panne de l'appli bancaire", "La banque n'a donné aucune explication sur la panne pour l'instant."),
  doc("news", "fr", "2025-06-10T20:00:00Z", "La Gazette", "Panne de l'appli bancaire", "La panne a été provoquée par une mise à jour logicielle défectueuse installée dans la nuit."),
  doc("status", "fr", "2025-06-11T09:00:00Z", "État des services", "Incident de l'application", "Résolu - Une mise à jour logicielle défectueuse installée lundi soir a provoqué la panne de l'application."),
];

for (const [lang, docs, last] of [["en", EN, "2025-06-11T09:00:00Z"], ["fr", FR, "2025-06-11T09:00:00Z"]] as const) {
  test(`cause history (${lang}): a guess, then the press, then the operator's own word; no explanation is no cause`, () => {
    const inc = buildIncident("s", docs, now);
    assert.equal(inc.cause?.category, "software-bug", JSON.stringify(inc.cause));
    assert.equal(inc.cause?.status, "confirmed", "the operator's own document confirms");
    assert.deepEqual(history(inc).slice(0, 3), [
      ["cyberattack", "speculated", "2025-06-10T14:00:00Z"],
      ["software-bug", "reported", "2025-06-10T20:00:00Z"],
      ["software-bug", "confirmed", last],
    ]);
    assert.ok(!history(inc).some(([c]) => c === "unknown"), "no explanation given is left out");
    const confirmed = inc.causeHistory!.find((h) => h.status === "confirmed")!;
    assert.deepEqual(confirmed.sources, [docs[3].url], "who confirmed: the operator's document");
    assert.deepEqual(confirmed.by, [docs[3].sourceName]);
    // who guessed: every outlet that did, the first first (the English set's analyst guesses again the next day)
    assert.deepEqual(inc.causeHistory![0].by, lang === "en" ? ["Daily Wire", "Evening Star"] : ["Le Quotidien"]);
    // a guess arriving after the confirmation does not demote it
    assert.ok(inc.cause?.superseded?.some((s) => s.category === "cyberattack" && s.status === "speculated"));
  });

  test(`cause history (${lang}): the shown cause and its history do not depend on the order the documents arrive in`, () => {
    const forward = buildIncident("s", docs, now);
    const backward = buildIncident("s", [...docs].reverse(), now);
    const shuffled = buildIncident("s", [docs[2], docs[0], docs[3], docs[1], ...docs.slice(4)], now);
    for (const other of [backward, shuffled]) {
      assert.deepEqual(other.cause, forward.cause);
      assert.deepEqual(other.causeHistory, forward.causeHistory);
    }
  });
}

test("the shown status follows the strongest source of the shown category: the press's report over a guess, a guess stays a guess", () => {
  const guess = doc("news", "en", "2025-06-10T14:00:00Z", "Daily Wire", "Carrier outage", "Experts suspect a fibre cut may explain the outage.");
  const report = doc("news", "en", "2025-06-10T18:00:00Z", "City Paper", "Carrier outage", "Road works severed a fibre cable, cutting off thousands of homes.");
  assert.equal(buildIncident("s", [guess], now).cause?.status, "speculated");
  const both = buildIncident("s", [guess, report], now);
  assert.equal(both.cause?.category, "hardware-or-datacenter");
  assert.equal(both.cause?.status, "reported");
  assert.deepEqual(history(both), [["hardware-or-datacenter", "speculated", "2025-06-10T14:00:00Z"], ["hardware-or-datacenter", "reported", "2025-06-10T18:00:00Z"]]);
  assert.deepEqual(both.causeHistory!.map((h) => h.by), [["Daily Wire"], ["City Paper"]]);
  // the operator's own status page guessing keeps its guess: the operator's document confirms what it states, not what it supposes
  const page = doc("status", "fr", "2025-06-10T15:00:00Z", "État des services", "Incident réseau", "Investigation en cours - Une coupure de fibre pourrait être à l'origine des perturbations.");
  assert.equal(buildIncident("s", [page], now).cause?.status, "speculated");
});

test("an operator's word quoted by the press confirms; a press report of the same words alone does not", () => {
  const quoted = doc("news", "fr", "2025-06-10T18:00:00Z", "La Gazette", "Panne chez l'opérateur", "L'opérateur a expliqué qu'une erreur de configuration sur un routeur avait provoqué la panne.");
  const plain = doc("news", "fr", "2025-06-10T17:00:00Z", "Info Soir", "Panne chez l'opérateur", "Une erreur de configuration est à l'origine de la panne.");
  assert.equal(buildIncident("s", [plain], now).cause?.status, "reported");
  const inc = buildIncident("s", [plain, quoted], now);
  assert.equal(inc.cause?.category, "config-change");
  assert.equal(inc.cause?.status, "confirmed");
  assert.deepEqual(inc.cause?.sources, [quoted.url, plain.url].sort());
});
