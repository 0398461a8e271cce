import { test } from "node:test";
import assert from "node:assert/strict";
import { readDocument } from "../../lib/extract/extract-article";
import { outageFeatures } from "../../lib/extract/score-outage";
import { facts, makeDoc } from "./article-helpers";
import { titleTellsStrike } from "../../lib/extract/look-alike-signals";

// The look-alike signals as the detection model sees them (phrasings written for these tests).
function signals(title: string, text: string, lang: "fr" | "en", publishedAt: Date | null = null): string[] {
  const { view, hits, cues, lang: l } = readDocument(makeDoc(title, text, { lang }));
  const all = [...outageFeatures(view, hits, cues, false, l, publishedAt).keys()];
  return all.filter((k) => ["r:advice-title", "r:retrospective", "r:breach-no-failure", "r:grid-no-service", "r:transport-no-service", "r:ranked-list", "r:announced-stop", "r:withdrawn", "r:cable-damage"].includes(k));
}

test("an advice or explainer title is a signal, in either language and in any part of the title", () => {
  assert.deepEqual(signals("How to keep your shop online when the cloud goes down", "Five steps for small businesses.", "en"), ["r:advice-title"]);
  assert.deepEqual(signals("Pourquoi les pannes du cloud se multiplient", "Les experts s'inquiètent de la concentration des hébergeurs.", "fr"), ["r:advice-title"]);
  assert.ok(signals("Status pages: how to read them when a service fails", "A short guide.", "en").includes("r:advice-title"));
  assert.ok(signals("Messagerie : comment savoir si WhatsApp est en panne", "Quelques sites permettent de le vérifier.", "fr").includes("r:advice-title"));
  assert.ok(signals("7 astuces pour survivre à une coupure d'Internet", "Gardez vos fichiers hors ligne.", "fr").includes("r:advice-title"));
});

test("a title that tells one outage is no advice title: 'How a bad deploy broke X', 'Why is X down?', 'Pourquoi cette panne ?'", () => {
  assert.ok(!signals("How a bad deploy broke Discord for three hours", "Discord went down on Friday after a faulty release.", "en").includes("r:advice-title"));
  assert.ok(!signals("Why is Outlook down right now?", "Outlook has been unavailable since 9 am.", "en").includes("r:advice-title"));
  assert.ok(!signals("Orange en panne : pourquoi cette coupure ?", "Les abonnés d'Orange sont privés de réseau depuis ce matin.", "fr").includes("r:advice-title"));
});

test("a why-title about one subject's past failure explains an event, not a trend: 'Why Zoom went down', 'Pourquoi Pronote a lâché'", () => {
  assert.ok(!signals("Why Zoom went down on Tuesday morning", "Meetings failed to start for about 90 minutes.", "en").includes("r:advice-title"));
  assert.ok(!signals("Why the Fortnite servers couldn't cope with the season launch", "Players waited in queues for hours on Friday.", "en").includes("r:advice-title"));
  assert.ok(!signals("Pourquoi Pronote a lâché le jour de la rentrée", "Mardi matin, le logiciel est resté inaccessible trois heures.", "fr").includes("r:advice-title"));
  assert.ok(!signals("Pourquoi le site des impôts n'a pas résisté à la date limite", "Jeudi, la déclaration en ligne était impossible.", "fr").includes("r:advice-title"));
  assert.ok(!signals("Pourquoi Bouygues Telecom s'est effondré samedi soir", "Des milliers d'abonnés ont perdu le réseau mobile.", "fr").includes("r:advice-title"));
  // a trend in the present, or a subject that "a une" something, still explains
  assert.ok(signals("Why cloud outages keep happening", "Experts blame complexity.", "en").includes("r:advice-title"));
  assert.ok(signals("Why the next big outage is only a matter of time", "Concentration makes failures more likely.", "en").includes("r:advice-title"));
  assert.ok(signals("Pourquoi les pannes informatiques se multiplient", "Les spécialistes pointent la dépendance au cloud.", "fr").includes("r:advice-title"));
  assert.ok(signals("Pourquoi Orange a une longueur d'avance sur la fibre", "L'opérateur a investi tôt.", "fr").includes("r:advice-title"));
});

test("an outage recalled years after it happened is a retrospective; one reported in its own year is not", () => {
  const published = new Date("2024-06-01T10:00:00Z");
  assert.ok(signals("Remembering the great 2017 storage outage", "The 2017 outage of a storage service took thousands of sites offline.", "en", published).includes("r:retrospective"));
  assert.ok(signals("La panne de Skype de 2010", "La panne de 2010 avait privé les utilisateurs de Skype d'appels pendant un jour.", "fr", published).includes("r:retrospective"));
  // without a publication date, the latest year the text writes stands for it
  assert.ok(signals("La panne géante de 2012", "La panne de 2012 reste dans les mémoires. En 2023, les ingénieurs en parlent encore.", "fr").includes("r:retrospective"));
  assert.ok(signals("Ten years ago, Gmail went dark", "Gmail was down for hours; we look back at that day.", "en").includes("r:retrospective"));
  assert.ok(signals("Il y a dix ans, la messagerie tombait en panne", "Les utilisateurs avaient perdu l'accès pendant trois jours.", "fr").includes("r:retrospective"));
  // one year back is written in the singular in both languages
  assert.ok(signals("A year on from the payments outage, has the bank changed?", "The card network was down for a day last spring.", "en").includes("r:retrospective"));
  assert.ok(signals("Un an après la panne géante, l'opérateur promet un réseau plus solide", "Les clients avaient été privés de réseau pendant une journée.", "fr").includes("r:retrospective"));
  assert.ok(signals("Il y a un an, la messagerie tombait en panne", "Les utilisateurs avaient perdu l'accès pendant une journée.", "fr").includes("r:retrospective"));
  // "a year" that dates nothing back ("a year of", "un an de") is no retrospective
  assert.ok(!signals("Bank app down on its busiest day of the year", "After a year of growth, the app failed this morning.", "en", published).includes("r:retrospective"));
  assert.ok(!signals("Panne de la messagerie", "La messagerie est en panne depuis ce matin, un an de travaux n'y ont rien changé.", "fr", published).includes("r:retrospective"));
  assert.ok(!signals("Slack outage in 2024 disrupts work", "The 2024 outage of Slack left users without messages on Monday.", "en", published).includes("r:retrospective"));
  assert.ok(!signals("Panne de Free", "Free est en panne depuis ce matin, une première depuis 2023.", "fr", published).includes("r:retrospective"));
});

test("a breach or hack with no failure in the lead is a signal; a hack that took the service down is not", () => {
  assert.ok(signals("Gaming platform confirms a data breach", "Hackers stole email addresses and hashed passwords, the company said.", "en").includes("r:breach-no-failure"));
  assert.ok(signals("Fuite de données chez un opérateur", "Des pirates ont dérobé les coordonnées de millions de clients.", "fr").includes("r:breach-no-failure"));
  assert.ok(!signals("Hacked network goes offline", "After the breach, the network was offline for a week and users could not play.", "en").includes("r:breach-no-failure"));
  assert.ok(!signals("Après le piratage, le service est en panne", "Le service est indisponible depuis l'intrusion.", "fr").includes("r:breach-no-failure"));
});

test("grid or transport vocabulary with no online service named in the lead is a signal", () => {
  assert.ok(signals("Storm leaves homes without power", "About 40,000 utility customers lost power overnight.", "en").includes("r:grid-no-service"));
  assert.ok(signals("Des milliers de foyers sans électricité", "Une coupure de courant a touché la région cette nuit.", "fr").includes("r:grid-no-service"));
  assert.ok(signals("Trains halted on the coast line", "Thousands of passengers were stranded after a signalling fault.", "en").includes("r:transport-no-service"));
  assert.ok(signals("Trafic interrompu entre deux gares", "Des centaines de voyageurs bloqués après une panne d'aiguillage.", "fr").includes("r:transport-no-service"));
  // a service named in the lead makes it an online story the model weighs on its own
  assert.ok(!signals("Power cut takes Azure offline", "A power outage in a data centre took Microsoft Azure offline.", "en").includes("r:grid-no-service"));
  assert.ok(!signals("L'application SNCF Connect en panne", "Les voyageurs ne peuvent plus acheter de billets sur SNCF Connect.", "fr").includes("r:transport-no-service"));
});

test("a carrier's booking or check-in systems failing are an online outage told in travel words, a stopped line is not", () => {
  const transport = (title: string, text: string, lang: "fr" | "en") => signals(title, text, lang).includes("r:transport-no-service");
  assert.ok(!transport("Long queues at the airport as a regional airline's booking systems fail", "Passengers were checked in by hand for hours while its website could not sell a ticket.", "en"));
  assert.ok(!transport("Flights delayed after an IT outage at a low-cost carrier", "Travellers waited at the gates all morning.", "en"));
  assert.ok(!transport("Une compagnie aérienne privée de son système d'enregistrement", "Des passagers ont patienté plusieurs heures dans les aéroports du pays.", "fr"));
  assert.ok(!transport("Panne informatique chez un transporteur régional", "Les voyageurs n'ont pas pu réserver de billets ce lundi, les systèmes de réservation étant hors service.", "fr"));
  // travel words with no computer system of the carrier stay transport's story
  assert.ok(transport("Flights grounded as fog closes the airport", "Hundreds of passengers spent the night in the terminal.", "en"));
  assert.ok(transport("Les trains à l'arrêt après une panne de signalisation", "Les voyageurs sont restés bloqués en gare pendant deux heures.", "fr"));
});

test("a plain outage report carries none of the look-alike signals", () => {
  assert.deepEqual(signals("Instagram down for thousands", "Instagram was down on Monday evening; users could not load their feeds.", "en"), []);
  assert.deepEqual(signals("Panne de WhatsApp", "WhatsApp est inaccessible depuis 18 heures pour des milliers d'utilisateurs.", "fr"), []);
});

test("a ranked or counted list of failures in the title is a listicle; one outage ranked among others is not", () => {
  assert.ok(signals("Seven famous outages that shaped the cloud", "From storage to DNS, a look at what failed.", "en").includes("r:ranked-list"));
  assert.ok(signals("The 12 worst data centre failures", "Fires, floods and a squirrel.", "en").includes("r:ranked-list"));
  assert.ok(signals("5 times the internet went dark", "Each of these took half the web offline.", "en").includes("r:ranked-list"));
  assert.ok(signals("Les 8 pannes les plus marquantes du Web", "Retour sur des journées sans réseau.", "fr").includes("r:ranked-list"));
  assert.ok(signals("Les pires pannes de l'histoire d'Internet", "Des services géants tombés pendant des heures.", "fr").includes("r:ranked-list"));
  assert.ok(!signals("Major outages hit Teams and Outlook", "Teams and Outlook were down for hours on Monday.", "en").includes("r:ranked-list"));
  assert.ok(!signals("Une des plus grandes pannes de l'année chez Free", "Les abonnés de Free sont privés d'Internet depuis ce matin.", "fr").includes("r:ranked-list"));
  assert.ok(!signals("Outlook down for 3 hours", "Outlook was down for 3 hours on Monday.", "en").includes("r:ranked-list"));
});

test("a stop announced ahead in the lead is a signal; a stop a cause forced is not", () => {
  assert.ok(signals("Bank to shut down its app on Sunday", "Customers will not be able to log in while the bank moves its servers.", "en").includes("r:announced-stop"));
  assert.ok(signals("Payment app update", "The app will be unavailable from midnight to 6 am.", "en").includes("r:announced-stop"));
  assert.ok(signals("Le site des impôts sera indisponible ce week-end", "Les usagers ne pourront pas déclarer leurs revenus samedi.", "fr").includes("r:announced-stop"));
  assert.ok(signals("L'éditeur prévient que ses serveurs vont saturer", "Des perturbations sont à prévoir le soir de Noël.", "fr").includes("r:announced-stop"));
  assert.ok(!signals("Encyclopedia forced to go offline after attack", "A flood of traffic caused the site to go offline in several countries.", "en").includes("r:announced-stop"));
  assert.ok(!signals("Le site a été contraint de suspendre son service", "Une attaque a poussé la plateforme à couper ses serveurs.", "fr").includes("r:announced-stop"));
  assert.ok(!signals("Bank app down", "The bank's app went down on Sunday and customers could not log in.", "en").includes("r:announced-stop"));
});

test("an attack told as stopped, with no failure in the lead, is the breach signal's kind; an attack that took the service down is not", () => {
  assert.ok(signals("Hosting firm blocks the largest DDoS attack on record", "The flood peaked at 9 terabits per second and lasted a minute.", "en").includes("r:breach-no-failure"));
  assert.ok(signals("L'hébergeur a repoussé une cyberattaque massive", "Le trafic malveillant a été filtré en quelques secondes.", "fr").includes("r:breach-no-failure"));
  assert.ok(!signals("DDoS attack knocks game servers offline", "The servers were offline for six hours after the attack.", "en").includes("r:breach-no-failure"));
  assert.ok(!signals("Une cyberattaque paralyse la messagerie", "La messagerie est inaccessible depuis l'attaque de lundi.", "fr").includes("r:breach-no-failure"));
});

test("a product withdrawn, banned or closed on purpose is a signal; a service that failed is not", () => {
  assert.ok(signals("Video app goes dark as the ban takes effect", "The app was removed from the App Store on Sunday.", "en").includes("r:withdrawn"));
  assert.ok(signals("Game maker discontinues its streaming service", "Subscribers will be refunded.", "en").includes("r:withdrawn"));
  assert.ok(signals("Le service de jeu en ligne fermera définitivement ses portes", "Les joueurs seront remboursés.", "fr").includes("r:withdrawn"));
  assert.ok(signals("Un streameur banni de la plateforme pendant une journée", "Sa chaîne a été suspendue.", "fr").includes("r:withdrawn"));
  assert.ok(!signals("Video app goes dark for millions", "The app was down for three hours after a server fault.", "en").includes("r:withdrawn"));
  assert.ok(!signals("La plateforme de jeu en panne", "Les joueurs ne peuvent plus se connecter depuis ce matin.", "fr").includes("r:withdrawn"));
});

test("a service named in the title or lead is a signal of its own; one named only far in the body is not (en, fr)", () => {
  const keys = (title: string, text: string, lang: "fr" | "en") => {
    const { view, hits, cues, lang: l } = readDocument(makeDoc(title, text, { lang }));
    return [...outageFeatures(view, hits, cues, false, l).keys()];
  };
  assert.ok(keys("Slack is down for many users", "Messages fail to send since this morning.", "en").includes("r:service-lead"));
  assert.ok(keys("Panne chez Orange", "Les abonnés sont privés d'Internet depuis ce matin.", "fr").includes("r:service-lead"));
  const far = ["Cloud concentration worries regulators.", "Officials met on Monday.", "They published a report.", "A committee will study it.", "One example was Slack."].join(" ");
  const k = keys("A report on resilience", far, "en");
  assert.ok(k.includes("r:service") && !k.includes("r:service-lead"), k.filter((x) => x.startsWith("r:")).join(" "));
  const loin = ["Les régulateurs s'inquiètent de la concentration.", "Ils se sont réunis lundi.", "Un rapport a été publié.", "Une commission l'étudiera.", "Orange est cité en exemple."].join(" ");
  const kf = keys("Un rapport sur la résilience", loin, "fr");
  assert.ok(kf.includes("r:service") && !kf.includes("r:service-lead"), kf.filter((x) => x.startsWith("r:")).join(" "));
});

test("a data cable damaged or cut in the title or lead is a signal, with or without a service named", () => {
  assert.ok(signals("Internet perturbé en Afrique de l'Ouest", "Trois câbles sous-marins ont été endommagés au large des côtes, selon les opérateurs.", "fr").includes("r:cable-damage"));
  assert.ok(signals("La connexion ralentit dans la région", "La rupture s'est produite à 3 km de profondeur. Un navire doit réparer les câbles de télécommunications.", "fr").includes("r:cable-damage"));
  assert.ok(signals("Subsea cables severed in the Gulf", "Connectivity slowed across the region on Tuesday.", "en").includes("r:cable-damage"));
  assert.ok(signals("Operators report damage to an undersea cable", "Traffic was rerouted through other links.", "en").includes("r:cable-damage"));
});

test("a cable laid, threatened, or of power or television is no cable-damage signal", () => {
  assert.deepEqual(signals("Un nouveau câble sous-marin reliera la France aux États-Unis", "Le chantier commencera l'an prochain.", "fr"), []);
  assert.ok(!signals("Militants threaten to cut undersea cables", "Officials said the network was being watched.", "en").includes("r:cable-damage"));
  assert.ok(!signals("Des vandales ont coupé un câble électrique", "Le quartier a été privé de courant pendant deux heures.", "fr").includes("r:cable-damage"));
  assert.ok(!signals("Cable TV provider cuts prices", "Subscribers will pay less from May.", "en").includes("r:cable-damage"));
});

test("a carrier's app failing is an online outage told in travel words, in French as in English", () => {
  const transport = (title: string, text: string, lang: "fr" | "en") => signals(title, text, lang).includes("r:transport-no-service");
  assert.ok(!transport("", "Mardi matin, l'application de la compagnie ferroviaire régionale est restée inaccessible pendant deux heures ; les trains ont circulé normalement.", "fr"));
  assert.ok(!transport("Rail operator's app down for commuters", "Passengers could not buy tickets on the app for two hours.", "en"));
  assert.ok(transport("Les trains à l'arrêt après une panne de caténaire", "Les voyageurs sont restés bloqués en gare pendant trois heures.", "fr"));
});

test("a title labelled as signed opinion or giving the good habits is an advice title (Opinion:, Tribune :, les bons réflexes)", () => {
  assert.deepEqual(signals("Opinion: stop blaming the cloud for every outage", "Acme's troubles last week were a warning.", "en"), ["r:advice-title"]);
  assert.deepEqual(signals("Op-ed | Our banks are one outage away from chaos", "Zorvex went down again.", "en"), ["r:advice-title"]);
  assert.deepEqual(signals("Tribune : « Nos services publics à la merci d'une panne »", "La panne de Zorvex l'a montré.", "fr"), ["r:advice-title"]);
  assert.deepEqual(signals("Chronique - Et si le réseau tombait en panne demain ?", "Imaginons un pays sans Internet.", "fr"), ["r:advice-title"]);
  assert.deepEqual(signals("Panne de box : les bons réflexes pour rester connecté", "Vérifiez d'abord les voyants.", "fr"), ["r:advice-title"]);
  assert.deepEqual(signals("Outages: best practices for small shops", "Keep a status page ready.", "en"), ["r:advice-title"]);
});

test("a newspaper's name or an opinion poll in a title is no opinion label", () => {
  assert.deepEqual(signals("Panne géante chez Zorvex - La Tribune", "Le site de Zorvex est inaccessible depuis ce matin.", "fr"), []);
  assert.deepEqual(signals("Acme outage hits thousands | Chicago Tribune", "Acme was down for two hours.", "en"), []);
  assert.deepEqual(signals("Opinion polls show trust in Acme after its outage", "Acme went down last month.", "en"), []);
  assert.deepEqual(signals("Chronique d'une panne annoncée chez Banque Lumière", "L'appli de Banque Lumière est tombée en panne lundi.", "fr"), []);
});

// the rule layer's lead score: a failure word in a title or lead sentence that names an online subject
function leadScore(title: string, text: string, lang: "fr" | "en"): number {
  const { view, hits, cues, lang: l } = readDocument(makeDoc(title, text, { lang }));
  return outageFeatures(view, hits, cues, false, l).get("r:lead") ?? 0;
}

test("a carrier's check-in or booking system is the online subject of its failure; the carrier's flights are not", () => {
  assert.ok(leadScore("Communiqué", "Air Lumière informe ses clients qu'une panne du système d'enregistrement a perturbé ce matin les départs.", "fr") > 0);
  assert.ok(leadScore("Communiqué", "Un dysfonctionnement du système de réservation d'Air Lumière a perturbé la journée de mardi.", "fr") > 0);
  assert.ok(leadScore("Statement", "A failure of the check-in system disrupted Zorvex Airways departures this morning.", "en") > 0);
  assert.ok(leadScore("Statement", "Zorvex Airways said an outage of its booking system disrupted sales on Tuesday.", "en") > 0);
  // a strike or a storm that disrupts the carrier's flights names no online subject
  assert.equal(leadScore("Communiqué", "Une grève a perturbé ce matin les vols d'Air Lumière.", "fr"), 0);
  assert.equal(leadScore("Statement", "A storm disrupted Zorvex Airways flights this morning.", "en"), 0);
});

test("a title naming a strike tells of people stopping work, in French and English; lightning, air strikes and deals are no strike", () => {
  const strike = (title: string, lang: "fr" | "en") => titleTellsStrike(readDocument(makeDoc(title, "", { lang })).view);
  assert.ok(strike("Grève au centre de tri : colis et lettres en retard toute la semaine", "fr"));
  assert.ok(strike("Préavis de grève chez les agents d'escale, des vols menacés", "fr"));
  assert.ok(strike("Débrayage des techniciens : les guichets fermés jeudi", "fr"));
  assert.ok(strike("Dock workers strike halts container traffic at the port", "en"));
  assert.ok(strike("Cabin crew walk out, dozens of flights cancelled", "en"));
  assert.ok(strike("Bus drivers go on strike over pay", "en"));
  assert.ok(!strike("Lightning strike knocks Halvern data centre offline", "en"));
  assert.ok(!strike("Zorvex strikes a deal with a cloud rival", "en"));
  assert.ok(!strike("Air strikes cut power and internet in the city", "en"));
  assert.ok(!strike("Panne géante : l'application Zorvex inaccessible", "fr"));
  const post = facts("Grève à la poste régionale : distribution du courrier perturbée jusqu'à jeudi",
    "Les facteurs de trois départements ont cessé le travail lundi. Les lettres ne sont plus distribuées et les colis s'entassent, selon les syndicats. Le suivi des colis en ligne reste disponible.", { lang: "fr" });
  assert.equal(post.isOutage, false);
  assert.equal(post.notOutageReason, "strike");
  const lightning = facts("Lightning strike takes Halvern Cloud offline for three hours",
    "A lightning strike on Tuesday cut power to Halvern Cloud's main data centre, and its hosted websites were down for three hours.", { lang: "en" });
  assert.notEqual(lightning.notOutageReason, "strike");
});

test("a brand that begins like 'tram' is no tram, a tram or a tramway is", () => {
  const host = signals("Trambelle Cloud : les serveurs de l'hébergeur inaccessibles", "Les sites des clients de Trambelle Cloud sont tombés en panne mardi après-midi.", "fr");
  assert.ok(!host.includes("r:transport-no-service"));
  assert.ok(signals("Tram line halted for hours", "Trams stopped across the city after a signal fault.", "en").includes("r:transport-no-service"));
  assert.ok(signals("Tramway à l'arrêt à Lyon", "Le tramway est resté bloqué deux heures.", "fr").includes("r:transport-no-service"));
});
