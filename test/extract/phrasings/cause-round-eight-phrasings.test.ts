// Round eight of the cause tables, each rule with its look-alikes, written for these tests (not taken from
// the corpora nor from paraphrase set e, which stays unread): a general statement in the present about a
// kind of cause, another company's outage (a rival's, a competitor's), advertising copy, and the data layer
// of the machine rooms (storage, replication falling behind, a failover that failed).
import { checkCauseCases } from "./check-cause-cases";

checkCauseCases([
  { lang: "en", text: "Ransomware gangs increasingly target hospitals and local councils.", cause: null },
  { lang: "en", text: "Power cuts are a common cause of data-centre downtime.", cause: null },
  { lang: "en", text: "Misconfigured DNS records are among the most common reasons websites go offline.", cause: null },
  { lang: "en", text: "Botnets are often rented out by the hour on criminal forums.", cause: null },
  { lang: "fr", text: "Les cyberattaques contre les collectivités se multiplient depuis deux ans.", cause: null },
  { lang: "fr", text: "Les pannes de courant restent la première cause d'interruption des centres de données.", cause: null },
  { lang: "fr", text: "Les erreurs humaines sont souvent à l'origine des grandes pannes informatiques.", cause: null },
  { lang: "fr", text: "Les attaques par déni de service sont devenues monnaie courante.", cause: null },
  // the present of this outage, with its users or its own servers as the subject, still states its cause
  { lang: "en", text: "Users are unable to log in because of a DNS failure.", cause: "network-bgp-dns" },
  { lang: "en", text: "Customers are seeing errors caused by a faulty deployment.", cause: "software-bug" },
  { lang: "en", text: "The servers are overloaded because too many people are logging in at once.", cause: "capacity-overload" },
  { lang: "fr", text: "Les abonnés sont privés d'internet à cause d'un câble sectionné.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Les serveurs sont saturés par un afflux de connexions.", cause: "capacity-overload" },
], "a general statement in the present about a kind of cause");

checkCauseCases([
  { lang: "en", text: "A competitor's app went down on Monday after a DDoS attack.", cause: null },
  { lang: "en", text: "Its rival blamed a fire at a data centre for a day-long outage on Monday.", cause: null },
  { lang: "fr", text: "Son concurrent a connu une panne de courant le même jour.", cause: null },
  { lang: "fr", text: "Le concurrent de l'opérateur a, lui, subi une attaque DDoS lundi.", cause: null },
  // the outage's own cause before the rival is named stays
  { lang: "en", text: "A power failure at its data centre took the bank offline, while rivals were unaffected.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Une attaque DDoS a paralysé l'opérateur, dont les concurrents n'ont rien subi.", cause: "cyberattack" },
], "another company's outage");

checkCauseCases([
  { lang: "en", text: "Sponsored: keep your website online during traffic spikes with our autoscaling hosting.", cause: null },
  { lang: "en", text: "Start your free trial of our web firewall and block attacks before they reach you.", cause: null },
  { lang: "fr", text: "Essayez gratuitement notre pare-feu applicatif pour bloquer les attaques.", cause: null },
  { lang: "fr", text: "Protégez vos serveurs des attaques par déni de service avec notre offre.", cause: null },
], "advertising copy");

checkCauseCases([
  { lang: "en", text: "Replication lag on the primary database made the app show stale balances.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Un retard de réplication de la base de données a affiché des soldes erronés.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "A failed database failover took the checkout offline.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "A storage outage took the app offline.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Une panne de stockage a rendu la messagerie indisponible pendant deux heures.", cause: "hardware-or-datacenter" },
  // a failover that worked is how the outage was contained, not its cause
  { lang: "en", text: "Traffic failed over to a second region within minutes.", cause: null },
  { lang: "fr", text: "La bascule vers le site de secours a permis de rétablir le service.", cause: null },
], "the data layer of the machine rooms");
