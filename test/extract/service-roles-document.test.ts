// Document-level service roles: a failed carrier makes its customers knock-on victims; without a
// failure sentence, the title's subject failed; an account or feed on a platform is a bystander.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, outageFacts, roleOf } from "./article-helpers";

test("when a CDN or cloud fails, the sites named beside it are knock-on victims (en, fr)", () => {
  const en = facts("Reddit, Twitch and PayPal down for an hour", "Reddit, Twitch and PayPal went down on Tuesday. Fastly, the content delivery network, pushed a faulty configuration.");
  assert.equal(roleOf(en, "Fastly"), "failed");
  assert.equal(roleOf(en, "Reddit"), "knock-on");
  assert.equal(roleOf(en, "Twitch"), "knock-on");
  const fr = facts("Panne géante chez Cloudflare", "Discord et Shopify étaient inaccessibles pendant deux heures mardi.", { lang: "fr" });
  assert.equal(roleOf(fr, "Cloudflare"), "failed");
  assert.equal(roleOf(fr, "Discord"), "knock-on");
});

test("without a carrier, services that failed stay failed", () => {
  const en = facts("Reddit and Twitch down for an hour", "Reddit and Twitch went down on Tuesday for unrelated reasons.");
  assert.equal(roleOf(en, "Reddit"), "failed");
  assert.equal(roleOf(en, "Twitch"), "failed");
});

test("an outage story whose sentences name no failure gives the failure to its title's subject (fr, en)", () => {
  const fr = facts("OVHcloud : un incendie ravage un centre de données à Strasbourg", "Des millions de sites sont en panne depuis cette nuit, selon les pompiers.", { lang: "fr" });
  assert.equal(roleOf(fr, "OVHcloud"), "failed");
  const en = outageFacts("What happened to Telenet", "The outage left thousands of customers without internet for hours.");
  assert.equal(roleOf(en, "Telenet"), "failed");
  // the subject of a story that is not about an outage is not made a failure
  const not = facts("Telenet raises its prices", "Customers will pay two euros more a month from March.");
  assert.notEqual(roleOf(not, "Telenet"), "failed");
});

test("a platform's account, feed or page is where someone spoke, not what failed (en, fr)", () => {
  const en = facts("Skype outage", "Skype is down for millions of users. Skype reported the outage via its Twitter feed at 5 pm.");
  assert.equal(roleOf(en, "Skype"), "failed");
  assert.equal(roleOf(en, "X"), "mentioned");
  const fr = facts("Wikipédia en panne", "Wikipédia est inaccessible depuis vendredi soir. Le compte Twitter de l'encyclopédie relayait les messages d'erreur de la panne.", { lang: "fr" });
  assert.equal(roleOf(fr, "Wikipedia"), "failed");
  assert.equal(roleOf(fr, "X"), "mentioned");
});

test("a cloud its sentences make a victim of a software failure stays a victim", () => {
  const en = facts("CrowdStrike update crashes millions of Windows PCs", "Azure virtual machines went down because of the faulty CrowdStrike update.");
  assert.equal(roleOf(en, "CrowdStrike"), "failed");
  assert.notEqual(roleOf(en, "Azure"), "failed");
});

test("a failed cloud's own company's products failing beside it failed too; other companies' are its customers (en, fr)", () => {
  const en = facts("Azure outage takes down Microsoft 365 and Xbox Live", "Azure suffered a global outage on Thursday; Microsoft 365, Xbox Live and Spotify were down for hours.");
  assert.equal(roleOf(en, "Azure"), "failed");
  assert.equal(roleOf(en, "Microsoft 365"), "failed");
  assert.equal(roleOf(en, "Xbox Live"), "failed");
  assert.equal(roleOf(en, "Spotify"), "knock-on");
  const fr = facts("Panne de Google Cloud", "Google Cloud est en panne depuis midi : Gmail et Snapchat sont inaccessibles.", { lang: "fr" });
  assert.equal(roleOf(fr, "Google Cloud"), "failed");
  assert.equal(roleOf(fr, "Gmail"), "failed");
  assert.equal(roleOf(fr, "Snapchat"), "knock-on");
});

test("in a series of outages, the one whose turn it is failed; the earlier one opening the sentence did not (fr, en)", () => {
  const fr = outageFacts("Nouvelle panne d'internet", "Après Orange la semaine dernière, c'est au tour de SFR de priver ses abonnés d'internet ce mardi.", { lang: "fr" });
  assert.equal(roleOf(fr, "SFR"), "failed");
  assert.equal(roleOf(fr, "Orange"), "mentioned");
  const en = outageFacts("Another outage", "After Verizon on Monday, it was AT&T's turn to leave customers without signal.");
  assert.equal(roleOf(en, "AT&T"), "failed");
  assert.equal(roleOf(en, "Verizon"), "mentioned");
  // "after" opening a sentence with no turn in it is only a time: both failed
  const plain = outageFacts("Slack and Zoom down", "After Slack went down at noon, Zoom went down too.");
  assert.equal(roleOf(plain, "Slack"), "failed");
});

test("a rival the outage profited, or where people posted after a suspension mark, did not fail (fr, en)", () => {
  const fr = facts("Panne géante chez Instagram", "Les déboires d'Instagram, inaccessible pendant trois heures, ont profité à… TikTok. Les plaintes ont été publiées sur… Reddit.", { lang: "fr" });
  assert.equal(roleOf(fr, "Instagram"), "failed");
  assert.equal(roleOf(fr, "TikTok"), "mentioned");
  assert.equal(roleOf(fr, "Reddit"), "mentioned");
  const en = facts("WhatsApp outage", "WhatsApp was down for four hours on Friday, a boon for Signal and Telegram.");
  assert.equal(roleOf(en, "WhatsApp"), "failed");
  assert.equal(roleOf(en, "Signal"), "mentioned");
});

test("a failed telecom operator carries the payments, public services and apps failing with it, not other operators (en, fr)", () => {
  const en = facts("Rogers outage", "Rogers' network went down nationwide on Friday; Interac payments and ArriveCAN failed across Canada, and Bell was down too.");
  assert.equal(roleOf(en, "Rogers"), "failed");
  assert.equal(roleOf(en, "Interac"), "knock-on");
  assert.equal(roleOf(en, "ArriveCAN"), "knock-on");
  assert.equal(roleOf(en, "Bell"), "failed");
  const fr = facts("Panne géante chez Orange", "Le réseau d'Orange est en panne ; Doctolib et WhatsApp sont inaccessibles pour ses abonnés.", { lang: "fr" });
  assert.equal(roleOf(fr, "Orange"), "failed");
  assert.equal(roleOf(fr, "Doctolib"), "knock-on");
  assert.equal(roleOf(fr, "WhatsApp"), "knock-on");
  // without a failed operator, the same services stay failed
  const alone = facts("Interac outage", "Interac payments failed across Canada on Friday.");
  assert.equal(roleOf(alone, "Interac"), "failed");
});

test("'such as' and 'comme' list what failed, unless they follow a word for rivals (en, fr)", () => {
  const en = outageFacts("Microsoft outage", "Services such as Microsoft Teams and Outlook were down for hours on Wednesday, and rivals such as Slack gained users.");
  assert.equal(roleOf(en, "Microsoft Teams"), "failed");
  assert.equal(roleOf(en, "Slack"), "mentioned");
  const fr = outageFacts("Panne chez Meta", "Des applications comme Instagram et WhatsApp sont inaccessibles depuis midi ; des concurrents comme Telegram en ont profité.", { lang: "fr" });
  assert.equal(roleOf(fr, "Instagram"), "failed");
  assert.equal(roleOf(fr, "Telegram"), "mentioned");
});

test("an outage story whose title names no service is about the one service it names (fr, en)", () => {
  const fr = outageFacts(
    "Des milliers d'abonnés privés d'internet",
    "La panne a duré toute la matinée. Telenet, qui compte deux millions de clients, a évoqué des problèmes techniques.",
    { lang: "fr" },
  );
  assert.equal(roleOf(fr, "Telenet"), "failed");
  // its national network and the group named beside it are one service: the national one failed
  const en = outageFacts(
    "Millions of phones without signal",
    "The outage lasted all day. Vodafone Portugal, a unit of Vodafone, said engineers were working through the night.",
  );
  assert.equal(roleOf(en, "Vodafone Portugal"), "failed");
  // two services named: which one failed is not known from this alone
  const two = outageFacts(
    "Millions of phones without signal",
    "The outage lasted all day. Telenet and Proximus customers had moved between the two operators in recent years.",
  );
  assert.notEqual(roleOf(two, "Telenet"), "failed");
  assert.notEqual(roleOf(two, "Proximus"), "failed");
  // the one service named is where people posted: not what failed
  const posted = outageFacts("Des milliers d'abonnés privés d'internet", "La panne a duré toute la matinée. Les internautes se sont plaints sur Twitter.", { lang: "fr" });
  assert.notEqual(roleOf(posted, "X"), "failed");
});

test("a service the text says was spared did not fail, whatever other sentences say (fr, en)", () => {
  const fr = facts(
    "Panne mondiale de Facebook et Instagram",
    "Facebook et Instagram étaient inaccessibles mardi soir. Toutefois, WhatsApp, qui appartient aussi au groupe, n'a pas été touché. Les pannes de WhatsApp sont rares.",
    { lang: "fr" },
  );
  assert.equal(roleOf(fr, "Facebook"), "failed");
  assert.equal(roleOf(fr, "WhatsApp"), "mentioned");
  const en = facts("Gmail down for hours", "Gmail stopped working on Monday. Google Drive and YouTube were not affected, the company said.");
  assert.equal(roleOf(en, "Gmail"), "failed");
  assert.equal(roleOf(en, "Google Drive"), "mentioned");
  assert.equal(roleOf(en, "YouTube"), "mentioned");
  // the words sparing another service after a contrast do not spare the one before it
  const contrast = facts("Outage", "Facebook was down for hours on Monday, but Instagram was not affected.");
  assert.equal(roleOf(contrast, "Facebook"), "failed");
  assert.equal(roleOf(contrast, "Instagram"), "mentioned");
  // a record before this outage is no sparing
  const record = facts("Outage", "Instagram, which had not been hit by an outage since 2019, went down for hours on Monday.");
  assert.equal(roleOf(record, "Instagram"), "failed");
  const recordFr = facts("Panne", "Instagram, qui n'avait pas été touché depuis 2019, est tombé en panne lundi pendant des heures.", { lang: "fr" });
  assert.equal(roleOf(recordFr, "Instagram"), "failed");
  // a recovery is no sparing: the service had failed
  const back = facts("Panne de Snapchat", "Snapchat fonctionne de nouveau normalement après trois heures de panne.", { lang: "fr" });
  assert.equal(roleOf(back, "Snapchat"), "failed");
});

test("an outage story naming no failing service but infrastructure names the infrastructure as failed (fr, en)", () => {
  const fr = outageFacts(
    "Internet très perturbé dans la région",
    "La coupure vient de la rupture de plusieurs câbles sous-marins. Les câbles concernés, à savoir WACS et MainOne, sont des artères vitales.",
    { lang: "fr" },
  );
  assert.equal(roleOf(fr, "WACS"), "failed");
  assert.equal(roleOf(fr, "MainOne"), "failed");
  const en = outageFacts("Thousands of sites unreachable", "The disruption started at noon. Fastly and Akamai carry much of the traffic of those sites.");
  assert.equal(roleOf(en, "Fastly"), "failed");
  // a story about no outage gives no failure to the infrastructure it names
  const not = facts("Le consortium WACS inaugure une extension", "Le consortium WACS a inauguré mardi une extension vers la Namibie, qui doublera la capacité du réseau.", { lang: "fr" });
  assert.notEqual(roleOf(not, "WACS"), "failed");
  const notEn = facts("Akamai reports record quarterly revenue", "Akamai and Fastly both grew their revenue in the third quarter, the companies said.");
  assert.notEqual(roleOf(notEn, "Fastly"), "failed");
});

test("users flocking to a list of platforms, or posting on a platform named by its kind, leave them bystanders (en, fr)", () => {
  const en = facts("Facebook and Instagram down worldwide", "Facebook and Instagram were down for six hours. Many users flocked to Twitter, Discord, and Telegram during the outage.");
  assert.equal(roleOf(en, "Discord"), "mentioned");
  assert.equal(roleOf(en, "Telegram"), "mentioned");
  const fr = facts("Panne de WhatsApp", "WhatsApp est en panne depuis midi. Les internautes se sont rabattus sur Telegram et Signal pendant la panne.", { lang: "fr" });
  assert.equal(roleOf(fr, "Signal"), "mentioned");
  const site = facts("Instagram down", "Instagram was down on Tuesday; Meta confirmed the outage in posts on social media site X, citing a technical issue.");
  assert.equal(roleOf(site, "Instagram"), "failed");
  assert.equal(roleOf(site, "X"), "mentioned");
  // a list of services that failed stays failed
  const down = facts("Outage", "Twitter, Discord and Telegram went down on Tuesday afternoon.");
  assert.equal(roleOf(down, "Discord"), "failed");
});

test("the one service named, whose staff spoke, is the one that failed; where they posted is not (fr, en)", () => {
  const fr = outageFacts(
    "Des milliers de foyers sans internet à Bruxelles",
    "Un câble endommagé lors de travaux est en cause, a déclaré la porte-parole de Telenet. La réparation est prévue dans la soirée.",
    { lang: "fr" },
  );
  assert.equal(roleOf(fr, "Telenet"), "failed");
  const en = outageFacts(
    "Fire knocks out millions of websites",
    "The founder of OVHcloud, updating the situation on Twitter, advised clients to activate their recovery plans.",
  );
  assert.equal(roleOf(en, "OVHcloud"), "failed");
  assert.notEqual(roleOf(en, "X"), "failed");
});

test("a service the figures come from is an observer of the outage, not what failed (en, fr)", () => {
  const en = outageFacts(
    "Subsea cable cut slows the internet in four countries",
    "The SAT-3 cable was cut on Monday. Major internet outages hit four countries, according to data from internet monitoring firms such as Kentik and Cloudflare.",
  );
  assert.equal(roleOf(en, "Cloudflare"), "mentioned");
  assert.equal(roleOf(en, "SAT-3/WASC"), "failed");
  const fr = outageFacts(
    "Internet perturbé au Bénin",
    "La coupure du câble WACS a privé le pays d'internet mardi. Selon les données de Cloudflare, la panne d'internet a touché tout le pays en quelques minutes.",
    { lang: "fr" },
  );
  assert.equal(roleOf(fr, "Cloudflare"), "mentioned");
  assert.equal(roleOf(fr, "WACS"), "failed");
});

test("a service that failed stays failed when the story quotes it or its users' data (en, fr)", () => {
  const en = outageFacts("Cloudflare outage", "Cloudflare's network went down for an hour on Tuesday, according to the company's own status page.");
  assert.equal(roleOf(en, "Cloudflare"), "failed");
  const fr = outageFacts("Panne de Facebook", "Facebook est resté en panne six heures lundi; les données de Facebook sont intactes, assure l'entreprise.", { lang: "fr" });
  assert.equal(roleOf(fr, "Facebook"), "failed");
});

test("the earlier outage a series story opens with did not fail this time (fr, en)", () => {
  const fr = outageFacts("Microsoft en panne", "Après la panne géante de Google Cloud la semaine dernière, c'est Azure qui tombe à son tour ce mardi.", { lang: "fr" });
  assert.equal(roleOf(fr, "Azure"), "failed");
  assert.equal(roleOf(fr, "Google Cloud"), "mentioned");
  const en = outageFacts("Another cloud down", "After the outage at Google Cloud last week, it was Azure's turn on Tuesday, with sign-ins failing for hours.");
  assert.equal(roleOf(en, "Azure"), "failed");
  assert.equal(roleOf(en, "Google Cloud"), "mentioned");
  // "after" with no next one in the sentence is only time: both failed together
  const both = outageFacts("Cloud outage", "After Google Cloud went down at noon, Spotify and Discord were down for two hours.");
  assert.notEqual(roleOf(both, "Google Cloud"), "mentioned");
});
