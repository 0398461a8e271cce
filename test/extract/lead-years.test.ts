// The years a title or lead writes as its outage's (own phrasings, fr and en), and what is not one:
// counts, an earlier outage compared with, the millennium bug, years deeper in the body.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeTextView } from "../../lib/extract/text-view";
import { leadYears } from "../../lib/extract/lead-years";
import { facts } from "./article-helpers";

const years = (title: string, text: string, lang: "fr" | "en") => leadYears(makeTextView(title, text, lang));

test("a year after a month or as the outage's label, in the title or the lead (fr, en)", () => {
  assert.deepEqual(years("Retour sur la panne géante de Free", "En mars 2024, les abonnés de Free ont perdu internet pendant une journée.", "fr"), [2024]);
  assert.deepEqual(years("Pourquoi la panne de SNCF Connect de 2023 a duré si longtemps", "Les voyageurs n'avaient pas pu réserver de billets.", "fr"), [2023]);
  assert.deepEqual(years("Ce que la panne d'Ameli a changé", "Le site était resté inaccessible en mai 2022, privant les assurés de leurs attestations.", "fr"), [2022]);
  assert.deepEqual(years("Lessons from the 2023 Square outage", "Merchants could not take card payments for a day.", "en"), [2023]);
  assert.deepEqual(years("Inside an outage", "When Fastly went down in June 2021, news sites around the world went dark.", "en"), [2021]);
  assert.deepEqual(years("Looking back", "The payment network failed on May 12, 2019, and again in 2020.", "en"), [2019, 2020]);
});

test("counts, compared outages, the millennium bug and years deeper in the body are not the outage's year (fr, en)", () => {
  assert.deepEqual(years("Panne chez Orange", "Plus de 2000 abonnés ont signalé des coupures ce matin.", "fr"), []);
  assert.deepEqual(years("Bouygues Telecom en panne", "Près de 2500 clients sont privés de réseau.", "fr"), []);
  assert.deepEqual(years("Orange de nouveau en panne", "Un an après la panne géante de juin 2025, les appels échouent encore.", "fr"), []);
  assert.deepEqual(years("Bug du 29 février", "Comme le bug de l'an 2000, la date a piégé le logiciel.", "fr"), []);
  assert.deepEqual(years("Outlook is down", "Some 2000 users reported problems, and the outage looks like the 2023 one.", "en"), []);
  assert.deepEqual(years("Slack outage", "Slack users could not send messages. It is the worst outage since 2019.", "en"), []);
  assert.deepEqual(years("Steam down", "Steam users cannot log in. The store is unreachable. Valve last failed this badly in 2015.", "en"), []);
});

test("only a document with no date to read against keeps them", () => {
  const undated = facts("Why the 2024 Optus outage cut emergency calls", "Optus lost its whole network for twelve hours, leaving millions without mobile service.", { lang: "en", publishedAt: null });
  assert.deepEqual(undated.leadYears, [2024]);
  const dated = facts("Why the 2024 Optus outage cut emergency calls", "Optus lost its whole network for twelve hours, leaving millions without mobile service.", { lang: "en", publishedAt: new Date("2025-01-10T10:00:00Z") });
  assert.equal(dated.leadYears, undefined);
});
