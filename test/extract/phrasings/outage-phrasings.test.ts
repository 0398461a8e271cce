// Outage-or-not on short articles written for these tests: how coverage words a failure (a fire in a
// data centre, "a cessé de répondre", "would not load") and what only looks like one (an attack
// absorbed without disruption, a maintenance announced for Sunday night, launches and announcements).
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "../article-helpers";

interface DetectCase {
  lang: "fr" | "en";
  title: string; // "" when the feed gives no title: the first paragraph then stands in for it
  text: string;
  why: string;
  todo?: string; // a known miss of the learned detection model, kept in sight
}

// Leave-incident-out CV puts detection at P 0.96 / R 0.87 (README); these cases are among its misses.
const LEARNED_GAP = "missed by the learned detection model (README, known gaps)";

function detect(c: DetectCase) {
  const first = c.text.split(/\n+/)[0];
  // as a feed page without a title shows it: the first paragraph, cut at 140 characters
  const title = c.title || (first.length > 140 ? `${first.slice(0, 137)}...` : first);
  return facts(title, c.text, { lang: c.lang, publishedAt: new Date("2025-06-11T08:00:00Z") });
}

function check(cases: DetectCase[], expected: boolean): void {
  for (const c of cases) {
    test(`${expected ? "outage" : "not an outage"} (${c.lang}): ${c.why}`, { todo: c.todo }, () => {
      const f = detect(c);
      assert.equal(f.isOutage, expected, `score ${f.outageScore} ${f.notOutageReason ?? ""}`);
    });
  }
}

// A fire, a flood or a power loss in a data centre or at a hosting provider is the outage itself.
check([
  { lang: "fr", why: "a follow-up on restarting after a data-centre fire, without a failure word", todo: LEARNED_GAP, title: "Après l'incendie, OVHcloud présente son calendrier de redémarrage",
    text: "Deux jours après l'incendie qui a détruit l'un de ses centres de données à Lyon, OVHcloud a présenté jeudi son calendrier de remise en route. Les salles épargnées seront rallumées d'ici la fin de la semaine, une fois l'alimentation contrôlée. Les clients sans sauvegarde externe risquent d'avoir perdu leurs données." },
  { lang: "fr", why: "a fire ravaging a data centre, the sites hosted there no longer answering", title: "Un incendie ravage un datacenter de l'hébergeur OVHcloud près de Lille",
    text: "Le feu s'est déclaré vers deux heures du matin dans l'un des bâtiments du site. Les pompiers ont mobilisé une soixantaine d'hommes et personne n'a été blessé. Au lever du jour, de nombreux sites web de collectivités et de commerces hébergés sur place ne répondent plus. La circulation reste difficile aux abords du site." },
  { lang: "fr", why: "a quote-led first paragraph before the fire at the hosting provider", title: "",
    text: "« Basculez sur votre site de secours. » Le message lancé dans la nuit par le patron d'OVHcloud a été entendu par des milliers de clients. Depuis l'incendie qui a frappé un bâtiment de l'hébergeur à Roubaix, leurs boutiques en ligne et leurs messageries sont hors ligne.\n\nUne agence web raconte avoir perdu le contact avec ses serveurs vers minuit. Le groupe a annoncé une enquête." },
  { lang: "en", why: "a flood in a data centre taking customers' servers down", title: "Flooding at a Frankfurt data centre knocks Akamai customers offline",
    text: "A burst water pipe flooded a server hall overnight, the company said. Hundreds of customer websites hosted in the building went offline and engineers were moving workloads to other sites on Wednesday." },
  { lang: "en", why: "a follow-up on the damage after a data-centre fire", todo: LEARNED_GAP, title: "Heroku details recovery plan after data center fire",
    text: "A day after a fire destroyed one of the data centers Heroku rents in Virginia, the company said most customer apps would be moved to other regions by the weekend. Backups kept in the same building may be lost." },
], true);

// Failure phrasings beyond "panne" and "outage".
check([
  { lang: "fr", why: "\"a cessé de répondre\" with the web as subject", title: "",
    text: "Vous l'avez sans doute remarqué : une bonne partie du Web a cessé de répondre ce mardi midi. Reddit, GitHub et de nombreux sites de presse affichaient des messages d'erreur.\n\nLe point commun de ces sites : le fournisseur Fastly, qui a indiqué avoir identifié l'origine du problème." },
  { lang: "fr", why: "pages that no longer displayed and feeds impossible to load", title: "Instagram : le fil d'actualité ne s'affichait plus ce matin",
    text: "Des milliers d'utilisateurs ont constaté qu'il était impossible de charger leur fil sur Instagram. Les stories ne s'affichaient plus et l'application ne répondait plus, avant un retour progressif vers 10 heures." },
  { lang: "fr", why: "an app that stopped working (\"ont cessé de fonctionner\", \"ne marchait plus\")", title: "Les caisses de Shopify ont cessé de fonctionner samedi",
    text: "Pendant deux heures, les boutiques en ligne utilisant Shopify ne pouvaient plus encaisser : le paiement ne marchait plus et les commandes n'aboutissaient pas." },
  { lang: "en", why: "\"stopped responding\" and pages that would not load", title: "Big chunks of the web stopped responding this morning",
    text: "For about an hour, Reddit, Twitch and GitHub pages would not load, showing error pages instead. Fastly, the content delivery network behind them, said it had identified the problem." },
  { lang: "en", why: "an app that ceased working and became unresponsive", title: "Discord ceased working for millions of users",
    text: "The chat app became unresponsive on Monday evening and messages failed to load for most users in Europe. Discord said the service was back by 10 p.m." },
  { lang: "en", why: "an outage caused by a routine maintenance command stays an outage", title: "How a maintenance command took Cloudflare offline",
    text: "During routine maintenance on Tuesday, an engineer ran a command that withdrew the routes of 19 data centers. Cloudflare's network was unreachable and millions of sites were down for about an hour." },
  { lang: "fr", why: "an outage during a maintenance operation stays an outage", title: "Panne chez Free : une opération de maintenance a mal tourné",
    text: "Lors d'une opération de maintenance programmée dans la nuit, une commande erronée a rendu le réseau de Free inaccessible pendant plusieurs heures. Les abonnés étaient privés d'internet jusqu'à 8 heures." },
  { lang: "fr", why: "an outage article full of \"annoncé\" and \"lancé\"", title: "Orange : les appels impossibles pendant trois heures",
    text: "Orange a annoncé mardi soir que son réseau mobile était en panne dans tout le pays. L'opérateur a lancé une enquête et annonce un retour progressif du service. Le ministre a annoncé qu'il convoquerait la direction ; une plainte a été lancée par une association." },
], true);

// An attack absorbed without disruption, negated failure words.
check([
  { lang: "en", why: "a DDoS attack mitigated without any disruption", title: "Google fends off a record DDoS attack",
    text: "Google says it mitigated the largest denial-of-service attack it has seen, without any disruption to its services or to its cloud customers. Cloudflare and AWS said they had fought off similar attacks, and urged customers to patch servers that could be knocked offline by a smaller flood." },
  { lang: "en", why: "an attack absorbed with no outage and no impact", title: "Cloudflare absorbs 5 Tbps attack with no outage",
    text: "Cloudflare said its network absorbed the attack automatically. There was no impact on customers and no outage: all services remained available throughout." },
  { lang: "fr", why: "une attaque repoussée sans interruption", title: "OVHcloud repousse une attaque DDoS record",
    text: "L'hébergeur OVHcloud affirme avoir repoussé une attaque par déni de service d'une ampleur inédite, sans aucune interruption pour ses clients. Ses services n'ont pas été perturbés et aucune panne n'a été constatée." },
  { lang: "fr", why: "a cyberattack that did not take the site down", title: "Doctolib visé par une cyberattaque, sans conséquence pour les patients",
    text: "La plateforme Doctolib a détecté une tentative d'intrusion dimanche. Le site n'a pas été perturbé et il n'y a pas eu de coupure : les rendez-vous ont pu être pris normalement." },
], false);

// Planned maintenance announced ahead of time.
check([
  { lang: "en", why: "an app unavailable next Sunday for scheduled maintenance", title: "Revolut app to be unavailable on Sunday night",
    text: "The banking app will be unavailable on Sunday from 2 to 6 a.m. for scheduled maintenance, the company told customers on Monday. Card payments will keep working during the upgrade." },
  { lang: "fr", why: "maintenance programmée, services indisponibles samedi", title: "Maintenance programmée : les services en ligne de la CAF seront indisponibles samedi",
    text: "La CAF prévient ses allocataires que son site et son application seront indisponibles samedi de 8 heures à 14 heures, en raison d'une opération de maintenance. Les paiements ne seront pas affectés." },
  { lang: "fr", why: "an operation that will make the site inaccessible over a weekend", title: "",
    text: "Les contribuables devront patienter. Une opération de maintenance planifiée rendra le site impots.gouv inaccessible du vendredi 20 heures au lundi 6 heures, a annoncé l'administration fiscale.\n\nCette interruption programmée doit permettre la migration vers une nouvelle plateforme technique." },
], false);

// What the rules above must leave alone.
check([
  { lang: "fr", why: "a data centre built against fire and floods", title: "OVHcloud inaugure un datacenter protégé contre les incendies",
    text: "Le nouveau centre de données de l'hébergeur, à Marseille, est conçu pour résister aux inondations et protégé contre les incendies par un système d'extinction à gaz. OVHcloud annonce aussi de nouvelles offres pour ses clients." },
  { lang: "en", why: "a fire at a factory, far from any data centre", title: "Fire at a Samsung chip plant halts production",
    text: "A fire broke out at a Samsung memory factory in South Korea on Monday. Production lines were stopped and the company said it was assessing the damage to its servers stock." },
  { lang: "fr", why: "a green light to buy a hosting provider (\"le feu vert\")", title: "Bruxelles donne son feu vert au rachat d'un hébergeur par OVHcloud",
    text: "La Commission européenne a donné mardi le feu vert au rachat de l'hébergeur allemand par OVHcloud. L'opération valorise la cible à 300 millions d'euros." },
  { lang: "en", why: "grid blackout with data centres running on generators", title: "Spain's blackout: how data centres kept running",
    text: "When the grid collapsed on Monday, data centres around Madrid switched to diesel generators within seconds. Operators said their customers' servers kept running throughout the blackout." },
  { lang: "en", why: "a spokesperson who did not respond, in an earnings story", title: "Zoom shares fall after weak guidance",
    text: "Zoom reported quarterly revenue below analysts' expectations and cut its guidance for the fiscal year. The company's spokesperson was not responding to requests for comment. Investors sold the shares after hours." },
  { lang: "fr", why: "an offer launched with a promise of no interruption", title: "Free lance sa nouvelle box fibre",
    text: "Free lance une nouvelle box avec le Wi-Fi 7. L'opérateur promet des débits plus élevés, un nouveau forfait et une installation sans coupure de service. Le prix de l'abonnement augmente de deux euros." },
  { lang: "en", why: "advice about what to do in the event of an outage", title: "What Orange customers should do in case of a network outage",
    text: "Orange has published a guide for customers. In the event of an outage, the operator advises restarting the box. In case of a long outage, calls may be forwarded to a mobile phone." },
], false);

check([
  { lang: "fr", why: "\"ce n'est pas la première panne\" is not a negation of this one", title: "Nouvelle panne chez Free",
    text: "Ce n'est pas la première panne pour l'opérateur cette année. Depuis ce matin, des milliers d'abonnés Free sont privés d'internet et la box ne répond plus." },
  { lang: "en", why: "an outage article that announces a fix during a maintenance window", title: "Slack is down for thousands of users",
    text: "Slack went down on Tuesday morning, and messages failed to load for hours. The company said a permanent fix will be deployed during a maintenance window next week, and that services were restored by noon." },
], true);
