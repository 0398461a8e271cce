import { test } from "node:test";
import assert from "node:assert/strict";
import { operatorVoice } from "../../lib/extract/operator-voice";
import { documentKind } from "../../lib/ingest/handler/draft-fields";
import { facts } from "./article-helpers";

test("a report's heading as title is the operator's voice (en, fr)", () => {
  assert.equal(operatorVoice("Incident report: payment API errors on 4 March", "Between 09:00 and 10:10 UTC, card payments failed."), "report-title");
  assert.equal(operatorVoice("Post-incident review: login failures in eu-west", "Sign-ins failed for an hour."), "report-title");
  assert.equal(operatorVoice("Post-mortem : coupure du stockage objet le 3 février", "Le stockage objet a été indisponible."), "report-title");
  assert.equal(operatorVoice("Communiqué relatif à l'interruption du service de paiement mobile", "Le service a été interrompu."), "report-title");
  assert.equal(operatorVoice("Statement on this morning's network disruption", "Calls could not be made."), "report-title");
  // a headline that only mentions a report is the press telling of it
  assert.equal(operatorVoice("Acme publishes incident report on payment outage", "Acme said on Friday that a bad deploy caused the outage."), null);
  // a newspaper explainer opens the same way as often as a postmortem
  assert.equal(operatorVoice("What happened on Friday: the Acme outage explained", "Acme's payment API failed for an hour on Friday."), null);
});

test("a status entry's state label opening a line, or closing its title, is the operator's voice (en, fr)", () => {
  assert.equal(operatorVoice("Webhooks delayed", "Resolved - Deliveries are back to normal.\nMar 4, 11:02 UTC\nInvestigating - We are looking into delays."), "status-entry");
  assert.equal(operatorVoice("Lenteurs sur la messagerie", "Résolu – 10 h 40\nLes envois fonctionnent de nouveau."), "status-entry");
  assert.equal(operatorVoice("Synchronisation interrompue", "09 h 15 – Résolu. La synchronisation a repris."), "status-entry");
  assert.equal(operatorVoice("Degraded search results (Resolved)", "Search is back to normal."), "status-entry");
  // a hyphenated word is no state label
  assert.equal(operatorVoice("Ransomware gang self-identified", "A group claimed the attack on the retailer's tills."), null);
  // a live blog quotes a status page far into its story, after its own lead
  const live = "Payments failed across Europe on Tuesday, merchants said. ".repeat(8) + "\nResolved - the company posted at noon.";
  assert.equal(operatorVoice("Payments down across Europe", live), null);
});

test("an operator addressing its customers, or opening as a letter, is the operator's voice (en, fr)", () => {
  assert.equal(operatorVoice("Information", "Nordtel informe son aimable clientèle qu'une coupure a affecté l'internet mobile ce jeudi."), "customer-address");
  assert.equal(operatorVoice("Service notice", "Dear valued customer, our card payments failed this morning."), "customer-address");
  assert.equal(operatorVoice("Retour à la normale", "Lyon, le 3 mars 2026\n\nDepuis ce matin, le portail des usagers est de nouveau accessible."), "letter-dateline");
  // a wire story names its agency after the dateline, and reports the communiqué in the past
  assert.equal(operatorVoice("Panne chez Nordtel", "Lyon, 3 mars 2026 (AFP) - Nordtel a informé sa clientèle d'une coupure."), null);
});

test("an opening that tells of 'our customers' or 'notre réseau' outside quotes is the operator's voice; a quote is not (en, fr)", () => {
  assert.equal(operatorVoice("An update", "This morning many of our broadband customers lost service for two hours."), "first-person");
  assert.equal(operatorVoice("Mardi matin", "Un câble a été coupé mardi. Une partie de notre réseau fixe a été privée d'internet."), "first-person");
  assert.equal(operatorVoice("Broadband down for thousands", "\"Our engineers are working on it,\" the company said of the fault that cut off its customers."), null);
  assert.equal(operatorVoice("Panne chez Nordtel", "Nordtel a connu une panne mardi. Ses clients n'ont pas pu appeler. « Nos équipes sont mobilisées », a indiqué l'opérateur."), null);
  assert.equal(operatorVoice("Review: the new banking app", "We tested the new app for a week. It is faster than the old one."), null);
  // a news page's furniture at the top of its text is not the operator speaking
  assert.equal(operatorVoice("Payments down across Europe", "Download our app for breaking news. Card payments failed across Europe on Tuesday."), null);
  assert.equal(operatorVoice("Panne géante", "Nous utilisons des cookies pour améliorer notre site. Les paiements ont échoué mardi."), null);
});

test("a news-like feed's item in an operator's voice is an official document; social posts and status pages keep their kind", () => {
  const title = "Incident report: storage unavailable on 2 June";
  assert.equal(documentKind("feed", false, title, "Between 10:00 and 11:30 UTC, volumes could not be attached."), "official");
  assert.equal(documentKind("feed", false, "Storage outage hits thousands of sites", "Sites went offline on Tuesday, the host said."), "news");
  assert.equal(documentKind("social", false, title, ""), "social");
  assert.equal(documentKind("statuspage", false, title, ""), "status");
});

test("an operator's notice of planned work is no incident of its own, though in its voice (en, fr)", () => {
  const en = facts("Planned maintenance: Sunday 9 June", "We're upgrading our systems, so some of our services will be unavailable for a short time on Sunday night. We're sorry for any inconvenience.", { kind: "official", lang: "en", publishedAt: new Date("2026-06-05T10:00:00Z") });
  assert.equal(en.isOutage, false, `${en.outageScore}`);
  const fr = facts("Travaux sur notre réseau dans la nuit de samedi", "Nos services internet seront indisponibles dans la nuit de samedi à dimanche, de 1 h à 5 h. Nous nous excusons pour la gêne occasionnée.", { kind: "official", lang: "fr", publishedAt: new Date("2026-06-05T10:00:00Z") });
  assert.equal(fr.isOutage, false, `${fr.outageScore}`);
});
