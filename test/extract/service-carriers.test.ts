// Who carries whom (issue 12, round eight): a mobile brand on another operator's network, the banks
// and payment apps whose cards go through a card scheme; users leaving for a rival, services said
// to work, the possessive after a capitals-only name. Own phrasings, both languages, with the
// negative cases that keep the rules from reaching too far.
import { test } from "node:test";
import assert from "node:assert/strict";
import { outageFacts, roleOf } from "./article-helpers";

const en = (t: string, x: string) => outageFacts(t, x, { lang: "en" });
const fr = (t: string, x: string) => outageFacts(t, x, { lang: "fr" });

test("a brand on a failed operator's network is its knock-on victim; alone it is the failed one (fr, en)", () => {
  const a = fr("Panne géante chez Orange : les abonnés de Sosh ne peuvent plus appeler non plus", "Le réseau mobile d'Orange est tombé vers 8 heures dans tout le pays.");
  assert.equal(roleOf(a, "Orange"), "failed");
  assert.equal(roleOf(a, "Sosh"), "knock-on");
  const b = en("Verizon outage leaves Visible Wireless customers without service", "Verizon's network went down across several states on Tuesday, cutting calls and data.");
  assert.equal(roleOf(b, "Verizon"), "failed");
  assert.equal(roleOf(b, "Visible"), "knock-on");
  const c = fr("Panne Rogers : les clients de Chatr aussi touchés", "Le réseau de Rogers est en panne depuis l'aube.");
  assert.equal(roleOf(c, "Rogers"), "failed");
  assert.equal(roleOf(c, "Chatr"), "knock-on");
  const d = en("O2 down: giffgaff users also hit", "O2's mobile network failed for hours on Friday.");
  assert.equal(roleOf(d, "O2"), "failed");
  assert.equal(roleOf(d, "giffgaff"), "knock-on");
  // the brand failing on its own, or beside another operator that is not its network
  assert.equal(roleOf(fr("Sosh en panne ce matin", "Les abonnés de Sosh ne peuvent plus se connecter à leur espace client depuis 9 heures."), "Sosh"), "failed");
  const e = en("Mint Mobile and Verizon both down", "Mint Mobile's app and Verizon's network failed on Monday.");
  assert.equal(roleOf(e, "Mint Mobile"), "failed");
});

test("a card scheme that failed carries the banks and apps beside it; a card only named carries nothing (en, fr)", () => {
  const a = en("Mastercard outage: NatWest and Santander cards declined", "A fault in Mastercard's network stopped card payments for two hours on Saturday.");
  assert.equal(roleOf(a, "Mastercard"), "failed");
  assert.equal(roleOf(a, "NatWest"), "knock-on");
  assert.equal(roleOf(a, "Santander"), "knock-on");
  const b = fr("Panne du réseau Cartes Bancaires : les clients de LCL ne peuvent plus payer", "Le système de paiement par carte est tombé en panne samedi dans toute la France.");
  assert.equal(roleOf(b, "Cartes Bancaires"), "failed");
  assert.equal(roleOf(b, "LCL"), "knock-on");
  const c = fr("Les clients de la Société Générale ne peuvent plus payer avec leur carte Visa", "L'application de la banque est en panne depuis ce matin et les paiements échouent.");
  assert.equal(roleOf(c, "Société Générale"), "failed");
  assert.notEqual(roleOf(c, "Visa"), "failed");
  // an operator carries the scheme, not the other way round
  const d = en("Interac down as Telus network fails", "Debit payments failed across Alberta after Telus's network went down on Tuesday.");
  assert.equal(roleOf(d, "Telus"), "failed");
});

test("'Visa' as written is the card scheme in a text about paying, not a travel document", () => {
  assert.equal(roleOf(en("Visa down: card payments failing across Europe", "Shoppers saw their cards declined at checkout on Friday."), "Visa"), "failed");
  assert.equal(roleOf(en("Visa applications stall as immigration portal crashes", "Travellers could not submit passport details online on Monday."), "Visa"), undefined);
});

test("users leaving for another service name it a rival, not a failed one (fr, en)", () => {
  const a = fr("Panne de Free : des clients basculent vers Bouygues Telecom", "La box ne donne plus accès à internet depuis samedi soir.");
  assert.equal(roleOf(a, "Free"), "failed");
  assert.equal(roleOf(a, "Bouygues Telecom"), "mentioned");
  const b = en("Discord outage sends gamers to Slack", "Discord would not load servers for three hours on Sunday.");
  assert.equal(roleOf(b, "Discord"), "failed");
  assert.equal(roleOf(b, "Slack"), "mentioned");
  const c = en("Teams down for hours; many offices moved to Zoom", "Microsoft Teams chats and calls failed on Wednesday morning.");
  assert.equal(roleOf(c, "Microsoft Teams"), "failed");
  assert.equal(roleOf(c, "Zoom"), "mentioned");
  // sending something to a service is no move: "sent complaints to" names no rival
  const d = en("Outlook down: users sent complaints to Microsoft", "Outlook would not send mail for hours.");
  assert.equal(roleOf(d, "Outlook"), "failed");
});

test("a service said to work, not to blame, or saying its own systems work is spared (en, fr)", () => {
  const a = en("Xbox Live is fine, but Minecraft servers are down", "Mojang said players could not join worlds on Saturday.");
  assert.equal(roleOf(a, "Minecraft"), "failed");
  assert.equal(roleOf(a, "Xbox Live"), "mentioned");
  const b = fr("Panne de Deezer : Orange n'y est pour rien", "L'application de musique ne lit plus aucun titre depuis midi.");
  assert.equal(roleOf(b, "Deezer"), "failed");
  assert.equal(roleOf(b, "Orange"), "mentioned");
  const c = en("Card payments fail; Barclays said its systems were working", "Shoppers could not pay by card at many tills on Friday, the network said.");
  assert.notEqual(roleOf(c, "Barclays"), "failed");
  // a contrast before the sparing words turns to another subject
  const d = en("League of Legends goes down", "League of Legends stopped working on Tuesday evening, though Valorant was unaffected.");
  assert.equal(roleOf(d, "League of Legends"), "failed");
  assert.equal(roleOf(d, "Valorant"), "mentioned");
  // recovery is no sparing: a service back to working had failed
  assert.equal(roleOf(en("Spotify down for an hour", "Spotify stopped playing songs at noon and is working normally again."), "Spotify"), "failed");
});

test("an English possessive after a capitals-only name still names it", () => {
  assert.equal(roleOf(en("HMRC's online service down on deadline day", "Taxpayers could not file returns for hours."), "HMRC"), "failed");
  assert.equal(roleOf(en("Bell's network goes down across Ontario", "Calls and data failed for hours on Monday."), "Bell"), "failed");
});

test("what people do through a service names the channel that failed, not where they posted (en, fr)", () => {
  assert.equal(roleOf(en("Money transfers fail for hours", "Payments through Venmo failed on Friday afternoon, the company said."), "Venmo"), "failed");
  assert.equal(roleOf(fr("Les paiements en ligne échouent", "Les paiements via PayPal échouent depuis midi, a indiqué l'entreprise."), "PayPal"), "failed");
  // where people posted stays a bystander
  const c = en("Instagram down", "Instagram has been down since 9am; users posted their complaints on X.");
  assert.equal(roleOf(c, "Instagram"), "failed");
  assert.equal(roleOf(c, "X"), "mentioned");
});
