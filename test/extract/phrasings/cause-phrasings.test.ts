// How outage reports state a cause, in French and English: each sentence must yield the category,
// and the status must tell the operator's word (confirmed) from the press's (reported) and guesses
// (speculated).
import { test } from "node:test";
import assert from "node:assert/strict";
import type { CauseCategory, CauseStatus } from "../../../lib/domain/types";
import { causeCaseFacts, type Case } from "./cases-helpers";

const CAUSES: (Case & { category: CauseCategory; status?: CauseStatus })[] = [
  { lang: "en", text: "The outage was caused by a faulty BGP update, the company said.", category: "network-bgp-dns", status: "confirmed" },
  { lang: "en", text: "Google said a configuration change to its network triggered the disruption.", category: "config-change", status: "confirmed" },
  { lang: "en", text: "The company said a bug in a software update caused the outage.", category: "software-bug", status: "confirmed" },
  { lang: "en", text: "A power failure at a data centre in Virginia knocked the service offline.", category: "hardware-or-datacenter" },
  { lang: "en", text: "A cooling system failure in a London data center caused the outage.", category: "hardware-or-datacenter", status: "reported" },
  { lang: "en", text: "The service was hit by a distributed denial-of-service attack, the company confirmed.", category: "cyberattack", status: "confirmed" },
  { lang: "en", text: "Some users speculated that a cyberattack was behind the outage.", category: "cyberattack", status: "speculated" },
  { lang: "en", text: "The disruption stemmed from an issue at a third-party cloud provider.", category: "third-party" },
  { lang: "en", text: "An unexpected surge in traffic overwhelmed its servers, causing the outage.", category: "capacity-overload" },
  { lang: "en", text: "Hackers claimed responsibility for the outage, but the company has not confirmed an attack.", category: "cyberattack", status: "speculated" },
  { lang: "en", text: "According to the company's post-mortem, a faulty code deployment was the root cause of the outage.", category: "software-bug", status: "confirmed" },
  { lang: "en", text: "Engineers traced the outage to a misconfigured load balancer.", category: "config-change" },
  { lang: "en", text: "The outage was blamed on a severed fibre optic cable near Marseille.", category: "hardware-or-datacenter" },
  { lang: "en", text: "Experts said the outage could have been caused by a BGP misconfiguration.", category: "network-bgp-dns", status: "speculated" },
  { lang: "en", text: "The outage happened because its servers ran out of capacity as demand spiked.", category: "capacity-overload" },
  { lang: "en", text: "A glitch in a new software release brought the service down, the company said in a statement.", category: "software-bug", status: "confirmed" },
  { lang: "en", text: "The outage was the result of a failure at its cloud hosting provider.", category: "third-party" },
  { lang: "fr", text: "La panne est due à une mise à jour défectueuse.", category: "software-bug", status: "reported" },
  { lang: "fr", text: "Une erreur de configuration du routage BGP est à l'origine de la panne.", category: "config-change" },
  { lang: "fr", text: "Un incendie dans un centre de données a provoqué la panne.", category: "hardware-or-datacenter" },
  { lang: "fr", text: "Une coupure d'électricité dans un datacenter serait à l'origine de l'incident.", category: "hardware-or-datacenter", status: "speculated" },
  { lang: "fr", text: "Le service a subi une attaque par déni de service distribué (DDoS), a confirmé l'entreprise.", category: "cyberattack", status: "confirmed" },
  { lang: "fr", text: "Des experts évoquent une possible cyberattaque derrière la panne.", category: "cyberattack", status: "speculated" },
  { lang: "fr", text: "L'opérateur a expliqué qu'un problème chez un prestataire était en cause dans la panne.", category: "third-party", status: "confirmed" },
  { lang: "fr", text: "Un afflux massif de connexions a saturé les serveurs, provoquant la panne.", category: "capacity-overload" },
  { lang: "fr", text: "Une défaillance matérielle est à l'origine de la panne.", category: "hardware-or-datacenter" },
  { lang: "fr", text: "Une panne de climatisation dans la salle des serveurs a provoqué l'arrêt du service.", category: "hardware-or-datacenter" },
  { lang: "fr", text: "L'entreprise a attribué la panne à un incident chez son hébergeur.", category: "third-party", status: "confirmed" },
  { lang: "fr", text: "La panne provient d'un problème de résolution DNS, a précisé l'entreprise.", category: "network-bgp-dns", status: "confirmed" },
  { lang: "fr", text: "Selon l'opérateur, un bug logiciel a provoqué la panne.", category: "software-bug", status: "confirmed" },
  { lang: "fr", text: "Une panne d'électricité a privé le centre de données d'alimentation, entraînant la coupure.", category: "hardware-or-datacenter" },
];

for (const c of CAUSES) {
  test(`cause (${c.lang}) ${c.category}${c.status ? "/" + c.status : ""}: ${c.text}`, () => {
    const got = causeCaseFacts(c).causes.map((x) => `${x.category}/${x.status}`);
    assert.ok(got.some((g) => g === `${c.category}/${c.status ?? g.split("/")[1]}`), got.join(", "));
  });
}

const DENIED: Case[] = [
  { lang: "en", text: "The company said there was no evidence of a cyberattack behind the outage." },
  { lang: "en", text: "The outage was not the result of a DDoS attack, the company stressed." },
  { lang: "fr", text: "L'entreprise a écarté la piste d'une cyberattaque pour expliquer la panne." },
  { lang: "fr", text: "La panne n'est pas liée à un piratage, selon l'opérateur." },
];

for (const c of DENIED) {
  test(`denied cause (${c.lang}): ${c.text}`, () => {
    const got = causeCaseFacts(c).causes.map((x) => x.category);
    assert.ok(!got.includes("cyberattack"), got.join(", "));
  });
}

const SPECULATED: (Case & { category: CauseCategory })[] = [
  { lang: "en", text: "Was a cyberattack behind the outage?", category: "cyberattack" },
  { lang: "fr", text: "Cette panne est-elle due à une cyberattaque ?", category: "cyberattack" },
  { lang: "en", text: "It remains unclear whether a DDoS attack caused the outage.", category: "cyberattack" },
];

for (const c of SPECULATED) {
  test(`question or doubt is speculated (${c.lang}): ${c.text}`, () => {
    const got = causeCaseFacts(c).causes.map((x) => `${x.category}/${x.status}`);
    assert.ok(got.includes(`${c.category}/speculated`), got.join(", "));
  });
}

test("'could not' describes the failure, it does not hedge the cause", () => {
  const got = causeCaseFacts({ lang: "en", text: "Users could not log in because a DNS failure took down its servers, the company said." }).causes.map((x) => `${x.category}/${x.status}`);
  assert.ok(got.includes("network-bgp-dns/confirmed"), got.join(", "));
});

// Beside the operator's own blame, a belief in another clause is someone else's guess: each cause keeps its own status.
const TWO_VOICES: (Case & { expected: string[] })[] = [
  { lang: "fr", text: "Alors que les joueurs pensaient à une cyberattaque, l'éditeur a attribué la panne à un bug logiciel.", expected: ["cyberattack/speculated", "software-bug/confirmed"] },
  { lang: "en", text: "While many users thought it was a DDoS attack, the company blamed a faulty configuration change.", expected: ["cyberattack/speculated", "config-change/confirmed"] },
  { lang: "en", text: "Many users believed a cyberattack caused the outage.", expected: ["cyberattack/speculated"] },
  { lang: "fr", text: "Les internautes croyaient à un piratage à l'origine de la panne.", expected: ["cyberattack/speculated"] },
];

for (const c of TWO_VOICES) {
  test(`each voice keeps its status (${c.lang}): ${c.text}`, () => {
    const got = causeCaseFacts(c).causes.map((x) => `${x.category}/${x.status}`);
    for (const e of c.expected) assert.ok(got.includes(e), `expected ${e} in ${got.join(", ")}`);
  });
}
