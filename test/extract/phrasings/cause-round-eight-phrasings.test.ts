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

checkCauseCases([
  { lang: "en", text: "We released a new build of the mobile app on Monday. It crashed on start for anyone on an older phone.", cause: "software-bug", status: "confirmed" },
  { lang: "en", text: "The carrier rolled out a new release of its core software overnight. This update knocked mobile data out across the country.", cause: "software-bug", status: "reported" },
  { lang: "en", text: "Engineers changed the settings of the company's load balancers at 2 a.m. This sent all traffic to a single server, which collapsed.", cause: "config-change" },
  { lang: "fr", text: "L'opérateur a modifié la configuration de ses routeurs dans la nuit. Cette modification a coupé l'accès à internet de millions d'abonnés.", cause: ["config-change", "network-bgp-dns"] },
  { lang: "fr", text: "Nous avons publié une nouvelle version de l'application lundi. Elle plantait au démarrage sur les téléphones anciens.", cause: "software-bug", status: "confirmed" },
  // an act followed by what it did not do, or by time, is no cause; nor is a new version brought in as the fix
  // ("new version" itself is a software cue anywhere, as before this round: these say "version 5")
  { lang: "en", text: "We released version 5 of the app last week. It has been downloaded a million times.", cause: null },
  { lang: "en", text: "The company changed its privacy settings in May. It took engineers three hours to restore the service on Tuesday.", cause: null },
  { lang: "en", text: "Engineers deployed a new build to fix the problem.", cause: null },
  { lang: "fr", text: "L'entreprise a modifié les réglages de son application en mai. Elle compte un million d'utilisateurs.", cause: null },
], "the act in one sentence, what it did in the next");

checkCauseCases([
  { lang: "fr", text: "Le site a cessé de répondre en raison d'un trop grand nombre de connexions simultanées.", cause: "capacity-overload" },
  { lang: "en", text: "The portal froze because of too many concurrent users at the opening of enrolment.", cause: "capacity-overload" },
  { lang: "fr", text: "Plusieurs villages ont été privés de téléphone à cause d'un poteau arraché par un camion.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "A lorry brought down a telephone pole, cutting the village's broadband.", cause: "hardware-or-datacenter" },
  // denied, the crowd is no cause
  { lang: "fr", text: "L'opérateur assure qu'aucun trop grand nombre de connexions simultanées n'est en cause.", cause: null },
], "a crowd counted at one time; a pole brought down");

checkCauseCases([
  { lang: "en", text: "We rolled out an update to our search service. Shortly afterwards it began returning empty results.", cause: "software-bug", status: "confirmed" },
  { lang: "fr", text: "Nous avons déployé une mise à jour du moteur de recherche. Peu après, il a commencé à renvoyer des pages vides.", cause: "software-bug", status: "confirmed" },
  { lang: "en", text: "We rolled out an update to our search service on Monday. It began at 9 a.m. and finished by noon.", cause: null },
], "what the act did, begun a little later");

checkCauseCases([
  { lang: "en", text: "More customers tried to check out at once than our payment servers could handle.", cause: "capacity-overload", status: "confirmed" },
  { lang: "fr", text: "Plus de clients ont tenté de payer en même temps que nos serveurs ne pouvaient en traiter.", cause: "capacity-overload", status: "confirmed" },
  // the comparison's "could" is no hedge, but a guess elsewhere in the sentence still is
  { lang: "en", text: "Analysts suggested that more users logged in at once than the servers could handle.", cause: "capacity-overload", status: "speculated" },
  // more than someone could do is no crowd
  { lang: "en", text: "The outage lasted more hours than anyone could remember.", cause: null },
], "a crowd larger than the servers could take");

checkCauseCases([
  { lang: "en", text: "Two years ago, a fibre cut took the same operator offline for a day.", cause: null },
  { lang: "fr", text: "Il y a deux ans, une coupure de fibre avait privé le même opérateur de réseau pendant une journée.", cause: null },
  { lang: "fr", text: "L'année dernière, une attaque DDoS avait déjà visé la plateforme.", cause: null },
  // a time further in, or a nearer one, does not scope the sentence to another event
  { lang: "en", text: "A bug introduced two years ago was triggered by Tuesday's update and crashed the servers.", cause: "software-bug" },
  { lang: "en", text: "Last night, a fibre cut took the operator offline.", cause: "hardware-or-datacenter" },
], "a sentence opening on a time a year or more back");
