// Bystanders beside the failed service (issue 12, round seven): the platform a product runs on, a
// rival that joked or claims the users, where users went instead, services spared after another
// one's failure words, a cloud or CDN behind the title's subject, the first name after a causal
// connector; and the own short stories of test/extract/fixtures/service-role-cases.ts as a whole.
import { test } from "node:test";
import assert from "node:assert/strict";
import { outageFacts, roleOf } from "./article-helpers";
import { SERVICE_ROLE_CASES, SERVICE_ROLE_HELD_OUT } from "./fixtures/service-role-cases";
import { SERVICE_ROLE_THIRD } from "./fixtures/service-role-cases-third";
import { SERVICE_ROLE_FOURTH } from "./fixtures/service-role-cases-fourth";
import { scoreServiceRoleCase } from "./fixtures/score-service-role-case";

const en = (t: string, x: string) => outageFacts(t, x, { lang: "en" });
const fr = (t: string, x: string) => outageFacts(t, x, { lang: "fr" });

test("a product for or on a platform failed, the platform did not (en, fr)", () => {
  const z = en("Zoom for Windows crashes on startup", "The Zoom client for Windows closes as soon as it opens since Tuesday, and meetings fail to start.");
  assert.equal(roleOf(z, "Zoom"), "failed");
  assert.equal(roleOf(z, "Windows"), "mentioned");
  const n = en("Netflix on Xbox not working", "Subscribers watching Netflix on Xbox get an error and streams fail to load.");
  assert.equal(roleOf(n, "Xbox Live"), "mentioned");
  const s = fr("Spotify sur Windows plante", "L'application Spotify pour Windows se ferme au démarrage depuis lundi, en panne pour de nombreux utilisateurs.");
  assert.equal(roleOf(s, "Spotify"), "failed");
  assert.equal(roleOf(s, "Windows"), "mentioned");
  const a = en("Outlook for Windows won't open", "The mail app closes at launch for many people since Monday's update.");
  assert.equal(roleOf(a, "Outlook"), "failed");
  assert.equal(roleOf(a, "Windows"), "mentioned");
  const b = en("Spotify app on Xbox stuck on a black screen", "Listeners say music will not start on consoles since the weekend.");
  assert.equal(roleOf(b, "Spotify"), "failed");
  assert.equal(roleOf(b, "Xbox Live"), "mentioned");
  const c = fr("Skype sur sa version pour Windows refuse de démarrer", "Les utilisateurs voient l'application se fermer au lancement depuis mardi.");
  assert.equal(roleOf(c, "Skype"), "failed");
  assert.equal(roleOf(c, "Windows"), "mentioned");
  // two platforms failing side by side stay failed: no "for"/"on" joins them
  const d = en("Windows and Xbox Live down", "Windows Update and Xbox Live sign-ins failed for hours on Tuesday.");
  assert.equal(roleOf(d, "Windows"), "failed");
  assert.equal(roleOf(d, "Xbox Live"), "failed");
});

test("a rival joking in the present tense or claiming the users the outage sent it is a bystander (en, fr)", () => {
  const a = fr("Telegram raille WhatsApp, en panne depuis ce matin", "La messagerie de Meta ne délivre plus aucun message depuis 9 heures.");
  assert.equal(roleOf(a, "WhatsApp"), "failed");
  assert.equal(roleOf(a, "Telegram"), "mentioned");
  const b = en("Signal says it gained a million users during WhatsApp outage", "WhatsApp messages failed to send for six hours on Monday.");
  assert.equal(roleOf(b, "WhatsApp"), "failed");
  assert.equal(roleOf(b, "Signal"), "mentioned");
  const c = en("Discord mocks Slack as chat app goes down", "Slack messages could not be sent for two hours on Wednesday.");
  assert.equal(roleOf(c, "Slack"), "failed");
  assert.equal(roleOf(c, "Discord"), "mentioned");
  // the failed service speaking of its outage is not a rival: "claims" needs the users' words
  const d = en("Rogers claims the outage was caused by a maintenance update", "Rogers customers lost service for 19 hours.");
  assert.equal(roleOf(d, "Rogers"), "failed");
});

test("where users went instead is a rival, even when a failure sentence names it in passing (en, fr)", () => {
  const a = en("Twitch down, streamers switch to YouTube", "Twitch streams stopped loading on Saturday, and many streamers switched to YouTube for the night.");
  assert.equal(roleOf(a, "Twitch"), "failed");
  assert.equal(roleOf(a, "YouTube"), "mentioned");
  const b = fr("Netflix en panne : les abonnés se tournent vers Disney+", "Netflix affichait une erreur dimanche soir, et beaucoup ont regardé Disney+ à la place.");
  assert.equal(roleOf(b, "Netflix"), "failed");
  assert.equal(roleOf(b, "Disney+"), "mentioned");
  // "an alternative to X" names X as the one replaced: a failure sentence still makes X failed
  const c = en("BlackBerry Messenger down", "BlackBerry Messenger failed for millions on Monday. Apple's alternative to BlackBerry Messenger launches tomorrow.");
  assert.equal(roleOf(c, "BlackBerry Messenger"), "failed");
});

test("the words sparing services after another's failure words spare those, not it (fr, en)", () => {
  const a = fr("Orange en panne, SFR et Bouygues Telecom épargnés", "Les abonnés ne peuvent plus appeler depuis midi.");
  assert.equal(roleOf(a, "Orange"), "failed");
  assert.equal(roleOf(a, "SFR"), "mentioned");
  assert.equal(roleOf(a, "Bouygues Telecom"), "mentioned");
  const b = en("EE down, Vodafone and O2 were not affected", "EE customers could not make calls for three hours.");
  assert.equal(roleOf(b, "EE"), "failed");
  assert.equal(roleOf(b, "Vodafone"), "mentioned");
  // a name inside another's clause, with no failure words of its own, is still spared with it
  const c = en("Instagram down", "Instagram failed on Friday. WhatsApp, which belongs to Facebook, was not affected.");
  assert.equal(roleOf(c, "WhatsApp"), "mentioned");
});

test("a cloud or CDN named beside the title's subject carries it when no sentence says what failed (en, fr)", () => {
  const a = en("Discord goes dark as Cloudflare falters", "Chats would not load for an hour on Tuesday evening.");
  assert.equal(roleOf(a, "Cloudflare"), "failed");
  assert.equal(roleOf(a, "Discord"), "knock-on");
  const b = fr("Vinted inaccessible, OVHcloud en cause", "Les acheteurs ne pouvaient plus rien commander vendredi soir.");
  assert.equal(roleOf(b, "OVHcloud"), "failed");
  assert.equal(roleOf(b, "Vinted"), "knock-on");
  // without a carrier the title's subject stays the failed one
  const c = en("Discord goes dark", "Chats would not load for an hour on Tuesday evening, Discord said.");
  assert.equal(roleOf(c, "Discord"), "failed");
});

test("a causal connector names the first service after it as the cause (fr, en)", () => {
  const a = fr("Les clients de Crédit Mutuel privés de paiement à cause d'une panne chez Worldline", "Les cartes ont été refusées samedi.");
  assert.equal(roleOf(a, "Worldline"), "failed");
  assert.equal(roleOf(a, "Crédit Mutuel"), "knock-on");
  const b = en("Customers of Monzo unable to pay because of an outage at Mastercard", "Cards were declined for two hours.");
  assert.equal(roleOf(b, "Mastercard"), "failed");
  assert.equal(roleOf(b, "Monzo"), "knock-on");
});

test("own short stories: services F1 at least 0.95 (0.877 before this round's rules), none lists a bystander, each language at least 0.9", () => {
  const read = SERVICE_ROLE_CASES.map((c) => ({ c, s: scoreServiceRoleCase(c) }));
  assert.ok(read.length >= 40);
  const mean = (rows: typeof read) => rows.reduce((n, r) => n + r.s.f1, 0) / rows.length;
  assert.ok(mean(read) >= 0.95, `F1 ${mean(read).toFixed(3)}`);
  assert.deepEqual(read.filter((r) => r.s.leaked.length > 0).map((r) => r.c.title), []);
  for (const lang of ["fr", "en"]) assert.ok(mean(read.filter((r) => r.c.lang === lang)) >= 0.9, lang);
});

test("own held-out stories (written after the rules, not used to change them): services F1 at least 0.9 (0.833 at main, 0.917 when measured)", () => {
  const read = SERVICE_ROLE_HELD_OUT.map((c) => scoreServiceRoleCase(c));
  assert.ok(read.length >= 20);
  const f1 = read.reduce((n, s) => n + s.f1, 0) / read.length;
  assert.ok(f1 >= 0.9, `F1 ${f1.toFixed(3)}`);
});

test("own third set (round eight: sub-brands and MVNOs, rivals users left for, game servers, clouds' own products, card schemes, portals, renamed brands): services F1 at least 0.93 (0.775 at main), each language at least 0.9, at most one bystander listed", () => {
  const read = SERVICE_ROLE_THIRD.map((c) => ({ c, s: scoreServiceRoleCase(c) }));
  assert.ok(read.length >= 40);
  const mean = (rows: typeof read) => rows.reduce((n, r) => n + r.s.f1, 0) / rows.length;
  assert.ok(mean(read) >= 0.93, `F1 ${mean(read).toFixed(3)}`);
  for (const lang of ["fr", "en"]) assert.ok(mean(read.filter((r) => r.c.lang === lang)) >= 0.9, lang);
  assert.ok(read.filter((r) => r.s.leaked.length > 0).length <= 1);
});

test("own fourth set (round nine, held out: medium texts, unknown brands, brands by their kind, people's-name brands, processors' customers): services F1 at least 0.69 (0.561 before the round's rules, 0.697 after)", () => {
  const read = SERVICE_ROLE_FOURTH.map((c) => scoreServiceRoleCase(c));
  assert.ok(read.length >= 40);
  const f1 = read.reduce((n, s) => n + s.f1, 0) / read.length;
  assert.ok(f1 >= 0.69, `F1 ${f1.toFixed(3)}`);
});

test("a host network whose own customers did not appear to be affected is spared, and the brand on it failed (en; fr negative kept)", () => {
  const t = "Sosh down: customers without signal";
  const host = "Sosh customers have had no calls since dawn. The brand, which runs on Orange's masts, told users on its forum that some people can't connect right now.";
  const a = en(t, `${host} Orange's own customers did not appear to be affected on the same scale.`);
  assert.equal(roleOf(a, "Sosh"), "failed");
  assert.equal(roleOf(a, "Orange"), "mentioned");
  const b = en("Lebara outage", "Lebara lines went silent at noon. Vodafone, whose masts it rents, told users it was checking its systems. Vodafone's users didn't seem to have been hit.");
  assert.equal(roleOf(b, "Vodafone"), "mentioned");
  // not a sparing: the doubt is about whether it was fixed, and the host said nothing of its own customers
  const c = en(t, `${host} It did not appear to be fixed by noon.`);
  assert.notEqual(roleOf(c, "Sosh"), "mentioned");
  const f = fr("Sosh en panne", "Les clients de Sosh sont privés d'appels depuis l'aube. La marque, qui utilise les antennes d'Orange, reconnaît que certains abonnés ne peuvent pas se connecter. Les clients d'Orange ne semblent pas touchés.");
  assert.equal(roleOf(f, "Orange"), "mentioned");
});

test("an earlier outage the story's own is measured against by months or years is history, not what failed (en, fr)", () => {
  const a = en("Bell customers lose internet on Tuesday", "Bell customers in Ontario lost internet on Tuesday evening. The outage comes less than three years after a nationwide Rogers outage left millions of Canadians offline.");
  assert.equal(roleOf(a, "Bell"), "failed");
  assert.equal(roleOf(a, "Rogers"), "mentioned");
  const b = fr("Panne chez Free mardi soir", "Les abonnés Free ont perdu internet mardi soir. Cette panne survient moins de deux ans après une panne géante d'Orange qui avait privé des millions de Français de réseau.");
  assert.equal(roleOf(b, "Orange"), "mentioned");
  const c = fr("Panne chez SFR", "Les abonnés SFR sont privés de réseau depuis midi. Cette panne intervient deux ans, jour pour jour, après celle d'Orange.");
  assert.equal(roleOf(c, "Orange"), "mentioned");
  // negatives: a follow-up about that very outage, and an outage hours earlier (maybe the same one)
  const d = en("Delta sues over outage", "Delta Air Lines filed suit on Friday. The lawsuit comes six months after the CrowdStrike outage that grounded its flights.");
  assert.equal(roleOf(d, "CrowdStrike"), "failed");
  const e = en("Bell down", "Bell customers lost internet. The outage came just hours after a Rogers outage in Quebec.");
  assert.equal(roleOf(e, "Rogers"), "failed");
});

test("one user's verdict quoted from a platform names where it was posted, not what failed (en, fr)", () => {
  const a = en("Doctolib down", "Doctolib has been unreachable since 9am. One user summed it up on X: \"Can't book anything, it keeps crashing.\"");
  assert.equal(roleOf(a, "Doctolib"), "failed");
  assert.equal(roleOf(a, "X"), "mentioned");
  const b = fr("Le site de la CAF inaccessible", "Le site caf.fr est inaccessible depuis ce matin. Une internaute raconte sur Facebook qu'elle ne peut plus déclarer ses ressources, le site plante.");
  assert.equal(roleOf(b, "Facebook"), "mentioned");
  // negative: the platform itself failing, with no one posting on it
  const c = en("X down for thousands", "X has been crashing for thousands of users since noon, and timelines fail to load.");
  assert.equal(roleOf(c, "X"), "failed");
});

test("where people learned of the outage is a channel that worked, not what failed (fr, en)", () => {
  const a = fr("Zorvex en panne ce mardi matin", "Les abonnés de Zorvex sont privés de service depuis 7 h. « Pas un mot de leur part, on apprend la panne par Facebook », regrette une abonnée.");
  assert.equal(roleOf(a, "Zorvex"), "failed");
  assert.equal(roleOf(a, "Facebook"), "mentioned");
  const b = fr("Panne chez Acmetel", "Le réseau d'Acmetel est en panne depuis midi. Nous avons découvert l'incident sur Instagram, raconte un client, faute de message de l'opérateur.");
  assert.equal(roleOf(b, "Instagram"), "mentioned");
  const c = en("Zorvex down for hours", "Zorvex was down for most of Tuesday. Many customers said they only found out about the outage on Reddit, where the service was failing for everyone.");
  assert.equal(roleOf(c, "Zorvex"), "failed");
  assert.equal(roleOf(c, "Reddit"), "mentioned");
  const d = en("Acmepay outage leaves shoppers stuck", "Acmepay payments failed on Friday. Shoppers learned of the problem via Facebook, where the app was also failing to post updates.");
  assert.equal(roleOf(d, "Facebook"), "mentioned");
});

test("a service people learned had failed, or that failed where they learned it, keeps its role", () => {
  // learned that it failed: the service is the subject, not the channel
  assert.equal(roleOf(en("Reddit down", "Users learned that Reddit was down when the feed stopped loading."), "Reddit"), "failed");
  assert.equal(roleOf(fr("Instagram en panne", "Les utilisateurs ont appris qu'Instagram était en panne en fin de matinée."), "Instagram"), "failed");
  // "la panne de" names what failed, not where one learned of it
  assert.equal(roleOf(fr("Panne de Facebook", "Les internautes ont découvert la panne de Facebook au réveil."), "Facebook"), "failed");
  assert.equal(roleOf(en("Facebook outage", "People found out about the Facebook outage at breakfast."), "Facebook"), "failed");
});

test("a service whose users report no trouble did not fail (fr, en)", () => {
  const a = fr("Zorvex : l'internet mobile coupé depuis ce matin", "Les abonnés de Zorvex ne peuvent plus se connecter depuis ce matin. Les clients de Rivalco et de Kelmora, les deux autres opérateurs, ne signalent pas de difficulté, ce qui écarte une coupure nationale.");
  assert.equal(roleOf(a, "Zorvex"), "failed");
  const b = fr("Panne chez Orange", "Le réseau mobile d'Orange est en panne depuis midi. Les abonnés de SFR ne rencontrent aucun problème, selon les signalements.");
  assert.equal(roleOf(b, "Orange"), "failed");
  assert.equal(roleOf(b, "SFR"), "mentioned");
  const c = en("Vodafone outage leaves customers offline", "Vodafone customers lost mobile data on Tuesday morning amid a nationwide outage. EE and Three customers reported no problems.");
  assert.equal(roleOf(c, "Vodafone"), "failed");
  assert.equal(roleOf(c, "EE"), "mentioned");
  const d = en("Outage hits Rogers", "Rogers' network went down on Friday in a major outage. Bell users did not report any trouble, the tracker showed.");
  assert.equal(roleOf(d, "Bell"), "mentioned");
});

test("reporting a problem, or none until a failure, is no sparing", () => {
  assert.equal(roleOf(en("SFR down", "SFR customers reported problems with mobile data all morning."), "SFR"), "failed");
  assert.equal(roleOf(fr("Panne chez Free", "Les abonnés de Free signalent une panne d'internet depuis ce matin."), "Free"), "failed");
});
