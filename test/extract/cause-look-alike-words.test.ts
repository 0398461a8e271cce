// Words that name a cause in one sense and a part of the service in another: routing done by an
// application's software (messages, calls, orders) is no network fault, and the component that keeps a
// pool of connections is no pool used up; hearsay passed round online is a guess, not a report.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

const causes = (title: string, text: string, lang: "fr" | "en") => facts(title, text, { lang }).causes.map((c) => `${c.category}/${c.status}`);
const has = (cs: string[], category: string) => cs.some((c) => c.startsWith(`${category}/`));

test("an application's routing of messages, calls or orders is its software, not the network (fr, en)", () => {
  const en1 = causes("Zorvex chat outage", "Zorvex said the outage was caused by a faulty release of its message-routing service, deployed in a routine update.", "en");
  assert.ok(has(en1, "software-bug") && !has(en1, "network-bgp-dns"), en1.join());
  const en2 = causes("Acme Voice down", "Acme blamed a bug in the new version of its call routing platform for the outage.", "en");
  assert.ok(!has(en2, "network-bgp-dns"), en2.join());
  const fr1 = causes("Panne de Zorvex", "Zorvex explique que la panne est due à un bogue dans la nouvelle version de son logiciel de routage des messages.", "fr");
  assert.ok(has(fr1, "software-bug") && !has(fr1, "network-bgp-dns"), fr1.join());
  const fr2 = causes("Panne d'Acme Télécom", "Selon Acme, la panne a été causée par un défaut du système de routage des appels installé la veille.", "fr");
  assert.ok(!has(fr2, "network-bgp-dns"), fr2.join());
});

test("routing of network traffic still names the network (negatives, fr, en)", () => {
  assert.ok(has(causes("Acme outage", "Acme said the outage was caused by a routing error in its backbone.", "en"), "network-bgp-dns"));
  assert.ok(has(causes("Acme outage", "The outage was caused by a BGP routing issue, the company said.", "en"), "network-bgp-dns"));
  assert.ok(has(causes("Panne d'Acme", "La panne est due à un problème de routage sur le réseau de l'opérateur.", "fr"), "network-bgp-dns"));
  assert.ok(has(causes("Panne d'Acme", "Acme explique la panne par une erreur de routage du trafic IP.", "fr"), "network-bgp-dns"));
});

test("the connection pooler is a component: a change to it is no overload; a pool used up is (en, fr)", () => {
  const change = causes("Post-incident review: Zorvex Git outage", "Root cause. At 14:00 UTC we rolled out a configuration change to the connection pooler in front of our primary database.", "en");
  assert.ok(has(change, "config-change") && !has(change, "capacity-overload"), change.join());
  assert.ok(has(causes("Acme outage", "The outage was caused by a database whose connection pool was exhausted by a surge of retries.", "en"), "capacity-overload"));
  assert.ok(has(causes("Acme outage", "Acme said exhausted connection pools caused the errors.", "en"), "capacity-overload"));
  assert.ok(has(causes("Panne d'Acme", "La panne est due au pool de connexions épuisé de la base de données principale.", "fr"), "capacity-overload"));
});

test("what posts online claim, or what circulates on social networks, is a guess (en, fr)", () => {
  assert.ok(causes("Acme Air check-in outage", "Acme Air's check-in system was down at airports across the country on Monday. Posts circulating online claim that the airline was hit by hackers.", "en").includes("cyberattack/speculated"));
  assert.ok(causes("Zorvex down", "Zorvex was down for hours. Some users claim a cyberattack caused the outage.", "en").includes("cyberattack/speculated"));
  assert.ok(causes("Panne d'Acme Air", "L'enregistrement d'Acme Air est bloqué. Des messages qui circulent sur les réseaux sociaux évoquent une cyberattaque à l'origine de la panne.", "fr").includes("cyberattack/speculated"));
  assert.ok(causes("Panne de Zorvex", "Zorvex est en panne. Des rumeurs circulent sur une cyberattaque à l'origine de la panne.", "fr").includes("cyberattack/speculated"));
  // negatives: the operator's own statement stays confirmed
  assert.ok(causes("Acme outage", "Acme said the outage was caused by a DDoS attack on its servers.", "en").includes("cyberattack/confirmed"));
  assert.ok(causes("Panne d'Acme", "Acme a confirmé que la panne était due à une cyberattaque.", "fr").includes("cyberattack/confirmed"));
});
