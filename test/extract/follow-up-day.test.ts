// The day a follow-up counts its outage back to from its publication (own phrasings, fr and en), and
// the look-alikes that give none: a new outage measured against an earlier one, approximate counts,
// an outage named by its written date, counts deeper in the body, a report calling itself a repeat.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeTextView } from "../../lib/extract/text-view";
import { followUpDay } from "../../lib/extract/follow-up-day";
import { facts } from "./article-helpers";

// Thursday 7 March 2024, mid-morning UTC
const THURSDAY = new Date("2024-03-07T10:00:00Z");
const day = (title: string, text: string, lang: "fr" | "en", published: Date | null = THURSDAY) =>
  followUpDay(makeTextView(title, text, lang), published, null, []);

test("a count of days or weeks after the outage, in the title or the lead (fr, en)", () => {
  assert.equal(day("Le fournisseur d'accès promet un dédommagement", "Deux jours après la panne qui a coupé internet dans tout le pays, l'opérateur détaille son geste commercial.", "fr"), "2024-03-05");
  assert.equal(day("Panne : le régulateur ouvre une enquête", "Au lendemain de la coupure géante, le régulateur a convoqué la direction de l'opérateur.", "fr"), "2024-03-06");
  assert.equal(day("Trois jours après la grande panne, la banque s'excuse", "Les clients recevront un remboursement des frais.", "fr"), "2024-03-04");
  assert.equal(day("Une semaine après la panne, la ministre réclame un audit", "La ministre veut comprendre ce qui s'est passé.", "fr"), "2024-02-29");
  assert.equal(day("Payments firm explains", "Two days after the outage that stopped card payments across Europe, the company published its review.", "en"), "2024-03-05");
  assert.equal(day("Regulator steps in", "A week after the massive network outage, the regulator has opened an inquiry.", "en"), "2024-02-29");
  assert.equal(day("Refunds promised", "The day after the outage, the carrier promised refunds to every customer.", "en"), "2024-03-06");
});

test("French writes a blackout \"black-out\": the hyphenated noun is counted from as the plain one (fr, en)", () => {
  assert.equal(day("Le patron de l'opérateur démissionne, deux semaines après le black-out géant", "Le conseil d'administration a accepté sa démission.", "fr"), "2024-02-22");
  assert.equal(day("Bilan", "Dix jours après le grand black-out du réseau mobile, le régulateur rend ses conclusions.", "fr"), "2024-02-26");
  assert.equal(day("Chief executive quits", "Three days after the network black-out, the carrier's chief executive has resigned.", "en"), "2024-03-04");
  // a black-out that is coming, not one counted from
  assert.equal(day("Hiver", "Le gestionnaire du réseau électrique veut éviter un black-out cet hiver.", "fr"), null);
});

test("the outage named by its weekday (fr, en)", () => {
  assert.equal(day("Après la panne de mardi, l'opérateur annonce un geste commercial", "Les abonnés touchés seront remboursés.", "fr"), "2024-03-05");
  assert.equal(day("Bilan", "La coupure géante de lundi a privé des milliers de foyers de télévision.", "fr"), "2024-03-04");
  assert.equal(day("CEO apologises for Tuesday's outage", "Customers will get a credit on their next bill.", "en"), "2024-03-05");
  assert.equal(day("What went wrong", "The company has published its account of Wednesday's two-hour outage.", "en"), "2024-03-06");
  // published on the weekday it names: the same day
  assert.equal(day("Live: Thursday's outage", "The streaming service is down for many users.", "en"), "2024-03-07");
});

test("the outage named by a day counted back from the writing (fr, en)", () => {
  assert.equal(day("Bank blames supplier for yesterday's outage", "Customers could not log in to the app.", "en"), "2024-03-06");
  assert.equal(day("Le régulateur convoque l'opérateur", "La panne de la veille a privé de réseau des milliers d'abonnés.", "fr"), "2024-03-06");
  assert.equal(day("La banque dédommage ses clients après la panne de samedi dernier", "Les frais seront remboursés.", "fr"), "2024-03-02");
  assert.equal(day("MPs write to the bank", "The committee demanded an explanation for last week's outage.", "en"), "2024-02-29");
  assert.equal(day("Refunds after last weekend's outage", "Players get a week free.", "en"), "2024-03-02");
  // last month is weeks back: no day
  assert.equal(day("Shares fall", "The company still feels last month's outage.", "en"), null);
});

test("a new outage measured against an earlier one, approximate counts and dated outages give no day (fr, en)", () => {
  assert.equal(day("La messagerie en rade", "Trois semaines après la grande coupure, l'opérateur connaît un nouveau raté.", "fr"), null);
  assert.equal(day("La banque de nouveau en panne", "Deux jours après la panne de mardi, l'application est de nouveau inaccessible.", "fr"), null);
  assert.equal(day("Cartes refusées", "L'incident intervient moins de trois semaines après la panne géante des terminaux.", "fr"), null);
  assert.equal(day("Enquête", "Dix jours après la panne du 26 février, le régulateur publie son rapport.", "fr"), null);
  assert.equal(day("Down again", "The bank was hit by another outage, exactly a week after the payday failure.", "en"), null);
  assert.equal(day("Lawsuit filed", "More than a week after the outage, customers have sued the carrier.", "en"), null);
  assert.equal(day("Review published", "Two weeks after the outage of February 20, the cloud published its review.", "en"), null);
  // not an outage: a week after a launch, a weekday's meeting
  assert.equal(day("Le réseau social séduit", "Une semaine après son lancement, l'application compte dix millions d'inscrits.", "fr"), null);
  assert.equal(day("Board meets", "Tuesday's board meeting approved the budget.", "en"), null);
  // months and years compare with history
  assert.equal(day("Nouveau bilan", "Six mois après la panne, l'opérateur a changé ses procédures.", "fr"), null);
  // a date named in the day of the week with its date is the date reader's
  assert.equal(day("Bilan", "La panne du mardi 5 mars a privé des milliers de foyers de réseau.", "fr"), null);
});

test("only the title and the lead count; a document with no publication date has nothing to count from", () => {
  assert.equal(day("Panne", "L'opérateur a rétabli le service. Les clients sont remboursés. Deux jours après la panne, le ministre s'est exprimé.", "fr"), null);
  assert.equal(day("Payments firm explains", "Two days after the outage, the company published its review.", "en", null), null);
});

test("through extraction: a follow-up's counted day is kept when the outage day read differs, not when the text writes its date or calls itself a repeat", () => {
  const opts = { publishedAt: THURSDAY };
  const followUp = facts("L'opérateur convoqué après la panne géante", "Deux jours après la panne qui a privé ses abonnés de réseau, l'opérateur mobile était convoqué ce jeudi par le ministre. L'incident a commencé à 8h40 et le réseau était rétabli à 15h30.", opts);
  assert.equal(followUp.followUpDay, "2024-03-05");
  const dated = facts("L'opérateur convoqué après la panne géante", "Deux jours après la panne qui a privé ses abonnés de réseau, l'opérateur mobile était convoqué. Depuis le 7 mars au matin, les abonnés ne pouvaient plus appeler.", opts);
  assert.equal(dated.followUpDay, undefined);
  const repeat = facts("L'opérateur de nouveau en panne", "Deux jours après la panne qui a privé ses abonnés de réseau, l'opérateur mobile connaît une nouvelle panne ce jeudi.", opts);
  assert.equal(repeat.followUpDay, undefined);
});

test("a count from the outage's start, in days or weeks, or in hours while the outage is still on (fr, en)", () => {
  assert.equal(day("Zorvex : la ministre demande des comptes", "Une semaine après le début de la panne, la ministre réclame un audit de l'hébergeur.", "fr"), "2024-02-29");
  // Thursday 10:00 UTC less 36 hours: Tuesday evening
  assert.equal(day("Les comptables improvisent", "Trente-six heures après le début de la panne, le logiciel de paie de Zorvex n'est toujours pas revenu.", "fr"), "2024-03-05");
  assert.equal(day("Banque Lumière : deuxième jour sans application", "Quarante-huit heures après le début de l'incident, l'application de Banque Lumière reste inaccessible.", "fr"), "2024-03-05");
  assert.equal(day("Regulator steps in", "Two days after the start of the outage, the regulator has opened an inquiry into Acme.", "en"), "2024-03-05");
  assert.equal(day("Acme users still waiting", "Thirty-six hours into the outage, Acme's app is still down for most users.", "en"), "2024-03-05");
  assert.equal(day("Day two for Acme", "48 hours after the outage began, Acme's booking site remains offline.", "en"), "2024-03-05");
});

test("a count of hours told as a moment inside the outage, or from the start of something else, gives no day (fr, en)", () => {
  // narrative: the moment service came back, not the report's own
  assert.equal(day("Ce qui s'est passé", "Trois heures après le début de la panne, le service de Zorvex était rétabli.", "fr"), null);
  assert.equal(day("What went wrong at Acme", "Twelve hours after the outage began, engineers restored service.", "en"), null);
  // not an outage's start
  assert.equal(day("Succès", "Trente-six heures après son lancement, l'application reste la plus téléchargée.", "fr"), null);
  assert.equal(day("Sponsor wanted", "Two days after the start of the season, the league is still without a sponsor.", "en"), null);
  // months compare with history, from the start as from the outage
  assert.equal(day("Nouveau bilan", "Six mois après le début de la panne, l'hébergeur a changé ses procédures.", "fr"), null);
  // a new outage measured from the earlier one's start
  assert.equal(day("Acme down again", "Two days after the start of the outage, Acme was hit by another one.", "en"), null);
});
