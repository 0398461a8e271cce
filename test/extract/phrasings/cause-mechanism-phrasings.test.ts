// What went wrong against where it went wrong: a category word inside a description of the setting
// ("a network used for services such as DNS", "qui relie ses centres de données") names the
// environment, not the failure; changes, quotas and logic errors name the failure in other words.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { CauseCategory } from "../../../lib/domain/types";
import { causeCaseFacts, type Case } from "./cases-helpers";

// `guessed`: categories the document only names, which may come out flagged as inferred, never as stated
type Expect = Case & { has: CauseCategory[]; not: CauseCategory[]; guessed?: CauseCategory[]; todo?: string };

const categories = (c: Case) => causeCaseFacts(c).causes.map((x) => x.category);

function check(cases: Expect[], label: string): void {
  for (const c of cases) {
    test(`${label} (${c.lang}): ${c.text}`, { todo: c.todo }, () => {
      const got = categories(c);
      for (const k of c.has) assert.ok(got.includes(k), `expected ${k} in ${got.join(", ")}`);
      for (const k of c.not) assert.ok(!got.includes(k), `unexpected ${k} in ${got.join(", ")}`);
      const stated = causeCaseFacts(c).causes.filter((x) => !x.inferred).map((x) => x.category);
      for (const k of c.guessed ?? []) assert.ok(!stated.includes(k), `${k} stated, expected at most inferred`);
    });
  }
}

check([
  { lang: "en", text: "A surge in traffic on its internal network, which carries systems such as monitoring and internal DNS, caused the outage.", has: ["capacity-overload"], not: ["network-bgp-dns"] },
  { lang: "en", text: "The outage was caused by a bug in the tool used for updating its DNS records.", has: ["software-bug"], not: ["network-bgp-dns"] },
  { lang: "en", text: "A scaling job triggered odd behaviour on the backend network, a private network used for core services such as logging and DNS.", has: [], not: ["network-bgp-dns"] },
  { lang: "en", text: "The company blamed a change made to its wide area network, which links its data centers to the internet.", has: ["config-change"], not: ["hardware-or-datacenter", "network-bgp-dns"] },
  { lang: "fr", text: "La panne a été provoquée par un bug dans l'outil utilisé pour gérer les serveurs DNS internes.", has: ["software-bug"], not: ["network-bgp-dns"] },
  { lang: "fr", text: "Un afflux massif de connexions a saturé le réseau interne, qui sert à des services tels que le DNS, provoquant la panne.", has: ["capacity-overload"], not: ["network-bgp-dns"] },
  { lang: "fr", text: "L'entreprise attribue la panne à une modification apportée à son réseau étendu, qui relie ses centres de données entre eux.", has: ["config-change", "network-bgp-dns"], not: ["hardware-or-datacenter"] },
], "a category word describing the setting is not the cause");

check([
  { lang: "en", text: "A DNS failure took down the network used for internal services, the company said.", has: ["network-bgp-dns"], not: [] },
  { lang: "en", text: "Services such as Gmail went down because of a DNS failure.", has: ["network-bgp-dns"], not: [] },
  { lang: "en", text: "Apps such as Venmo stopped working after a DDoS attack hit the provider.", has: ["cyberattack"], not: [] },
  { lang: "fr", text: "Des services tels que Gmail sont tombés en panne à cause d'un problème DNS.", has: ["network-bgp-dns"], not: [] },
  { lang: "fr", text: "Le routeur qui relie les deux sites a subi une cyberattaque, provoquant la panne.", has: ["cyberattack"], not: [] },
  { lang: "fr", text: "Un incendie dans le bâtiment qui héberge ses serveurs est à l'origine de la panne.", has: ["hardware-or-datacenter"], not: [] },
], "the failing thing keeps its category beside a description");

check([
  { lang: "en", text: "Delivery drivers said the app they use to plan routes had stopped working.", has: [], not: ["network-bgp-dns"] },
  { lang: "en", text: "Flights were cancelled on several routes as the airline's booking system went down.", has: [], not: ["network-bgp-dns"] },
  { lang: "fr", text: "Le GPS qui calcule les routes des livreurs était en panne mardi.", has: [], not: ["network-bgp-dns"] },
  { lang: "en", text: "The outage began when its routers withdrew the routes to its name servers.", has: ["network-bgp-dns"], not: [] },
  { lang: "en", text: "The company said faulty BGP routes caused the outage.", has: ["network-bgp-dns"], not: [] },
  { lang: "fr", text: "Le retrait des annonces de routes a rendu le service injoignable, a expliqué l'entreprise.", has: ["network-bgp-dns"], not: [] },
], "routes are a network cause only as network routes");

check([
  { lang: "en", text: "The company attributed the outage to a change to its network.", has: ["config-change"], not: [] },
  { lang: "en", text: "A routine network change caused the outage, the company said.", has: ["config-change"], not: [] },
  { lang: "fr", text: "Un changement effectué sur un routeur a provoqué la panne.", has: ["config-change"], not: ["network-bgp-dns"] },
  { lang: "fr", text: "La panne est due à une modification apportée au réseau de l'opérateur.", has: ["config-change"], not: [] },
  { lang: "en", text: "The outage was caused by a failure on its wide area network.", has: ["network-bgp-dns"], not: [] },
  { lang: "fr", text: "Une défaillance du WAN de l'entreprise est à l'origine de la panne.", has: ["network-bgp-dns"], not: [] },
  { lang: "en", text: "Its engineers traced the outage to one change on the backbone.", has: ["config-change"], not: [] },
  { lang: "fr", text: "Cloudflare a expliqué que la panne venait d'un changement de configuration du réseau.", has: ["config-change"], not: [] },
  // no change made to the infrastructure: prices, users' own settings, a switch of carrier
  { lang: "en", text: "Because of the outage, users were advised to change their network settings.", has: [], not: ["config-change"] },
  { lang: "fr", text: "À cause de la panne, les clients ont dû changer de réseau mobile.", has: [], not: ["config-change"] },
  { lang: "en", text: "The outage comes a week after a change to its subscription prices.", has: [], not: ["config-change"] },
  { lang: "fr", text: "Slack était en panne mardi, sans changement pour les utilisateurs gratuits.", has: [], not: ["config-change"] },
], "a change made to the network is a configuration change");

check([
  // (quota cues were dropped as fitted to one article, issue 11: a quota names no category by itself)
  // quotas as something given, not something that failed
  { lang: "en", text: "Because of the outage, Slack said it would raise storage quotas for affected users.", has: [], not: ["config-change"] },
  { lang: "fr", text: "À cause de la panne, Slack promet de relever les quotas de stockage des abonnés touchés.", has: [], not: ["config-change"] },
], "quotas given to users are not a cause");

check([
  { lang: "en", text: "The update triggered a logic error that crashed the machines running it.", has: ["software-bug"], not: [] },
  { lang: "fr", text: "Le fichier contenait une erreur logique qui a provoqué la panne.", has: ["software-bug"], not: [] },
  { lang: "fr", text: "La mise à jour fautive du logiciel est à l'origine de la panne.", has: ["software-bug"], not: [] },
  { lang: "en", text: "A software defect in the update caused the outage.", has: ["software-bug"], not: [] },
  { lang: "en", text: "The outage was not due to a logic error, the company said.", has: [], not: ["software-bug"] },
  { lang: "en", text: "A hardware defect in a storage array caused the outage.", has: ["hardware-or-datacenter"], not: ["software-bug"] },
  { lang: "fr", text: "Un défaut logiciel dans le nouveau pilote est à l'origine de la panne.", has: ["software-bug"], not: [] },
  { lang: "fr", text: "Par défaut, les comptes gratuits étaient touchés par la panne, provoquée par un incendie.", has: ["hardware-or-datacenter"], not: ["software-bug"] },
], "logic errors and faulty updates are software bugs");

check([
  { lang: "en", text: "A fire at its Lyon campus took thousands of websites offline.", has: ["hardware-or-datacenter"], not: [] },
  { lang: "en", text: "The blaze destroyed one building and the site was cut off from power, taking every hosted server offline.", has: ["hardware-or-datacenter"], not: [] },
  { lang: "en", text: "A faulty software update knocked airline check-in systems offline around the world.", has: ["software-bug"], not: [] },
  { lang: "fr", text: "Un incendie a mis hors ligne des milliers de sites hébergés à Lyon.", has: ["hardware-or-datacenter"], not: [] },
  { lang: "fr", text: "Une mise à jour défectueuse a fait planter des millions d'ordinateurs.", has: ["software-bug"], not: [] },
  { lang: "fr", text: "Le site, privé d'électricité depuis l'incendie, est à l'origine de la coupure des services.", has: ["hardware-or-datacenter"], not: [] },
  // the subject did not take the service out: these only say where things stood. The classifier may
  // still read the category a document names (leave-incident-out CV without such readings: all
  // 0.736, fr 0.511; with them 0.868, fr 0.778), but flagged as inferred, below any stated cause
  { lang: "en", text: "Users took to social media while the hosting data center was offline.", has: [], not: [], guessed: ["hardware-or-datacenter"] },
  { lang: "en", text: "Engineers took the deployment tools offline for a review after the outage ended.", has: [], not: [], guessed: ["software-bug"] },
  { lang: "en", text: "Its engineers quickly took the affected data center offline to contain the outage.", has: [], not: [], guessed: ["hardware-or-datacenter"] },
  { lang: "fr", text: "Les équipes ont mis le centre de données hors service pour limiter la panne.", has: [], not: [], guessed: ["hardware-or-datacenter"] },
  { lang: "fr", text: "Les clients ont mis leurs sites dans un autre centre de données et le service est resté hors ligne.", has: [], not: [], guessed: ["hardware-or-datacenter"] },
], "taking a service offline names what did it");

check([
  { lang: "en", text: "The outage was caused by a typo in a command an engineer ran, the company said.", has: ["config-change"], not: [] },
  { lang: "fr", text: "Une faute de frappe d'un technicien est à l'origine de la panne.", has: ["config-change"], not: [] },
  { lang: "en", text: "The carrier blamed the outage on botched maintenance work on its core network.", has: ["config-change"], not: [] },
  { lang: "fr", text: "La panne est due à une opération de maintenance sur le réseau central, a indiqué l'opérateur.", has: ["config-change"], not: [] },
  // emergency maintenance is the repair that follows, not the cause
  { lang: "en", text: "A bug caused the login errors, so the studio started emergency maintenance.", has: ["software-bug"], not: ["config-change"] },
  { lang: "fr", text: "Un bug a provoqué les déconnexions et l'éditeur a lancé en urgence une opération de maintenance.", has: ["software-bug"], not: ["config-change"] },
  // a typo named with no cause talk is no cause
  { lang: "en", text: "Users joked about a typo on the error page during the outage.", has: [], not: [], guessed: ["config-change"] },
], "human slips and maintenance work are changes made by the operator");

check([
  { lang: "en", text: "A routine upgrade of the cluster software took the site down for five hours.", has: ["software-bug"], not: [] },
  { lang: "fr", text: "La mise à niveau du logiciel des serveurs a provoqué la panne.", has: ["software-bug"], not: [] },
  { lang: "fr", text: "L'éditeur a évoqué un problème d'algorithme pour expliquer la panne.", has: ["software-bug"], not: [] },
], "upgrades and algorithm errors are software faults");

check([
  { lang: "en", text: "The disruption was caused by a core switch failure in its data centre.", has: ["hardware-or-datacenter"], not: ["network-bgp-dns"] },
  { lang: "fr", text: "La panne est due à la défaillance d'un commutateur au cœur du réseau.", has: ["hardware-or-datacenter"], not: [] },
  { lang: "fr", text: "Un bris d'équipement est à l'origine de l'interruption du service.", has: ["hardware-or-datacenter"], not: [] },
  { lang: "en", text: "Vandals damaged a fibre-optic link between two cities, causing the outage.", has: ["hardware-or-datacenter"], not: [] },
  { lang: "fr", text: "Du vandalisme sur un lien de fibre optique est à l'origine de la panne.", has: ["hardware-or-datacenter"], not: [] },
  // an offer of fibre named beside an outage is no cause
  { lang: "fr", text: "Les abonnés à la fibre optique n'étaient pas touchés par la panne du réseau mobile.", has: [], not: [], guessed: ["hardware-or-datacenter"] },
], "broken equipment and cut fibre are hardware");

check([
  { lang: "en", text: "The site crashed because so many people were shopping at the same time.", has: ["capacity-overload"], not: [] },
  { lang: "fr", text: "La panne s'explique par trop de joueurs connectés en même temps.", has: ["capacity-overload"], not: [] },
  { lang: "en", text: "Congestion on its internal network caused the outage.", has: ["capacity-overload"], not: [] },
  { lang: "fr", text: "La congestion du réseau interne a provoqué la panne.", has: ["capacity-overload"], not: [] },
  { lang: "en", text: "A rollout pushed the control plane over its limits, which caused the failure.", has: ["capacity-overload"], not: [] },
  { lang: "en", text: "Commuters faced congestion on the roads after the outage of the traffic app.", has: [], not: [], guessed: ["capacity-overload"] },
], "more load than a system takes is an overload");

check([
  { lang: "en", text: "The outage came down to an expired SSL certificate on the login servers.", has: ["config-change"], not: [] },
  { lang: "en", text: "The company forgot to renew a security certificate, which caused the outage.", has: ["config-change"], not: [] },
  { lang: "fr", text: "La cause de la panne : un certificat TLS expiré sur les serveurs de connexion.", has: ["config-change"], not: [] },
  { lang: "fr", text: "L'éditeur a oublié de renouveler sa licence, ce qui a provoqué la panne.", has: ["config-change"], not: [] },
  { lang: "fr", text: "La panne est due à un nom de domaine qui n'a pas été renouvelé.", has: ["config-change"], not: [] },
  { lang: "en", text: "The outage was caused by an internal storage quota issue, the company said.", has: ["config-change"], not: [] },
  { lang: "fr", text: "La panne s'explique par un dépassement de quota de stockage interne.", has: ["config-change"], not: [] },
  // renewed certificates and quotas granted name no failure
  { lang: "en", text: "The outage did not affect users who had renewed their subscription certificate early.", has: [], not: ["config-change"] },
], "a lapsed certificate or licence and an exhausted quota are settings left to run out");

check([
  { lang: "fr", text: "Les services étaient indisponibles à cause de problèmes de configuration réseau, a fait savoir le groupe.", has: ["config-change"], not: [] },
  { lang: "fr", text: "La cause racine est une modification du système de journalisation, a indiqué l'entreprise.", has: ["config-change"], not: [] },
  { lang: "en", text: "A change to its logging system caused the outage.", has: ["config-change"], not: [] },
], "settings and changes to a system named as the cause");

check([
  { lang: "fr", text: "Juste après le début de ce bug géant, Facebook s'est excusé sur Twitter.", has: [], not: ["software-bug"] },
  { lang: "fr", text: "Le gros bug de la messagerie a provoqué la colère des utilisateurs.", has: [], not: ["software-bug"] },
  { lang: "en", text: "This glitch caused hours of frustration for users.", has: [], not: ["software-bug"] },
  { lang: "fr", text: "La panne s'attaque à l'épine dorsale du web, provoquant des erreurs partout.", has: [], not: ["network-bgp-dns"] },
  // a defect named as the cause stays one
  { lang: "fr", text: "Un bug dans la dernière mise à jour est à l'origine de la panne.", has: ["software-bug"], not: [] },
  { lang: "en", text: "The glitch was caused by a bug in a new release.", has: ["software-bug"], not: [] },
], "a bug or glitch that names the outage itself is no cause");

check([
  { lang: "en", text: "Outage of the week: internal network congestion", has: ["capacity-overload"], not: [] },
  { lang: "en", text: "Root cause:\nA faulty upgrade of the cluster software removed a label the network relied on.", has: ["software-bug"], not: [] },
  { lang: "fr", text: "En cause :\nune erreur de configuration sur les serveurs de noms.", has: ["config-change"], not: [] },
  { lang: "en", text: "A botched upgrade takes the site down for five hours.", has: ["software-bug"], not: [] },
], "a heading, a title or 'takes it down' says what caused it");

check([
  { lang: "fr", text: "L'hébergeur dément tout piratage pour expliquer sa panne.", has: [], not: ["cyberattack"] },
  { lang: "en", text: "The company denies any hacking behind the outage.", has: [], not: ["cyberattack"] },
], "a denied attack is no cause");

check([
  { lang: "en", text: "The company confirmed the outage was caused by a botched emergency firewall update.", has: ["software-bug"], not: [] },
  { lang: "fr", text: "La panne s'explique par une mise à jour ratée du pare-feu.", has: ["software-bug"], not: [] },
  { lang: "en", text: "Engineers identified the problematic firewall change as the cause.", has: ["config-change"], not: [] },
  { lang: "fr", text: "Un changement de paramètres erroné est à l'origine de la panne.", has: ["config-change"], not: [] },
  { lang: "en", text: "Unusually high read and write load led to excessive contention and the outage.", has: ["capacity-overload"], not: [] },
  { lang: "fr", text: "Le système, soumis à une charge importante, a provoqué la panne.", has: ["capacity-overload"], not: [] },
  // an update or a change named with no fault, and load named as nothing unusual
  { lang: "en", text: "The company said it would publish an update on the outage later.", has: [], not: ["software-bug"] },
  { lang: "en", text: "The outage was caused by a hardware fault in a storage array under normal load.", has: ["hardware-or-datacenter"], not: ["capacity-overload"] },
], "a bad update or change, and unusual load, say what broke");

check([
  // how things usually go is background, not this outage's cause
  { lang: "en", text: "A maintenance event in a data center typically causes no disruption, because accounts are served from another data center.", has: [], not: ["hardware-or-datacenter", "config-change"] },
  { lang: "fr", text: "En pratique, tous les hébergeurs connaissent des pannes dues à une erreur humaine de configuration.", has: [], not: ["config-change"] },
  { lang: "en", text: "Side effects of some new code caused another data center to become overloaded.", has: ["software-bug", "capacity-overload"], not: [] },
  // the provider that speaks is the operator, not a supplier to blame
  { lang: "en", text: "The service provider attributed the outage to a technical hitch.", has: [], not: ["third-party"] },
  { lang: "fr", text: "Le fournisseur a indiqué que la panne était due à un problème technique.", has: [], not: ["third-party"] },
  { lang: "en", text: "The operator blamed the outage on a failure at its cloud provider.", has: ["third-party"], not: [] },
], "background, new code and who speaks");

check([
  { lang: "en", text: "The company said a faulty configuration update caused the outage.", has: ["config-change"], not: ["software-bug"] },
  { lang: "fr", text: "La panne est due à une mise à jour de configuration défectueuse, a confirmé l'entreprise.", has: ["config-change"], not: ["software-bug"] },
], "a bad update of settings is a configuration change, not software");
