// Cause categories (../shared/docs/contracts.md) and the folded words that name them (signals of the
// learned cause classifier, which decides the category), with the words
// that make a stated cause confirmed (the operator said so) or speculated (experts' guesses,
// unproven claims). From outage coverage and postmortems (Meta 2021, Cloudflare 2025, X 2025...).
import type { CauseCategory } from "../../domain/types";
import { STATUS_HEAD_ROLES } from "./time-role-cues";
import { escapeRegExp } from "../../text/escape-reg-exp";

export const CAUSE_CUES: Record<Exclude<CauseCategory, "unknown" | "third-party">, string[]> = {
  "network-bgp-dns": [
    "bgp", "border gateway protocol", "dns", "domain name system", "routage", "routing", "route leak",
    "serveurs de noms", "name servers", "nameserver*", "backbone", "dorsale", "dorsales", "reseau dorsal", "peering", "annonces de routes",
    "routeur*", "router*",
    // bare "routes" are also delivery rounds and flight paths: only network routes count
    "bgp routes", "ip routes", "network routes", "routes bgp", "routes ip", "withdrew the routes", "withdrew routes",
    "withdrawn routes", "retire les routes", "retrait des routes",
    // the operator's long-haul links between its sites: "a change to its WAN", "son réseau étendu"
    "wan", "wide area network", "reseau etendu", "reseaux etendus",
    // the name a service is reached by: "a domain name issue", "le nom de domaine n'a pas été renouvelé", "its registrar"
    "domain name*", "nom de domaine", "noms de domaine", "registrar", "bureau d'enregistrement",
    // traffic sent the wrong way is a routing fault: "traffic was misrouted", "le trafic est mal acheminé"
    "misrout*", "mal achemin*",
    // the round-2 glossary of names (any DNS operator's vocabulary): the machines that look names up
    // ("our resolvers timed out", "résolveurs"), the lookup itself ("name resolution is failing", "la
    // résolution de noms"), the file and records a domain's answers come from ("a bad record in our zone file")
    "resolver*", "resolveur*", "name resolution", "resolution de noms", "resolution des noms", "dns resolution",
    "resolution dns", "dns lookup*", "zone file*", "fichier de zone", "dns zone*", "zone dns", "dns record*",
    "enregistrement dns", "enregistrements dns",
    // the routing glossary: address blocks announced or withdrawn ("withdrew our IP prefixes", "nos annonces de
    // préfixes"), traffic stolen or dropped on the way ("a BGP hijack", "black-holed", "une fuite de routes")
    "ip prefix*", "prefixes ip", "announce prefixes", "withdraw prefixes", "annonces de prefixes", "annonces bgp",
    "prefix withdrawal*", "route withdrawal*", "route hijack*", "bgp hijack*", "detournement bgp", "detournement de routes",
    "black-hol*", "blackhol*", "black hol*", "fuite de routes", "fuites de routes", "peering link*", "lien de peering",
  ],
  "config-change": [
    "changement de configuration", "changements de configuration", "modification de configuration", "modifications de configuration", "modification de la configuration",
    "erreur de configuration", "mauvaise configuration", "configuration defectueuse", "configuration erronee",
    "fichier de configuration", "mise a jour de configuration", "configuration change*", "config change*",
    "misconfiguration", "misconfigured", "faulty configuration", "configuration error", "configuration file",
    "config file", "configuration update",
    // a certificate left to expire is a setting the operator failed to renew: "an expired TLS certificate",
    // "un certificat expiré", "the certificate had expired" (Teams 2020, Spotify 2020, Starlink 2023)
    "expired certificate*", "expired tls certificate*", "expired ssl certificate*", "certificate expired", "certificate had expired",
    "certificate expiration", "certificat expire*", "certificats expires", "expiration du certificat", "expiration d'un certificat",
    // the certificate glossary: a chain served incomplete ("an incomplete certificate chain", "une chaîne de
    // certificats incomplète"), a certificate revoked by its authority ("revoked a certificate")
    "certificate chain*", "chaine de certificats", "chaines de certificats", "chaine de certification",
    "revoke certificate", "revoked certificate*", "certificate revoked", "certificat revoque*", "revocation du certificat",
    // "a misconfigured load balancer", "une mauvaise manipulation", "a change to its permissions"
    "misconfigur*", "mal configure*", "mauvaise manipulation", "erreur humaine", "human error", "operator error",
    "changement de parametres", "settings change",
    // data changes made by the operator: "a faulty database migration", "une migration de base de données"
    "database migration", "migration de base de donnees", "schema change", "changement de schema", "data migration",
    "migration des donnees",
    "mal regle*",
    // the settings themselves named as the culprit: "à cause de problèmes de configuration réseau", "un souci
    // de configuration"; counted where a sentence talks about the cause
    "configuration", "configurations",
    // a person's slip at the keyboard: "a typo in a command", "une faute de frappe", "a fat-finger error"
    "typo", "typos", "faute de frappe", "fautes de frappe", "fat finger*", "fat-finger*", "mistyped", "erreur de saisie",
    "entered incorrectly", "saisie incorrectement", "saisi incorrectement",
    // settings under their other names: "une erreur de paramétrage", "wrong settings on the servers"
    "parametrage", "parametrages", "erreur de parametrage", "mauvais parametrage", "incorrect settings", "wrong settings",
    "settings error*", "settings mistake*",
    // a slip of the hand in French: "une erreur de manipulation", "une fausse manipulation"
    "erreur de manipulation", "erreurs de manipulation", "fausse manipulation", "fausses manipulations", "mauvaises manipulations",
    // the rules a filter applies are settings: "a firewall rule", "une règle de pare-feu", "access rules"
    "firewall rule", "regle de pare-feu", "regle du pare-feu", "access rule", "regle d'acces",
    // the settings' file under its other names: "a settings file", "un fichier de réglages / de paramètres"
    "settings file", "fichier de reglages", "fichier de parametres",
  ],
  "software-bug": [
    "bug*", "bogue*", "erreur logicielle", "probleme logiciel", "defaillance logicielle", "mise a jour defectueuse",
    "mise a jour logicielle", "software bug", "software error", "software issue", "software glitch", "software update",
    "faulty update", "defective update", "latent bug", "code change", "deploiement", "deployment",
    "glitch logiciel", "regression",
    // (releases themselves, "a new version", are acts: RELEASE_CUES, read only where a sentence talks about causes)
    "faulty patch", "correctif defectueux", "bogue logiciel", "logiciel defectueux", "faulty software",
    // "a logic error crashed the machines", "la mise à jour fautive", "a defect in a content update"
    "logic error", "logic errors", "erreur logique", "erreurs logiques", "mise a jour fautive", "software defect",
    "code defect", "defaut logiciel",
    // the program misbehaving, in other words: "un dysfonctionnement logiciel", "une anomalie logicielle", "a software failure"
    "dysfonctionnement logiciel", "dysfonctionnements logiciels", "anomalie logicielle", "anomalies logicielles", "panne logicielle",
    "software malfunction*", "software failure*", "software fault*",
    // upgrades of the software a service runs on: "a Kubernetes upgrade", "la mise à niveau du système"
    "upgrade", "upgrades", "software upgrade", "mise a niveau", "montee de version",
    // a flaw in the program's logic: "un problème d'algorithme", "an algorithm error"
    "probleme d'algorithme", "erreur d'algorithme", "algorithm error", "algorithm problem", "algorithm issue",
    // a release of code by its short noun: "the code deploy that caused the crashes", "a bad deploy"
    "code deploy", "code deploys",
    // memory a program takes and never gives back: "a memory leak", "une fuite de mémoire"
    "memory leak*", "fuite de memoire", "fuites de memoire",
    // the engineer's glossary of program faults: timing between threads ("a race condition", "une condition de
    // concurrence"), code that never ends ("an infinite loop", "une boucle infinie"), memory without "de" ("une
    // fuite mémoire"), a package built wrong ("a faulty build"), threads waiting on each other ("a deadlock"),
    // stored data the code mangled ("data corruption", "des données corrompues": also accepted as hardware)
    "race condition*", "condition de concurrence", "conditions de concurrence", "situation de concurrence",
    "infinite loop*", "endless loop*", "boucle infinie", "boucles infinies", "fuite memoire", "fuites memoire",
    "faulty build*", "bad build*", "broken build*", "deadlock*", "interblocage*",
    "data corruption", "corrupted data", "corrupt data", "corruption de donnees", "corruption des donnees", "donnees corrompues",
  ],
  "hardware-or-datacenter": [
    "incendie", "centre de donnees", "centres de donnees", "data center*", "data centre*", "datacenter*",
    "coupure de courant", "panne de courant", "perte d'alimentation", "power loss", "power outage", "power failure",
    "alimentation electrique", "materiel*", "hardware", "refroidissement", "cooling", "surchauffe", "overheating",
    "cable*", "fibre coupee", "cut fiber", "fiber cut", "serveurs endommages",
    // power and climate in the machine rooms: "une coupure d'électricité", "la climatisation", "a water leak"
    "coupure d'electricite", "panne d'electricite", "panne electrique", "coupure electrique", "power cut", "power supply",
    "electrical fault", "electrical failure", "electrical problem*", "electrical issue*", "probleme electrique",
    "problemes electriques", "incident electrique", "onduleur*", "groupe electrogene", "generator*", "climatisation",
    "air conditioning", "inondation", "fuite d'eau", "water leak", "flooding", "salle des serveurs", "server room",
    // "the blaze", "les flammes", "the site was cut off from power", "le site reste privé d'électricité"
    "blaze", "flames", "flammes", "cut off from power", "lost power", "loss of power", "prive d'electricite",
    "privee d'electricite", "prives d'electricite", "privees d'electricite", "sans electricite",
    // failed equipment: "a core switch failure", "un bris d'équipement", "la défaillance d'un commutateur"
    // (network switches and other boxes break like any machine: RIM 2011, Vidéotron 2021)
    "switch failure", "core switch", "network switch", "commutateur*", "equipment failure", "faulty equipment",
    "bris d'equipement", "panne d'equipement", "defaillance d'equipement", "equipement defectueux", "equipements defectueux",
    "panne materielle", "defaillance materielle", "hardware failure",
    // the glass that carries the traffic, cut or damaged: "a fibre-optic link was vandalised", "un lien de fibre optique"
    "fibre optique", "fibres optiques", "fiber optic*", "fibre optic*", "fiber-optic*", "fibre-optic*", "vandal*",
    // an electrical fault in the machine rooms: "un court-circuit", "a short circuit"
    "court-circuit*", "courts-circuits", "short circuit*", "short-circuit*",
    // weather that breaks the physical plant: "la foudre", "a hurricane", "a heatwave" (storms: see WEATHER)
    "foudre", "ouragan*", "hurricane*", "typhon*", "typhoon*", "seisme*", "earthquake*",
    "tremblement de terre", "canicule*", "heatwave*", "heat wave*", "lightning strike*", "struck by lightning",
    // an electrical trip: "un disjoncteur a sauté", "le tableau a disjoncté", "a circuit breaker"
    "disjoncteur*", "disjoncte", "circuit breaker*",
    // rain that floods the machine rooms: "heavy rain", "de fortes pluies", "les intempéries"
    "heavy rain*", "torrential rain*", "fortes pluies", "pluies torrentielles", "intemperies",
    // the machine-room glossary: batteries that bridge a power cut ("a failed UPS", "uninterruptible power
    // supply"; bare "ups" is also "ups and downs"), the plant that cools the rooms ("a chiller failure"), a
    // spike on the mains ("a power surge", "une surtension"), the room the power comes through
    "ups unit*", "ups failure*", "failed ups", "faulty ups", "uninterruptible power*", "alimentation sans interruption",
    "chiller*", "power surge*", "surtension*", "electrical room*", "local electrique", "locaux electriques",
    // disks and the boxes that hold them ("a disk failure", "plusieurs disques ont lâché", "a storage array")
    "disk failure*", "disk fault*", "failed disk*", "failed drive*", "hard drive*", "disque dur", "disques durs",
    "panne de disque", "pannes de disque", "defaillance de disque", "defaillance d'un disque", "storage array*",
    "baie de stockage", "baies de stockage",
    // the data layer of the machine rooms failing: storage, a database copy falling behind, a switch to the
    // standby that did not happen ("a storage failure", "replication lag", "a failed failover", "la bascule
    // vers la base de secours a échoué", "un retard de réplication"); storage hardware is where they are labelled
    "storage failure*", "storage outage*", "storage fault*", "storage system failure*", "panne de stockage", "pannes de stockage",
    "defaillance du stockage", "defaillance de stockage", "replication lag", "replica lag", "replication delay*",
    "replication failure*", "retard de replication", "retards de replication", "decalage de replication",
    "failed failover", "botched failover", "failover failed", "failover did not", "failover didn't", "failover failure*",
    "bascule ratee", "bascule echouee", "echec de la bascule", "echec de bascule", "bascule n'a pas",
    // machines that dig through buried cables ("an excavator cut our fibre", "une pelleteuse")
    "excavator*", "backhoe*", "digger*", "pelleteuse*", "tractopelle*",
    // the poles that carry lines overhead, knocked down by a lorry or a storm ("un poteau arraché par un camion",
    // "a utility pole brought down")
    "poteau arrache", "poteau telephonique", "poteau telecom", "telephone pole*", "utility pole*", "telegraph pole*",
  ],
  "capacity-overload": [
    "surcharge*", "overload*", "pic de trafic", "afflux", "trafic inhabituel", "traffic spike",
    "surge in traffic", "surge in demand",
    // the crowd as a surge in either word order ("blames traffic surge", "crashes as Black Friday traffic surges",
    // "as demand surged back"): Razorpay, Grab, Bazarune (sets 8, 10, 14)
    "traffic surge*", "demand surge*", "saturation", "sature*", "saturated", "too many requests",
    // "overwhelmed its servers", "un afflux massif de connexions", "record traffic"
    "overwhelm*", "submerge*", "afflux massif", "record traffic", "trafic record", "heavy load", "forte charge",
    // more traffic than the links carry: "internal network congestion", "la congestion du réseau"
    "congestion", "congested", "congestionne*",
    // everyone at once: "so many people were shopping at the same time", "trop de joueurs connectés en même temps"
    "so many people", "too many people", "too many users", "too many players", "trop de monde", "trop d'utilisateurs",
    "trop de joueurs", "trop de connexions",
    // the same crowd counted as connections at one time: "un trop grand nombre de connexions simultanées",
    // "too many concurrent users", "simultaneous connections"
    "trop grand nombre de connexions", "trop grand nombre d'utilisateurs", "trop grand nombre de requetes",
    "trop grand nombre de visiteurs", "connexions simultanees", "simultaneous connections", "concurrent connections",
    "concurrent users", "simultaneous users", "utilisateurs simultanes",
    // a system pushed past what it can take: "pushed us over limits", "au-delà de ses limites"
    "over limits", "over its limits", "over their limits", "beyond its limits", "au-dela de ses limites",
    // the idiom for a crowd the servers could not take: "victime de son succès", "a victim of its own success"
    "victime de son succes", "victimes de leur succes", "victime de leur succes", "victim of its own success",
    "victim of its success", "victims of their own success", "victims of their success",
    // servers that could not keep up: "les serveurs ont été débordés" (overwhelmed)
    "deborde", "debordes", "debordee", "debordees",
    // the glossary of load: everyone retrying at once ("a thundering herd"), the database connections all
    // taken ("the connection pool was exhausted", "pool de connexions épuisé": the pool used up, not the
    // component that keeps it, "a change to the connection pooler"), requests throttled ("rate limited"),
    // the crowd and the demand ("forte affluence", "extremely high demand", "record numbers")
    "thundering herd*", "connection pool exhaust*", "exhausted connection pool*", "connection pools exhausted",
    "connection pool ran out", "connection pools ran out", "connection pool running out", "connection pool run out",
    "pool de connexions epuise*", "pools de connexions epuises", "epuisement du pool de connexions", "rate limit*",
    // (the crowd only by its size or as what was not withstood: "aux heures d'affluence" is rush hour)
    "limitation de debit", "forte affluence", "tres forte affluence", "affluence record", "affluence massive",
    "affluence exceptionnelle", "face a l'affluence", "supporte l'affluence", "forte demande", "high demand", "unusually high traffic", "unusually heavy traffic",
    "record numbers", "nombre record", "resource exhaustion", "epuisement des ressources",
  ],
  cyberattack: [
    "cyberattaque*", "cyber-attaque*", "cyberattack*", "cyber attack*", "cyber-attack*", "ddos", "deni de service",
    "denial of service", "denial-of-service", "attaque informatique", "attaque massive", "piratage", "pirate*", "hacker*", "hack*",
    "malveillant*", "malicious", "ransomware", "rancongiciel",
    // someone got into the systems: "une intrusion dans ses systèmes", "an intrusion into its network"
    "intrusion*",
    // the tools of an attack: "a botnet", "des machines zombies", "malware", "un logiciel de rançon"
    "botnet*", "machines zombies", "ordinateurs zombies", "malware*", "logiciel de rancon", "logiciels de rancon",
    // the attacker and the attack's kind by size ("an intruder gained access", "a volumetric attack",
    // "un réseau de machines zombies")
    "intruder*", "volumetric", "volumetrique*",
  ],
};

// Routing of what an application carries is the application's own logic, not the network's: "a new version of
// our message routing service", "its call-routing platform", "le routage des messages", "l'acheminement des
// appels" (mail and messaging, telephony, orders and payments are routed by software, not routers).
export const APP_ROUTING = /\b(?:messages?|messaging|e-?mails?|mail|sms|texts?|calls?|chats?|notifications?|orders?|payments?|tickets?|jobs?|tasks?)[\s-]routing\b|\b(?:routage|acheminement)\s+(?:des|de|du|d')\s*(?:messages?|messageries?|courriels?|e-?mails?|mails?|sms|textos?|appels?|commandes?|paiements?|notifications?|tickets?|taches?)\b/g;
// A change made to the network or a system is a configuration change: "a change to its network", "a routine network
// change", "un changement effectué sur un routeur", "une modification du système de journalisation", a change to
// servers, clusters or databases ("a change to a database cluster", "une modification sur les serveurs"), to the
// boxes that steer or filter traffic ("a change to our load balancer rules", "une modification des règles du pare-feu")
// (Microsoft 2023, Cloudflare 2022 coverage); a change to prices or plans names no infrastructure, and
// the noun needs its determiner so that "users had to change their network settings" does not count. A
// change to how traffic is routed or names resolve is one too ("a routing change", "a change to our edge
// routing layer", "une modification de la configuration DNS", "un changement de routage"): what the
// operator changed is the network part, the change is what it did (find-causes.ts keeps the change).
export const CHANGE_TO_NETWORK = /\b(?:a|an|the|one|this|that|its|un|une|le|la|les|des|du|cette|ce|ces|sa|son)\s+(?:[a-z-]+\s+)?(?:changes?|changements?|modifications?)\b[^.,;:!?()]{0,40}?\b(?:networks?|reseaux?|routers?|routeurs?|wan|backbone|infrastructures?|systems?|systemes?|settings|parametres|servers?|serveurs?|clusters?|databases?|bases?\s+de\s+donnees|load\s+balancers?|load-balancers?|repartiteurs?\s+de\s+charge|firewalls?|pare-feux?|proxy|proxys|proxies|routing|routage|dns|bgp|peering)\b|\b(?:network|router|routeur|reseau|infrastructure|server|database|cluster|load\s+balancer|firewall|routing|dns|bgp|peering)\s+(?:configuration\s+|config\s+)?changes?\b/g;

// A change named as what caused the outage is the operator's change, whatever it touched: "identified a recent
// change as the likely trigger", "caused by a change made overnight", "attribué l'incident à « un changement
// récent »", "causée par une modification prévue". Anchored on the verb that blames it, so that a change told
// as a consequence ("changes were queued", "what we are changing") does not count, nor "a change of partner".
// Sets 2-14 and train: 21 such phrasings in 16 incidents of 10 corpora, every one a configuration change (most
// also name the configuration; Quirepad and Cloudflare 2022 only the change).
export const CHANGE_BLAMED = /\b(?:caused\s+by|due\s+to|(?:attributed|traced|blamed|pinned|imputed)\s+(?:[a-z'-]+\s+){0,2}?(?:back\s+)?(?:to|on)|triggered\s+by|identified)\s+"?\s*(?:a|an|the|one)\s+(?:[a-z-]+\s+){0,2}?changes?\b(?!\s+of\b)|\b(?:causee?s?|due?s?|attribuee?s?|imputee?s?|liee?s?)\s+(?:[a-z']+\s+){0,2}?(?:a|par)\s+(?:"\s*)?(?:un|une|le|la)\s+(?:[a-z-]+\s+)?(?:changements?|modifications?)\b/g;

// An update applied to network equipment is a change to the network, as a change to a router is: "a
// software update applied to equipment in its regional network", "an upgrade on its core network", "une
// mise à jour logicielle déployée sur un équipement du cœur de réseau". A telecom operator's network runs
// on its equipment's software, and updating it during maintenance is how the network is reconfigured
// (Rogers 2022's "maintenance update in the core network"); an update to an app, a website or a
// service's servers stays software. Only the core or the equipment of a network, not "the network"
// alone ("an app update left users unable to reach the network").
const NETWORK_GEAR_EN = String.raw`(?:core\s+network|network\s+(?:equipment|gear|elements?|devices?|nodes?|hardware|switch(?:es)?)|(?:equipment|gear)\s+(?:in|of|on)\s+(?:(?:its|the|their|a)\s+)?(?:[a-z-]+\s+)?network|routers?|backbone)`;
const NETWORK_GEAR_FR = String.raw`(?:c(?:oe|\u0153)ur\s+de\s+reseau|reseau\s+(?:central|c(?:oe|\u0153)ur)|equipements?\s+(?:du\s+|de\s+|d'un\s+)?(?:c(?:oe|\u0153)ur\s+de\s+)?reseau|routeurs?|commutateurs?)`;
export const UPDATE_TO_NETWORK = new RegExp(
  String.raw`\b(?:updates?|upgrades?)\b[^.;:!?"]{0,80}?\b(?:to|on|in|of)\s+(?:(?:the|its|their|some|a|an|several)\s+)?(?:[a-z-]+\s+){0,2}?${NETWORK_GEAR_EN}\b|` +
  String.raw`\bmises?\s+a\s+jour\b[^.;:!?"]{0,80}?\b(?:sur|de|du|des|dans)\s+(?:(?:le|la|les|un|une|des|ses|son|sa|notre|nos|leur|leurs)\s+|l')?(?:[a-z'-]+\s+){0,2}?${NETWORK_GEAR_FR}(?![a-z])`,
  "g",
);

// Trouble in the network named in everyday words: "un incident réseau", "un problème de réseau", "a
// network issue". For a carrier the network failing is the outage itself ("une panne de réseau
// généralisée", "a network outage" are left out), so these count only where a sentence talks about
// the cause ("due à un incident réseau"), never as a failure word on their own.
export const NETWORK_TROUBLE_CUES: string[] = [
  "incident reseau", "incidents reseau", "incident de reseau", "incident sur le reseau", "probleme de reseau", "problemes de reseau",
  "probleme reseau", "problemes reseau", "souci de reseau", "soucis de reseau", "souci reseau", "soucis reseau",
  "network issue*", "network problem*", "network incident*", "networking issue*", "networking problem*", "network error*",
];

// Something the operator had to renew and let lapse: "an expired SSL certificate", "le certificat SSL de
// la plateforme a expiré", "Riot forgot to renew its licence", "un nom de domaine non renouvelé", "the
// domain had lapsed", "a certificate that had run out" (Teams 2020, Spotify 2020, Starlink 2023): a
// setting left to run out, whatever words stand between, unless one is a negation ("did not expire").
export const LAPSED_RENEWAL = /\b(?:certificat|certificate|licen[cs]e|domain|domaine)s?\b(?:\s+(?!(?:not|never|no|pas|jamais|n'[a-z]*|[a-z]+n't)(?![a-z]))[a-z0-9'-]+){0,4}?\s+(?:(?:had|has|have|was|were|a|ont|avait|avaient|etait|etaient|est|sont)\s+)?(?:expir[a-z]*|perime[a-z]*|laps(?:e|ed|ing)|run\s+out|ran\s+out)|\bexpir[a-z]*\s+(?:[a-z0-9-]+\s+){0,3}?(?:certificat|certificate|licen[cs]e|domain|domaine)s?\b|\b(?:forg[eo]t|forgotten|failed|neglected|oublie|omis|omitted)\s+(?:to|de|d')\s*(?:renew|renouveler)\b|\b(?:not|never|pas|jamais)\s+(?:been\s+|ete\s+)?(?:renewed|renouvele[es]*)\b|\bnon\s+renouvele[es]*\b|\bexpiration\s+(?:de\s+|d'|of\s+)(?:sa|son|ses|la|le|l'|un|une|its|the|an?)?\s*(?:[a-z-]+\s+)?(?:certificat|certificate|licen[cs]e|domaine|domain)/g;

// A quota that ran out or was exceeded is a limit the operator set too low: "an internal storage quota
// issue", "ran out of quota", "un dépassement de quota" (Google 2020; quota policies in cloud
// postmortems). Quotas granted to users ("raise storage quotas") name no failure.
export const QUOTA_RUN_OUT = /\bquotas?\s+(?:issue|problem|error|exceeded|exhausted|limit\s+(?:reached|exceeded))s?\b|\b(?:out\s+of|exceeded|exhausted|exceeding)\s+(?:\S+\s+){0,3}?quotas?\b|\b(?:probleme|erreur|depassement|epuisement)s?\s+(?:de|du|d')\s*(?:\S+\s+){0,2}?quotas?\b|\bquotas?\s+(?:\S+\s+){0,4}?(?:depasse|epuise|atteint)s?\b/g;

// A change or update said to be bad, whatever words stand between: "a botched emergency WAF update",
// "a faulty security patch", "the problematic WAF change", "une mise à jour ratée", "un changement
// erroné". An update, patch or release is software; a change is a configuration change.
const BAD = "(?:faulty|botched|bad|defective|flawed|buggy|problematic|erroneous|broken|errant|ill-fated|untested|(?:poorly|badly)[- ](?:written|designed|tested))";
const BAD_FR = "(?:defectueu(?:x|se)s?|defaillant(?:e|s|es)?|fautifs?|fautives?|rate(?:e|s|es)?|problematiques?|errone(?:e|s|es)?|malencontreu(?:x|se)s?|mal\\s+(?:concu|ecrit|teste)(?:e|s|es)?|non\\s+teste(?:e|s|es)?)";
// (an update of settings is a configuration change: "a faulty configuration update", "une mise à jour
// de configuration défectueuse" are left to the configuration cues)
const NOT_SETTINGS = "(?!config|parametre|settings)";
export const BAD_UPDATE = new RegExp(`\\b${BAD}\\s+(?:${NOT_SETTINGS}[a-z0-9-]+\\s+){0,3}?(?:updates?|patch(?:es)?|releases?|rollouts?|push(?:es)?|deploys?|deployments?|versions?|lines?\\s+of\\s+code|code(?:\\s+paths?)?)\\b|\\b(?:mises? a jour|correctifs?|deploiements?|versions?|lignes?\\s+de\\s+code|code)\\s+(?:${NOT_SETTINGS}[a-z0-9-]+\\s+){0,2}?${BAD_FR}(?![a-z])`, "g");
export const BAD_CHANGE = new RegExp(`\\b${BAD}\\s+(?:[a-z0-9-]+\\s+){0,3}?(?:changes?|modifications?)\\b|\\b(?:changements?|modifications?)\\s+(?:[a-z0-9-]+\\s+){0,2}?${BAD_FR}(?![a-z])`, "g");
// A setting given a wrong value: "an incorrect setting pushed to the load balancers", "a misapplied rule",
// "an incorrect value", "un paramètre mal renseigné", "une valeur erronée", "une règle appliquée par erreur".
// The nouns are what an operator sets (a value, a parameter, a rule, a flag, an entry), the adjectives
// those of a wrong one; a value quoted as a figure of the outage ("a wrong number of users") is none of these.
const WRONG = "(?:incorrect|wrong|erroneous|invalid|malformed|misapplied|mistaken|bad|faulty|improper)";
const SETTING_EN = "(?:settings?|values?|parameters?|rules?|flags?|entr(?:y|ies)|records?)";
const SETTING_FR = "(?:parametres?|valeurs?|regles?|reglages?|entrees?|enregistrements?)";
const WRONG_FR = "(?:mal\\s+(?:renseigne|saisi|configure|applique|regle|defini|forme)(?:e|s|es)?|errone(?:e|s|es)?|incorrecte?s?|invalides?|mauvaise?s?|appliquee?s?\\s+par\\s+erreur|saisie?s?\\s+par\\s+erreur)";
export const WRONG_SETTING = new RegExp([
  `\\b${WRONG}\\s+(?:[a-z-]+\\s+)?${SETTING_EN}\\b`,
  `\\b${SETTING_FR}\\s+(?:[a-z'-]+\\s+){0,3}?${WRONG_FR}(?![a-z])`,
  `\\b(?:mauvaise?s?|fausses?)\\s+${SETTING_FR}(?![a-z])`,
  // the slip named as a noun inside the setting: "a mistake in the targeting rule", "an error in the new
  // configuration", "une erreur dans la configuration des annonces" (Gandi, Teranga, Quirepad: sets 5, 7, 14);
  // not records or entries, whose error is a name's ("une erreur dans les enregistrements DNS")
  `\\b(?:mistakes?|errors?)\\s+in\\s+(?:the|a|an|its|our|their|one)\\s+(?:[a-z-]+\\s+){0,2}?(?:settings?|values?|parameters?|rules?|flags?|configurations?|config)\\b`,
  `\\berreurs?\\s+(?:dans|sur)\\s+(?:la|le|les|une|un|sa|son|ses|l')\\s*(?:[a-z'-]+\\s+){0,2}?(?:parametres?|valeurs?|regles?|reglages?|configurations?|parametrages?)(?![a-z])`,
].join("|"), "g");

// An update of the software itself, named by what it updates: "une mise à jour du logiciel", "la mise à
// jour de l'application", "an app update", "an update to its firmware". ("Mise à jour" alone is also an
// article's "updated at" line, and an update of settings is a configuration change.)
export const SOFTWARE_UPDATE = /\bmises?\s+a\s+jour\s+(?:de\s+|du\s+|des\s+|d')(?:(?:l'|la|le|les|son|sa|ses|leur|leurs|cette|ce)\s*)?(?:logiciels?|applications?|applis?|systemes?|firmwares?|micrologiciels?|programmes?|code|pilotes?|os)\b|\b(?:app|application|system|firmware|os|driver|client)\s+updates?\b|\bupdates?\s+(?:to|of)\s+(?:(?:its|the|their|a|an)\s+)?(?:software|app|application|system|firmware|code|driver|os)\b/g;

// An update named right after a causal link, whatever it updates: "un problème technique lié à une mise
// à jour", "due à une récente mise à jour", "caused by an update rolled out overnight", "blamed on a
// new update". Elsewhere a bare update is an article's or a status page's ("Mise à jour à 14 h", "in an
// update on its status page"), or the fix ("revenu après une mise à jour"); "following" and "après"
// are left out for that reason. An update of settings is a configuration change.
export const UPDATE_AS_CAUSE = new RegExp([
  `\\b(?:lie(?:e|s|es)?|due?s?|cause(?:e|s|es)?|provoque(?:e|s|es)?|declenche(?:e|s|es)?|occasionne(?:e|s|es)?|imputables?|attribue(?:e|s|es)?|suite|consecuti(?:f|ve|fs|ves)|a\\s+cause|en\\s+raison)\\s+(?:a|au|par|d'|de)\\s*(?:une|la|cette|l'|sa|son|leur|sa\\s+derniere|la\\s+derniere)?\\s*(?:${NOT_SETTINGS}[a-z-]+\\s+)?mises?\\s+a\\s+jour\\b(?!\\s+(?:de\\s+|du\\s+|des\\s+|d')(?:la\\s+|l'|sa\\s+|son\\s+|ses\\s+|les\\s+)?(?:configuration|parametr|reglages|page|statut|article|tarif|prix|conditions))`,
  `\\b(?:caused\\s+by|due\\s+to|linked\\s+to|tied\\s+to|related\\s+to|blamed\\s+on|attributed\\s+to|triggered\\s+by|owing\\s+to|because\\s+of|traced\\s+(?:back\\s+)?to|stemm(?:ed|ing)\\s+from|result(?:ed|ing)\\s+from)\\s+(?:an|the|a|its|their|this|that|one|a\\s+recent|the\\s+latest|a\\s+new)\\s+(?:${NOT_SETTINGS}[a-z-]+\\s+)?updates?\\b(?!\\s+(?:on|to|of|from)\\s+(?:its|the|their|our)\\s+(?:status|blog|page|website|customers|users|settings|config|terms|prices|pricing))`,
].join("|"), "g");

// Load beyond the usual ("demand" alone is also what users do: "users demand answers"): "unusually high read and write load", "unprecedented demand", "une charge importante", "un pic de charge",
// and crowds arriving at once: "un pic de fréquentation", "une ruée de joueurs", "a rush of fans", "a surge
// in sign-ups", "l'affluence" (but not the rush hour, "aux heures d'affluence", nor a surge in people
// reporting the outage, which is how outage trackers show it).
const CROWD = "(?:traffic|demand|visitors|visits|users|fans|players|gamers|requests|customers|shoppers|sign-?ups|logins|connections|viewers|subscribers|people"
  + "|buyers|spectators|charge|trafic|demande|frequentation|connexions|visiteurs|visites|requetes|utilisateurs|joueurs|clients|inscriptions|abonnes|spectateurs|internautes|acheteurs|supporters"
  // people in general, in French ("trop de personnes en même temps", "des milliers d'usagers")
  + "|personnes|gens|usagers)";
// traffic sent to do harm is an attack ("a flood of junk traffic", "un afflux de fausses requêtes")
const NOT_JUNK = "(?!(?:junk|malicious|fake|bogus|bot|hostile|attack|fausses?|malveillant[a-z]*)\\b)";
const NOT_HIT = "(?!\\s+(?:were|was|have\\s+been|had\\s+been|are|ont\\s+ete|avaient\\s+ete|sont|etaient|se\\s+sont\\s+retrouves)\\s+(?:[a-z]+\\s+)?(?:affected|hit|impacted|cut|left|locked|unable|deprived|touche|impacte|prive|concerne|bloque|coupe|prive)[a-z]*\\b)";
// Capacity, unless it is an ability: "affecting the capacity of some users to log in", "la capacité de
// certains utilisateurs à accéder", "leur capacité à éviter de tels problèmes" (what someone could do, not
// what the servers lacked; "capacity to handle the traffic" is the servers').
export const CAPACITY = /\b(?:capacite|capacity)\b(?!\s+(?:de|d'|des|du|of)\s*(?:(?:certains|certaines|les|ses|nos|leurs|some|many|its|our|their|the)\s+)?(?:[a-z-]+\s+)?(?:utilisateurs|clients|abonnes|internautes|joueurs|membres|users|customers|people|subscribers|players|members)\b)(?!\s+(?:a|to)\s+(?!(?:absorber|encaisser|supporter|gerer|traiter|tenir|accueillir|servir|handle|absorb|cope|serve|process|support|carry|meet|take)\b)[a-z]+)/g;

export const HIGH_LOAD = new RegExp([
  "\\b(?:high|heavy|unusual|unusually|excessive|extreme|peak|massive|huge|record|unprecedented|overwhelming)\\s+(?:[a-z-]+\\s+){0,4}?(?:load|traffic|demand|contention|volumes?\\s+of\\s+(?:requests|traffic|calls|connections|orders|queries))\\b",
  "\\bvolumes?\\s+(?:tres\\s+)?(?:eleve|importants?|inhabituels?|records?|massifs?|exceptionnels?)s?\\s+(?:de|d')\\s*(?:requetes|trafic|connexions|commandes|appels)\\b",
  "\\b(?:charges?|trafic|demande|affluence|frequentation)\\s+(?:tres\\s+)?(?:importantes?|elevee?s?|exceptionnel(?:le)?s?|inhabituel(?:le)?s?|sans\\s+precedent|records?|anormale?s?|massi(?:f|ve)s?|extremes?)\\b",
  `\\b(?:pic|pics|montee|surcroit|ruee|afflux|explosion|envolee|vague|avalanche|deluge|deferlante|flot|raz-de-maree|arrivee\\s+massive)(?:\\s+(?:inattendue?s?|soudaine?s?|brusques?|massi(?:f|ve)s?|enormes?|importante?s?))?\\s+(?:de|des|d')\\s*(?:${NOT_JUNK}[a-z-]+\\s+){0,1}?${CROWD}\\b`,
  `\\b(?:surge|surges|spike|spikes|rush|flood|influx|wave|deluge|stampede|crush|flurry|avalanche|torrent|tidal\\s+wave)\\s+(?:of|in)\\s+(?:${NOT_JUNK}[a-z-]+\\s+){0,2}?${CROWD}\\b(?!\\s+(?:reporting|reported|complaining|saying|signalant|qui\\s+signal))`,
  "(?<!\\bheures?\\s+d')\\baffluence\\b",
  // so many at the same moment: "so many people were shopping at the same time", "trop de joueurs en même temps"
  // (a crowd that was hit, "so many users were affected at once", is the outage's reach, not its cause)
  `\\b(?:so|too)\\s+many\\s+(?:[a-z-]+\\s+)?${CROWD}\\b${NOT_HIT}[^.;:!?]{0,60}?\\b(?:at\\s+(?:the\\s+same\\s+time|once)|simultaneously)\\b`,
  `\\b(?:trop|tellement|autant)\\s+(?:de|d')\\s*(?:[a-z-]+\\s+)?${CROWD}\\b${NOT_HIT}[^.;:!?]{0,60}?\\b(?:en\\s+meme\\s+temps|simultanement|au\\s+meme\\s+moment|a\\s+la\\s+fois)\\b`,
  "\\b(?:excessive|resource|lock)\\s+contention\\b",
  // a crowd larger than the servers could take, told as a comparison: "more customers tried to pay at once than
  // our servers could handle", "plus de clients ont tenté de payer que nos serveurs ne pouvaient en traiter"
  "\\bmore\\s+(?:[a-z'-]+\\s+){0,8}?than\\s+(?:[a-z'-]+\\s+){0,4}?(?:could|can|were\\s+able\\s+to|was\\s+able\\s+to)\\s+(?:handle|take|absorb|cope\\s+with|serve|process|support|carry)\\b",
  "\\bplus\\s+(?:de|d')\\s*(?:[a-z'-]+\\s+){0,8}?qu(?:e\\s+|')(?:[a-z'-]+\\s+){0,4}?(?:ne\\s+)?(?:pouvai(?:en)?t|peuvent|peut|pouvaient)\\s+(?:en\\s+)?(?:traiter|absorber|supporter|gerer|accueillir|encaisser|servir)\\b",
  // a crowd beyond what the operator had planned: "ten times the traffic we had planned for", "far more players than
  // expected", "dix fois plus de visiteurs que prévu", "beaucoup plus de joueurs que prévu"
  `\\b(?:times|more)\\s+(?:the\\s+|as\\s+many\\s+|as\\s+much\\s+)?(?:[a-z-]+\\s+)?${CROWD}\\b${NOT_HIT}[^.;:!?]{0,40}?\\b(?:than\\s+|as\\s+)?(?:[a-z]+\\s+){0,3}?(?:expected|planned|anticipated|forecast|predicted|prepared\\s+for|provisioned\\s+for|built\\s+for)\\b`,
  `\\bplus\\s+(?:de|d')\\s*(?:[a-z-]+\\s+)?${CROWD}\\s+(?:[a-z'-]+\\s+){0,3}?qu(?:e\\s+|')(?:prevu|attendu|anticipe|escompte|imagine)\\b`,
  // "too much load on the login servers", "trop de charge sur les serveurs"
  "\\btoo\\s+much\\s+(?:[a-z-]+\\s+)?(?:load|traffic|demand)\\b|\\btrop\\s+de\\s+(?:charge|trafic|demande)\\b",
  // servers short of the demand: "to meet the traffic demand", "keep up with demand", "faire face à la demande"
  // (servers added "to cope with growing demand", "pour faire face à la demande" are a plan, not a failure)
  "(?<!\\b(?:to|pour)\\s)\\b(?:meet|cope\\s+with|keep\\s+up\\s+with|handle|absorb)\\s+(?:the\\s+)?(?:[a-z-]+\\s+)?demand\\b|\\btraffic\\s+demand\\b|(?<!\\b(?:to|pour)\\s)\\b(?:faire\\s+face|repondre|suffire)\\s+a\\s+la\\s+demande\\b",
].join("|"), "g");

// Storms, except as a figure of speech: "la tempête Ciaran", "un violent orage", "a winter storm", but not
// "a perfect storm of events", "une tempête de critiques", "un orage de protestations", "a storm of complaints",
// "au cœur de la tempête", "in the eye of the storm", "a media storm", "une tempête médiatique".
export const WEATHER = /(?<!\b(?:perfect|media|twitter|social\s+media|c(?:oe|œ)ur\s+de\s+la|eye\s+of\s+the|(?:oe|œ)il\s+de\s+la)\s+)\b(?:storms?|tempetes?|orages?)\b(?!\s+(?:of|de|d'|mediatiques?|politiques?)(?![a-z]))/g;

// Fire, as a word of its own: "pare-feu" (a firewall) and "cease-fire" are no fire.
export const FIRE = /(?<![a-z0-9-])(?:feu|fire)(?![a-z0-9-])/g;

// A line cut, damaged or stolen: "crews severed an underground fibre line", "thieves stole copper cables",
// "des travaux ont sectionné une liaison en fibre", "le câble a été arraché" (cut cables are the commonest
// cause of a carrier's outage: backhoes, anchors, theft, vandalism).
const LINE = "(?:fib(?:re|er)s?|cables?|cabling|(?:fib(?:re|er)|copper|optical|power|phone|telephone|backbone)\\s+(?:lines?|links?)|liaisons?|lignes?)";
const CUT_EN = "(?:sever(?:ed|ing|s)?|cut(?:s|ting)?|slic(?:ed|ing|es?)|slash(?:ed|ing)?|damag(?:ed|ing|es?)|dug\\s+(?:up|through|into)|ripp(?:ed|ing)|tore|torn|stole|stolen|steal(?:ing|s)?|theft\\s+of)";
const CUT_FR = "(?:sectionn|coup|endommag|arrach|abim|sabot|vol|derob|rompu)[a-z]*";
export const CUT_LINE = new RegExp([
  `\\b${CUT_EN}\\s+(?:[a-z'-]+\\s+){0,3}?${LINE}\\b`,
  `\\b${LINE}\\s+(?:(?:was|were|had\\s+been|have\\s+been|has\\s+been|being|got)\\s+)?${CUT_EN}(?!\\s+off)\\b`,
  // with what the line joins between ("a fibre link between our two core sites was cut", "cables under the Red Sea were damaged")
  `\\b${LINE}\\s+(?:between|linking|connecting|joining|serving|under|across|beneath|along|to|from)\\s+(?:[a-z0-9'-]+\\s+){1,5}?(?:was|were|had\\s+been|have\\s+been|has\\s+been|got)\\s+${CUT_EN}(?!\\s+off)\\b`,
  `\\b${CUT_FR}\\s+(?:[a-z'-]+\\s+){0,3}?(?:fibres?|cables?|liaisons?)(?:\\s+(?:de|en)\\s+(?:fibre|cuivre))?(?![a-z])`,
  `\\b(?:fibres?|cables?|liaisons?)\\s+(?:[a-z'-]+\\s+){0,3}?(?:(?:a|ont|avait|avaient)\\s+ete\\s+)?(?:sectionn|endommag|arrach|sabot|vole|derob|rompu)[a-z]*`,
].join("|"), "g");

// Equipment said to have failed: "a failed storage device", "faulty hardware in a router", "un équipement
// réseau défectueux", "la panne d'un équipement", "un incident sur un équipement de son cœur de réseau",
// "des antennes endommagées" (CenturyLink 2018, Vidéotron 2021 coverage: boxes break like any machine).
// ("Failed requests to servers" and "les serveurs en panne" say what users saw, not what broke: servers
// count only as "a faulty server", and the word between a fault and a device is no request or login.)
const DEVICE = "(?:storage|disks?|drives?|hard\\s+drives?|routers?|switch(?:es)?|network\\s+cards?|line\\s+cards?|power\\s+suppl(?:y|ies)|equipment|hardware|antennas?|cables?"
  // the plant of a machine room: "a faulty power distribution unit", "a failed cooling unit", "a failed disk controller"
  + "|(?:power|cooling|distribution|ups|battery|air[- ]conditioning|chiller|hvac)\\s+(?:[a-z-]+\\s+)?units?|breakers?|transformers?|batter(?:y|ies)|generators?|chillers?|(?:disk|storage|raid)\\s+controllers?|storage\\s+arrays?)";
const DEVICE_FR = "(?:equipements?|disques?|routeurs?|commutateurs?|cartes?\\s+reseau|alimentations?|antennes?|cables?|boitiers?)";
const BROKEN = "(?:failed|failing|faulty|defective|broken|damaged|malfunctioning|burnt-out|burned-out)";
const BROKEN_FR = "(?:defectueu(?:x|se)s?|defaillant(?:e|s|es)?|endommage(?:e|s|es)?|en\\s+panne|hors\\s+service|grille(?:e|s|es)?|abime(?:e|s|es)?)";
const NOT_USE = "(?!(?:to|from|on|with|requests?|connections?|logins?|log-ins?|attempts?|calls?|payments?|transactions?)\\b)";
export const FAILED_EQUIPMENT = new RegExp([
  `\\b${BROKEN}\\s+(?:${NOT_USE}[a-z-]+\\s+)?(?:${DEVICE}|servers?|devices?)\\b`,
  `\\b${DEVICE}\\s+(?:[a-z-]+\\s+)?(?:failure|failures|fault|faults|malfunction|malfunctions)\\b`,
  `\\b${DEVICE_FR}\\s+(?:[a-z'-]+\\s+){0,3}?${BROKEN_FR}(?![a-z])`,
  // the determiner may be left out ("un bris d'équipement") and the device quoted ("d'un « commutateur »")
  "\\b(?:pannes?|defaillances?|incidents?|bris|dysfonctionnements?)\\s+(?:d'un|d'une|de\\s+l'|des|d'|de|sur\\s+un|sur\\s+une|sur\\s+l'|sur\\s+des)\\s*\"?\\s*(?:[a-z-]+\\s+)?(?:equipements?|materiels?|routeurs?|commutateurs?|disques?|antennes?|alimentations?)\\b",
  "\\bprive[es]*\\s+(?:[a-z'-]+\\s+){0,4}?(?:d'electricite|de\\s+courant|d'alimentation)\\b",
  // power cut, in the passive: "le courant a été coupé dans le bâtiment", "l'alimentation a été interrompue"
  "\\b(?:courant|electricite|alimentation(?:\\s+electrique)?)\\s+(?:[a-z'-]+\\s+){0,2}?(?:a|avait|ont|avaient)\\s+ete\\s+(?:coupee?s?|interrompue?s?|perdue?s?)(?![a-z])",
  // water in the machine rooms: "flooded the basement", "ont inondé le sous-sol" (flooded with requests is a crowd)
  // ("users flooded social media with complaints" is no water)
  "\\b(?:flooded|inonde(?:e|s|es)?)\\s+(?:(?:the|a|its|le|la|les|l'|un|une|ses|son|sa)\\s*)?(?:[a-z-]+\\s+)?(?:basements?|data\\s+cent(?:er|re)s?|server\\s+rooms?|buildings?|facilit(?:y|ies)|premises|sous-sols?|salles?|centres?|batiments?|locaux|caves?)\\b",
  "\\b(?:basement|data\\s+cent(?:er|re)|server\\s+room|building|facility|sous-sol|salle|batiment|locaux|centre)s?\\s+(?:[a-z'-]+\\s+){0,3}?(?:was|were|had\\s+been|has\\s+been|a\\s+ete|ont\\s+ete|avait\\s+ete)\\s+(?:flooded|inonde(?:e|s|es)?)(?![a-z])",
].join("|"), "g");

// A fault named by the part of the system it is in, whatever the trouble word: "un problème
// d'algorithme", "une erreur dans le code", "un souci de paramétrage", "la défaillance d'un équipement",
// "une panne matérielle", "a glitch in the software", "an equipment malfunction", "a settings error". The
// trouble words and the parts are closed sets of each language; their pairs were listed one by one before
// ("erreur logicielle", "software error", "hardware failure"...), each met in few articles.
const TROUBLE_FR = "(?:problemes?|soucis?|erreurs?|defauts?|defaillances?|dysfonctionnements?|bugs?|bogues?|anomalies?|bris|avaries?|pannes?|incidents?)";
const TROUBLE_EN = "(?:problems?|issues?|errors?|faults?|failures?|malfunctions?|glitch(?:es)?|bugs?|defects?|flaws?|mistakes?|trouble)";
// between the trouble and its place: a qualifier, a preposition, a determiner, one describing word, a quote
const IN_FR = "(?:\\s+(?:techniques?|majeure?s?|graves?|serieu(?:x|se|ses)))?\\s+(?:de|d'|du|des|dans|sur)\\s*(?:(?:l'|la|le|les|un|une|son|sa|ses|leur|leurs|ce|cet|cette)\\s*)?\"?\\s*(?:[a-z-]+\\s+)?";
const IN_EN = "\\s+(?:in|with|of|within|on)\\s+(?:(?:the|a|an|its|their|our|some|one\\s+of\\s+(?:the|its|their))\\s+)?(?:[a-z-]+\\s+)?";
function troubleIn(partFr: string, adjFr: string, partEn: string, troubleFr = TROUBLE_FR): RegExp {
  return new RegExp([
    `\\b${troubleFr}${IN_FR}${partFr}(?![a-z])`,
    `\\b${troubleFr}\\s+${adjFr}(?![a-z])`,
    `\\b${partEn}\\s+(?:[a-z-]+\\s+)?${TROUBLE_EN}\\b`,
    `\\b${TROUBLE_EN}${IN_EN}${partEn}\\b`,
    // the part as the subject of a failing verb: "the backup power failed", "the disk controller broke down",
    // "the backup power failed to kick in" (a spare that did not take over; "the app failed to load" is no part)
    `\\b${partEn}\\s+(?:[a-z-]+\\s+)?(?:failed|broke\\s+down|malfunctioned)\\b(?!\\s+to\\b(?!\\s+(?:kick\\s+in|start|take\\s+over|switch\\s+(?:on|over)|come\\s+on(?:line)?)\\b))`,
  ].join("|"), "g");
}
// ("la panne du logiciel" is the failed product itself, so an outage word is no trouble of the software)
// (a release is a part too: "un dysfonctionnement dans une nouvelle version", "a flaw in the new release")
export const SOFTWARE_TROUBLE = troubleIn("(?:logiciels?|algorithmes?|code|programmation|micrologiciels?|firmwares?|versions?)", "logiciel(?:le)?s?",
  "(?:software|algorithms?|code|coding|firmware|programming|(?:new\\s+)?builds?|(?:new\\s+)?(?:versions?|releases?))", TROUBLE_FR.replace("|pannes?|incidents?", ""));
export const SETTINGS_TROUBLE = troubleIn("(?:configurations?|parametrages?|reglages?|parametres)", "(?!)", "(?:configuration|config|settings?)");
export const HARDWARE_TROUBLE = troubleIn("(?:materiels?|equipements?|disques?|commutateurs?|onduleurs?|climatisation|refroidissement|alimentation\\s+electrique)",
  "(?:materiel(?:le)?s?|electriques?)", "(?:hardware|equipment|disks?|(?:hard\\s+)?drives?|(?:network|line)\\s+cards?|power(?:\\s+(?:supply|feeds?|lines?|systems?))?|cooling|electrical)");

// Servers that could not take the load are overloaded, and say so without a word of cause: "les serveurs
// n'ont pas tenu la charge", "n'ont pas supporté le nombre de connexions", "could not cope with the number
// of viewers", "failed to handle the demand"; and traffic that exploded: "le trafic a explosé", "traffic spiked".
// The auxiliary of "n'… pas tenu / supporté / suffi" in every mood the press tells it in: the indicative of a
// report, the subjunctive after "il est possible que" / "il semble que" ("que les serveurs n'aient pas
// supporté l'affluence") and the conditional of a claim ("les serveurs n'auraient pas tenu la charge").
// An adverb may stand between the auxiliary and "pas" ("n'ont tout simplement pas tenu", "n'ont visiblement pas
// supporté").
const COPE_AUX_FR = "(?:a|ont|avait|avaient|ait|aient|aurait|auraient)(?:\\s+(?:tout\\s+simplement|[a-z]+ment))?";
export const COULD_NOT_COPE = new RegExp([
  `\\bn'${COPE_AUX_FR}\\s+pas\\s+(?:pu\\s+)?(?:tenu|supporte|encaisse|absorbe|resiste\\s+a|suffi\\s+a\\s+absorber)\\s+(?:face\\s+(?:au|a\\s+la|a\\s+l'|aux)\\s*(?:charge|choc|afflux|affluence|nombre|demande|trafic|pression)|la\\s+charge|le\\s+choc|l'afflux|l'affluence|le\\s+nombre|la\\s+demande|le\\s+trafic|la\\s+pression)`,
  "\\b(?:could\\s+not|couldn't|could\\s+no\\s+longer|failed\\s+to|unable\\s+to|struggl(?:ed|ing|es)\\s+to|(?:was|were)\\s+not\\s+able\\s+to)\\s+(?:cope|keep\\s+up|handle|withstand|absorb|bear)\\s+(?:with\\s+)?(?:the\\s+)?(?:[a-z-]+\\s+)?(?:load|demand|traffic|number|influx|surge|volume|crowds?)\\b",
  "\\b(?:trafic|traffic|connexions|connections|frequentation)\\s+(?:(?:a|ont|avait|has|had)\\s+)?(?:explose|bondi|flambe|exploded|spiked|surged|soared|skyrocketed)\\b",
  // more than was provided for: "demand far exceeded what our systems were provisioned for", "la demande a
  // largement dépassé", "not enough capacity to absorb", "nos capacités n'ont pas suffi", "ran out of capacity"
  "\\b(?:demand|traffic|load|demande|trafic|charge)\\s+(?:(?:a|has|had|ont|avait)\\s+)?(?:far\\s+|largement\\s+|vastly\\s+|greatly\\s+)?(?:exceeded|outstripped|outpaced|overwhelmed|depasse|excede)\\b",
  "\\b(?:not\\s+(?:have\\s+)?enough|insufficient|lack\\s+of|ran\\s+out\\s+of|running\\s+out\\s+of|short\\s+of)\\s+(?:server\\s+)?(?:capacity|headroom|servers|bandwidth)\\b",
  `\\b(?:capacites?|serveurs?|infrastructures?|ressources|machines)\\s+(?:[a-z-]+\\s+)?(?:n'${COPE_AUX_FR}\\s+pas\\s+suffi|(?:etaient|etait|sont|est)\\s+insuffisante?s?)|\\b(?:manque|pas\\s+assez|insuffisance)\\s+de\\s+(?:capacites?|serveurs|bande\\s+passante|marge)\\b`,
  // a resource used up: "a disk filled up", "ran out of memory", "un disque plein", "ont manqué de mémoire"
  "\\b(?:disks?|drives?|storage|volumes?|partitions?)\\s+(?:[a-z-]+\\s+)?(?:filled\\s+up|(?:was|were)\\s+full|ran\\s+out)\\b|\\bran\\s+out\\s+of\\s+(?:disk\\s+|storage\\s+)?(?:space|memory)\\b|\\bout\\s+of\\s+memory\\b|\\b(?:disques?|stockage|partitions?)\\s+(?:[a-z-]+\\s+)?(?:(?:etai(?:t|ent)|est|sont)\\s+)?(?:pleins?|satures?)\\b|\\bmanque(?:r|\\s+)?\\s*(?:de\\s+memoire|d'espace)\\b|\\bmanque\\s+de\\s+memoire\\b",
  // a crowd counted as it arrives, then the collapse: "more than two million people were queuing, and the site gave
  // way", "plus d'un million de personnes se sont connectées et le site a cédé" (a count of people hit or reporting
  // the outage is its reach: the verb must be one of arriving or trying)
  `\\b(?:millions?|thousands|hundreds\\s+of\\s+thousands|milliers|centaines\\s+de\\s+milliers|\\d[\\d,.]*)\\s+(?:of\\s+|de\\s+|d')?(?:[a-z-]+\\s+)?${CROWD}\\s+(?:were\\s+|had\\s+)?(?:queu|tr(?:y|ied)|logg|signed|sign(?:ing)?\\s+in|rush|flock|connect|attempt|visit|tun|stream|se\\s+sont\\s+(?:connecte|rue|precipite)|ont\\s+tente|attendai|faisaient\\s+la\\s+queue|affluai)[a-z]*\\b[^.;:!?]{0,60}?\\b(?:gave\\s+way|buckled|collapsed|crashed|froze|fell\\s+over|keeled\\s+over|(?:a|ont)\\s+(?:cede|flanche|plante|lache|craque)|s'est\\s+effondre|(?:est|sont)\\s+tombee?s?)\\b`,
  // buckling under the crowd: "buckled under the demand", "collapsed under the weight of", "a flanché sous l'afflux"
  "\\b(?:buckl|collaps|crumpl|crash|struggl|strain|creak|chok|sank|sink|fell\\s+over|gave\\s+way|giv(?:e|es|ing)\\s+way)[a-z]*\\s+under\\s+(?:the\\s+)?(?:sheer\\s+)?(?:weight|strain|pressure|load|demand|traffic|influx|rush|crush|onslaught|volume|number)\\b",
  "\\b(?:flanch|cede|craqu|effondr|plie|croul|lach)[a-z]*\\s+sous\\s+(?:le\\s+poids|la\\s+pression|l'afflux|la\\s+charge|l'affluence|la\\s+demande|le\\s+nombre|la\\s+masse|l'avalanche|le\\s+flot|la\\s+ruee)\\b",
].join("|"), "g");

// Trouble at another firm: "a failure at the cloud company that hosts the app", "an issue with one of its
// partners", "une défaillance chez l'entreprise de cloud", "un incident chez un opérateur de transit", "un
// problème chez l'un de nos partenaires". "Chez" and "at" put the trouble in someone else's house; the noun
// after them says it is a firm; "the operator", "l'opérateur" alone is the failed operator itself in an
// operator's story ("un défaut de routage chez l'opérateur"), not another firm, and "the company's data centre"
// is the operator's own site.
const NOT_ITSELF_EN = "(?!the\\s+operators?\\b(?!\\s+(?:partners?|of\\b)))(?!the\\s+(?:company|firm|operator|group)'s\\b)";
const NOT_ITSELF_FR = "(?!(?:l'|le\\s+|les\\s+)operateurs?(?![a-z])(?!\\s+(?:partenaires?|tiers|de\\s+transit|d'|de\\b)))";
const FIRM_EN = "(?:company|companies|firm|firms|partner|partners|carrier|carriers|operator|operators|host|hosts|contractor|contractors|isp|isps|cdn|cloud)";
const FIRM_FR = "(?:entreprises?|societes?|partenaires?|operateurs?|hebergeurs?|prestataires?|fournisseurs?|sous-traitants?|editeurs?|cloud)";
export const TROUBLE_AT_FIRM = new RegExp([
  `\\b(?:failures?|faults?|outages?|issues?|problems?|incidents?|errors?|glitch(?:es)?|disruptions?)\\s+(?:at|with)\\s+${NOT_ITSELF_EN}(?:a|an|the|its|their|our|one\\s+of\\s+(?:its|their|our|the))\\s+(?:[a-z-]+\\s+){0,3}?${FIRM_EN}\\b(?!\\s+(?:itself|themselves))`,
  `\\b(?:pannes?|defaillances?|incidents?|problemes?|soucis?|bugs?|dysfonctionnements?|perturbations?)\\s+chez\\s+${NOT_ITSELF_FR}(?:un|une|l'un\\s+de\\s+(?:ses|nos|leurs)|l'une\\s+de\\s+(?:ses|nos|leurs)|son|sa|ses|notre|nos|leur|leurs|l'|le|la)\\s*(?:[a-z'-]+\\s+){0,2}?${FIRM_FR}(?![a-z])`,
  // a supplier named by what it does for the failed service, then its own failure: "Amazon's cloud, which runs
  // it, had an outage", "the network they rely on suffered a failure", "le cloud d'Amazon, qui l'héberge,
  // était en panne", "le réseau qu'ils utilisent a connu une panne"
  `\\b(?:(?:which|that)\\s+(?:runs|hosts|powers|serves|carries)\\s+(?:it|them|the\\s+[a-z-]+)|(?:it|they|we)\\s+(?:uses?|relies?\\s+on|rely\\s+on|depends?\\s+on))\\s*,?\\s+(?:had|has\\s+had|suffered|experienced|went\\s+through)\\s+(?:an?\\s+|its\\s+own\\s+|their\\s+own\\s+)?(?:[a-z-]+\\s+)?(?:outages?|failures?|problems?|issues?|faults?|incidents?|glitch(?:es)?)\\b`,
  `\\b(?:qui\\s+(?:l'|les\\s+)(?:heberge(?:nt)?|fait\\s+tourner|font\\s+tourner|alimente(?:nt)?)|qu'(?:il|elle|ils|elles|on)\\s+utilise(?:nt)?)\\s*,?\\s+(?:(?:etait|etaient|est|sont|a\\s+ete|ont\\s+ete)\\s+en\\s+panne|(?:a|ont|avait|avaient)\\s+(?:subi|connu|rencontre)\\s+(?:une?|des)\\s+(?:[a-z-]+\\s+)?(?:pannes?|defaillances?|incidents?|problemes?|dysfonctionnements?))(?![a-z])`,
].join("|"), "g");

// A fault of a named kind located at another firm the operator relies on: "a routing failure at one of its
// carrier partners", "a power fault at its hosting provider", "un défaut de routage chez un opérateur
// partenaire", "une panne électrique chez son hébergeur". The kind is the supplier's fault, not the operator's:
// the outage is the supplier's doing (third-party), as a fault told with no kind would be. Only a firm brought in
// as a supplier ("a", "one of its", "its", "Acme's", "son", "l'un de ses" + a supplier word), not "the company's
// data centre" (its own site) nor "chez l'opérateur" (the operator itself).
const SUPPLIER_EN = "(?:partners?|providers?|suppliers?|carriers?|hosts?|subcontractors?|contractors?|vendors?)";
const SUPPLIER_FR = "(?:partenaires?|prestataires?|fournisseurs?|sous-traitants?|hebergeurs?|operateurs?\\s+(?:partenaires?|tiers|de\\s+transit))";
const FAULT_EN = "(?:failures?|faults?|outages?|issues?|problems?|incidents?|errors?|glitch(?:es)?|malfunctions?|breakdowns?|cuts?)";
const FAULT_FR = "(?:pannes?|defauts?|defaillances?|incidents?|problemes?|soucis?|bugs?|dysfonctionnements?|coupures?|erreurs?)";
export const FAULT_AT_SUPPLIER = new RegExp([
  // (up to three words before the fault noun, on its line, carry its kind: "a DNS resolution failure at")
  `(?:\\b[a-z0-9-]+[ \\t]+){0,3}?\\b${FAULT_EN}\\s+at\\s+(?:an?|its|their|our|one\\s+of\\s+(?:its|their|our)|[a-z0-9-]+'s)\\s+(?:[a-z-]+\\s+){0,2}?${SUPPLIER_EN}\\b`,
  `\\b${FAULT_FR}\\s+(?:[a-z'-]+\\s+){0,3}?chez\\s+(?:un|une|son|sa|ses|notre|nos|leur|leurs|l'une?\\s+de\\s+(?:ses|nos|leurs))\\s+(?:[a-z-]+\\s+)?${SUPPLIER_FR}(?![a-z])`,
].join("|"), "g");

// An attack named by what it targets or how it is felt, where "attack" alone is also a heart attack or a
// game's: "an attack on its servers", "a volumetric attack against our DNS", "under a sustained attack",
// "une attaque visant notre infrastructure", "subit une attaque", "fait l'objet d'une attaque"; traffic sent to
// do harm ("a flood of junk traffic", "de fausses requêtes"); intruders ("broke into its systems", "se sont
// introduits dans", "encrypted its servers", "ont chiffré ses serveurs").
const SYSTEMS = "(?:systems?|servers?|networks?|infrastructure|platform|site|website|edge|dns|services?|data\\s+cent(?:er|re)s?|computers?)";
const SYSTEMES = "(?:systemes?|serveurs?|reseaux?|infrastructures?|plateformes?|sites?|services?|dns|ordinateurs?)";
export const ATTACK = new RegExp([
  `\\b(?:volumetric|sustained|coordinated|targeted|large-scale|large|massive|huge|major|heavy|ongoing|malicious|distributed)\\s+(?:[a-z-]+\\s+)?attacks?\\b`,
  `\\b(?:experienc(?:ing|ed|es)|suffer(?:ed|ing|s)?|fac(?:ing|ed|es)|target\\s+of|targeted\\s+by|victims?\\s+of|hit\\s+by)\\s+(?:an?\\s+)?(?:[a-z-]+\\s+){0,2}?attacks?\\b`,
  `\\battacks?\\s+(?:on|against|targeting|aimed\\s+at)\\s+(?:(?:the|its|their|our|a|an)\\s+)?(?:[a-z'-]+\\s+){0,2}?${SYSTEMS}\\b`,
  `\\bunder\\s+(?:an?\\s+)?(?:[a-z-]+\\s+)?attack\\b`,
  `\\battaques?\\s+(?:[a-z-]+\\s+)?(?:visant|contre|ciblant|sur)\\s+(?:(?:les?|la|l'|ses|son|sa|nos|notre|leurs?|un|une|des)\\s*)?(?:[a-z'-]+\\s+){0,2}?${SYSTEMES}(?![a-z])`,
  `\\battaques?\\s+(?:volumetriques?|persistantes?|coordonnees?|ciblees?|distribuees?|de\\s+grande\\s+ampleur|d'ampleur)(?![a-z])`,
  `\\b(?:subi|subit|subissent|subissait|subir|(?:fait|font|faisait)\\s+l'objet|victimes?)\\s+(?:d'une|une|de\\s+l')\\s+(?:[a-z-]+\\s+)?attaque`,
  `\\b(?:junk|bogus|malicious|fake|hostile|garbage|spoofed|illegitimate)\\s+(?:[a-z-]+\\s+)?(?:traffic|requests|packets|queries)\\b|\\b(?:fausses?|faux)\\s+requetes\\b|\\brequetes\\s+(?:malveillantes|frauduleuses|illegitimes)\\b|\\btrafic\\s+(?:malveillant|illegitime)\\b`,
  `\\b(?:broke|break|breaking|broken)\\s+into\\s+(?:(?:the|its|their|our|a|an)\\s+)?(?:[a-z'-]+\\s+){0,2}?${SYSTEMS}\\b|\\bbreak-ins?\\b`,
  `\\b(?:se\\s+sont|s'est|s'etaient|s'etait)\\s+introduit(?:e|s|es)?\\s+dans\\b`,
  `\\b(?:encrypted|chiffre(?:e|s|es)?)\\s+(?:(?:the|its|their|our|ses|les|leurs|nos)\\s+)?(?:[a-z'-]+\\s+)?(?:servers?|serveurs?|files|fichiers|systems?|systemes?|data|donnees)\\b`,
].join("|"), "g");

// Work the operator does on its own systems, named as the culprit: "botched maintenance", "a maintenance
// update", "une opération de maintenance" (Rogers 2022, Meta 2021's "routine maintenance", M-Pesa's
// "scheduled maintenance"). Emergency maintenance is the repair that follows a failure ("a bug, so it
// started emergency maintenance", "lancé en urgence une opération de maintenance"), not its cause.
// Maintenance announced for a day to come ("scheduled maintenance for next Sunday", "une maintenance prévue
// demain") is a notice, not what broke.
// Maintenance as someone's job ("un sous-traitant chargé de la maintenance", "the firm responsible for the
// maintenance of") names who does it, not work that failed.
export const MAINTENANCE_WORK = /(?<!\b(?:emergency|urgent|urgence|upcoming)\b[^.,;:!?]{0,30})(?<!\b(?:charges?|chargees?|in\s+charge\s+of|responsible\s+for|responsables?)\s+(?:de\s+|of\s+)?(?:la\s+|l'|the\s+|its\s+|sa\s+)?)\bmaintenance\b(?!\s+(?:d'urgence|urgente|d'urgence))(?![^.;:!?]{0,30}\b(?:next|prochaine?s?|a\s+venir|coming|upcoming|tomorrow|demain)\b)/g;

// Patterns beside the cue lists, by the category they name: a change made to the network or a system,
// work done on the systems, a lapsed certificate or licence, a quota run out, a bad change and trouble in
// the settings are configuration matters; a bad update, an update of the software itself and trouble in
// the code are software; load beyond the usual, or more than the servers could take, is an overload;
// storms, failed equipment and trouble in the hardware are the physical plant. (Arrays, so that
// eval:cv:rare-cues can leave out a pattern met in one corpus article, as it does a phrase.)
// What the operator did, told as an act: "we released a new build of the app", "deployed version 4.2",
// "rolled out a new release" (software); "we changed a timeout setting", "engineers modified the configuration",
// "nous avons modifié un délai d'expiration" (settings). Like a deployment, such an act is background unless
// the sentence talks about the cause or the next one says what it did (CONSEQUENCE_OPENING): they are read
// only there (TALK_ONLY_PATTERNS), since a release or a settings change is everyday news otherwise.
export const RELEASED_VERSION = /\b(?:released|shipped|deployed|rolled\s+out|pushed\s+out|published)\s+(?:(?:a|an|the|its|our|their)\s+)?(?:new\s+)?(?:[a-z0-9.-]+\s+){0,3}?(?:versions?|builds?|releases?|updates?|patch(?:es)?)\b|\b(?:released|shipped|deployed|rolled\s+out)\s+(?:version|v)\s*\d|\b(?:deploye|publie|livre|installe|mis\s+en\s+production|mis\s+en\s+ligne)\s+(?:(?:une|un|la|le|sa|son|notre|leur)\s+)?(?:nouvel(?:le)?\s+|nouveau\s+)?(?:versions?|mises?\s+a\s+jour|correctifs?|builds?)\b/g;
export const SETTING_CHANGED = /\b(?:changed|modified|altered|adjusted|tweaked|edited|lowered|reduced|shortened)\s+(?:(?:a|an|the|one|some|several|its|our|their|two|three)\s+)?(?:[a-z0-9-]+\s+){0,3}?(?:settings?|configurations?|config|parameters?|thresholds?|timeouts?|time-outs?)\b|\b(?:modifie|change|ajuste|abaisse|reduit|raccourci)\s+(?:(?:un|une|le|la|les|des|nos|ses|leurs?|notre|son|sa|l')\s*)?(?:[a-z'-]+\s+){0,3}?(?:parametres?|parametrages?|reglages?|configurations?|seuils?|delais?)\b/g;
// A sentence that opens on what the one before did ("It withdrew the routes...", "This change sent all traffic
// to one server", "Cette modification a coupé l'accès", "Elle a retiré les routes"): the sentence before told
// the cause's act, so it talks about the cause. The subject points back (a pronoun, or a demonstrative or "the"
// before the kind of act); the verb is one of doing harm, not of time ("It took hours", "It began at 9").
const BACK_SUBJECT = String.raw`(?:it|this|that|they|these|(?:the|this|that)\s+(?:[a-z-]+\s+)?(?:change|update|upgrade|release|version|build|deploy(?:ment)?|patch|push|command|script|setting|modification|flood|surge|rush|spike|fault|failure|bug|error|defect|mistake|cut|fire)|elle|il|ils|elles|cela|ceci|(?:ce|cet|cette|ces)\s+(?:[a-z-]+\s+)?(?:changement|modification|mise\s+a\s+jour|version|operation|erreur|commande|flot|afflux|defaut|panne|redemarrage|manipulation|bug|incident|coupure|script|reglage)s?)`;
const HARM_VERB = String.raw`(?:contained|had\s+a\s+(?:bug|flaw|defect)|contenait|comportait|(?:began|started)\s+(?:to\s+[a-z]+|[a-z]+ing)|(?:a|ont)\s+commence\s+a|s'est\s+mise?\s+a|caused|broke|crashed|withdrew|removed|deleted|dropped|blocked|cut\s+(?:off|the|all|every)|triggered|overwhelmed|overloaded|saturated|exhausted|corrupted|disabled|knocked|brought\s+down|took\s+(?:[a-z-]+\s+){0,3}?(?:down|offline)|sent\s+(?:all|every|the|traffic)|prevented|locked|logged\s+(?:[a-z-]+\s+){0,2}?out|disconnected|left\s+(?:users|customers|millions|thousands|subscribers|every|all)|(?:a|ont|avait|avaient)\s+(?:alors\s+|aussitot\s+|ensuite\s+)?(?:provoque|entraine|cause|coupe|retire|supprime|bloque|sature|rendu|empeche|declenche|plonge|prive|deconnecte|paralyse|efface|fait\s+tomber|mis\s+hors)|plantait|bloquait|coupait|provoquait|empechait|deconnectait|rejetait)`;
export const CONSEQUENCE_OPENING = new RegExp(String.raw`^\W*(?:(?:within|in|after|afterwards|moments?|minutes?|seconds?|hours?|an|a|few|shortly|soon|then|quickly|immediately|instantly|en|quelques|peu|apres|ensuite|puis|aussitot|rapidement)\s*,?\s+){0,4}${BACK_SUBJECT}\s+(?:[a-z'-]+\s+){0,3}?${HARM_VERB}\b`);
// A release named as such: "a new software release", "une nouvelle version", "a code push", "some new code",
// "une mise en production". Releasing a version is everyday news for an app ("a new version of the app adds a dark
// mode"), so like RELEASED_VERSION it names software only where a sentence talks about the cause ("the outage
// followed a code push", "due à une nouvelle version"); a bad one ("a buggy new version") is BAD_UPDATE's anywhere.
export const RELEASE_CUES: string[] = [
  "software release", "new release", "nouvelle version", "new version", "code push", "mise en production", "new code", "nouveau code",
  "new build", "nouveau build",
];
export const TALK_ONLY_PATTERNS: Partial<Record<CauseCategory, RegExp[]>> = {
  "config-change": [SETTING_CHANGED],
  "software-bug": [RELEASED_VERSION],
};
export const CAUSE_PATTERNS: Partial<Record<CauseCategory, RegExp[]>> = {
  "config-change": [CHANGE_TO_NETWORK, CHANGE_BLAMED, MAINTENANCE_WORK, LAPSED_RENEWAL, QUOTA_RUN_OUT, BAD_CHANGE, SETTINGS_TROUBLE, WRONG_SETTING],
  "software-bug": [BAD_UPDATE, SOFTWARE_UPDATE, UPDATE_AS_CAUSE, SOFTWARE_TROUBLE],
  "capacity-overload": [CAPACITY, HIGH_LOAD, COULD_NOT_COPE],
  "hardware-or-datacenter": [FIRE, WEATHER, FAILED_EQUIPMENT, HARDWARE_TROUBLE, CUT_LINE],
  cyberattack: [ATTACK],
  "third-party": [TROUBLE_AT_FIRM],
};

// Words that make a sentence talk about why the outage happened ("caused by", "à l'origine", "due to",
// "traced to", "knocked offline"); the weaker categories (a deployment, a data centre, a supplier) count
// only in such sentences, since articles also mention them as background.
export const CAUSE_TALK_CUES: string[] = [
  "caus*", "a l'origine", "origine", "en cause", "due a", "du a", "due to", "because", "a cause", "raison",
  "reason", "triggered", "provoqu*", "explique*", "explain*", "result*", "blame*", "responsab*", "faute",
  "suite a", "following", "led to", "entrain*", "root", "why", "pourquoi", "attribu*", "impute*", "lie a", "linked to",
  // what a cause did to the service: "knocked offline", "brought down", "stemmed from", "traced to", "hit by"
  "knocked", "brought", "took down", "taken down", "stemmed", "stems", "stemming", "traced", "provien*", "provenir",
  "provenu*", "provenait", "provenaient", "decoul*",
  "hit by", "victim of", "victime d'une", "victime d'un", "a subi", "ont subi", "suffered", "behind", "derriere", "source",
  // naming the culprit: "engineers identified a faulty migration", "l'entreprise a évoqué", "pointed to"
  "identified", "a identifie", "ont identifie", "evoque*", "pointed to", "points to", "pointe du doigt",
  // the French for "brought down": "a fait tomber", "a fait planter", "mis à terre"
  "fait tomber", "fait planter", "mis a terre",
  // more links from cause to effect: "liée à", "consécutive à", "imputable à", "a déclenché", "a engendré",
  // "occasionnée par", "souffre de", "owing to", "sparked by", "set off", "came down to", "the culprit"
  "liee a", "liee au", "liee aux", "lies a", "lies au", "lies aux", "liees a", "liees au", "liees aux", "lie au", "lie aux",
  "consecutive a", "consecutif a", "consecutive au", "consecutif au", "imputable*", "declench*", "engendr*", "occasionn*",
  "fait crasher", "fait sauter", "souffert de", "souffre de", "souffrent de", "souffrait de", "souffraient de", "souffrir de",
  "owing to", "tied to", "was down to", "is down to", "were down to", "sparked", "set off", "sets off", "came down to", "comes down to", "culprit*", "coupable*",
  "suffering from", "suffers from",
  // what the cause went on to do, as a participle after it: "les câbles ont été coupés, perturbant le trafic",
  // "un incendie s'est déclaré, privant les clients de leurs sites", "crippling its network"
  "perturbant", "paralysant", "privant", "disrupting", "crippling",
  // the moment the trouble began is its trigger: "the outage began when a breaker tripped", "a commencé lorsque"
  "began when", "started when", "begun when", "a commence quand", "a commence lorsque", "a debute quand", "a debute lorsque",
  // and so is an act right before it: "the trouble began after the bank installed a new version", "les ennuis ont
  // commencé après l'installation d'une nouvelle version", "started shortly after a code push"
  "began after", "began shortly after", "began soon after", "began just after", "started after", "started shortly after",
  "started soon after", "started just after", "a commence apres", "ont commence apres", "a commence peu apres",
  "ont commence peu apres", "a debute apres", "ont debute apres", "a debute peu apres", "ont debute peu apres",
  // an act that went wrong is the failure's start: "the upgrade did not go as planned", "cela ne s'est pas passé comme
  // prévu", "l'opération a mal tourné", "the change did not behave as expected"
  "did not go as planned", "didn't go as planned", "did not go to plan", "went wrong", "did not behave as expected",
  "did not work as expected", "didn't work as expected", "backfired", "pas passe comme prevu", "pas deroule comme prevu",
  "mal tourne", "pas fonctionne comme prevu",
];

// Words that turn a sentence to another, earlier outage ("une panne similaire avait paralysé ces plateformes",
// "it is not the first time", "the previous outage, in March, was caused by"): a cause named after them is
// that outage's. (Times alone, "last year", "years ago", also date this outage's own causes: "a bug
// introduced years ago".)
// A sentence told in the pluperfect that names a year is about another, earlier event: "analysts noted that
// a fire had shut the same data centre in 2021", "en 2019, une mise à jour avait déjà privé les clients de la
// banque de leurs cartes" (a report tells its own outage's cause in the simple past or the present perfect;
// "had" before a determiner is possession: "Cloudflare had an outage on November 2nd, 2023").
export const PLUPERFECT = /\bhad\s+(?:(?:already|also|previously|once|earlier)\s+)?(?!(?:a|an|the|no|not|to|some|its|their|our|his|her|this|that|these|those|trouble|problems?|issues?|outages?|more|less|many|much|few|little|any|one|two|three|been\s+(?:a|an|the|no)\b)\b)[a-z]+|\bavai(?:t|ent)\s+(?:(?:deja|aussi|egalement|alors)\s+)?(?!(?:un|une|des|le|la|les|du|de|d|l|pas|plus|rien|aucun|aucune|lieu|besoin|son|sa|ses|leur|leurs|ce|cet|cette|ces)\b)[a-z]+/;
export const YEAR = /\b(?:19[89]\d|20\d\d)\b/;
// A sentence that opens on a time a year or more back scopes everything it says to that time: "Last year, the same
// service went down after a faulty update", "Two years ago, a fibre cut...", "Il y a deux ans, une coupure de
// fibre...", "L'an dernier, ...". (Nearer times, "last week", may open a follow-up on this very outage.)
export const YEARS_BACK_OPENING = /^\W*(?:last\s+year|a\s+year\s+ago|(?:two|three|four|five|six|ten|several|a\s+few|many|\d+)\s+years\s+(?:ago|earlier|before)|l'an\s+(?:dernier|passe)|l'annee\s+(?:derniere|passee)|il\s+y\s+a\s+(?:un|deux|trois|quatre|cinq|six|dix|plusieurs|quelques|\d+)\s+ans|(?:deux|trois|quatre|cinq|six|dix|plusieurs|quelques|\d+)\s+ans\s+plus\s+tot)\b/;
// This outage set after another event in time: "the outage comes weeks after a ransomware attack on a
// hospital", "la panne survient quelques jours après une cyberattaque"; what follows "after" is the other event.
export const COMES_AFTER = /\b(?:comes?|came|coming)\s+(?:just\s+|only\s+|barely\s+)?(?:(?:a\s+few|two|three|four|several|some)\s+)?(?:days?|weeks?|months?|years?)\s+after\b|\b(?:survient|intervient|arrive|survenue?|intervenue?)\s+(?:seulement\s+|a\s+peine\s+|moins\s+d'un\s+|moins\s+de\s+)?(?:(?:quelques|deux|trois|quatre|plusieurs)\s+)?(?:jours?|semaines?|mois|ans)\s+apres\b/;
export const OTHER_OUTAGE_CUES: string[] = [
  "panne similaire", "pannes similaires", "incident similaire", "incidents similaires", "similar outage*", "similar incident*",
  "previous outage*", "previous incident*", "precedente panne", "precedentes pannes", "panne precedente", "pannes precedentes",
  "earlier outage*", "past outages", "pannes passees", "pas la premiere fois", "not the first time", "deja ete victime", "already suffered",
  // an outage dated in the past by its possessive or complement: "last year's outage", "la panne de l'an dernier"
  // a memory of another event: "critics recalled that a blaze had knocked out the same facility", "rappellent qu'un incendie"
  "recalled that", "recalls that", "recalling that", "rappelle que", "rappellent que", "rappelant que", "rappelle qu", "rappellent qu", "rappelant qu",
  "last year's outage*", "last month's outage*", "last week's outage*", "last year's incident*", "last month's incident*",
  "panne de l'an dernier", "pannes de l'an dernier", "panne de l'annee derniere", "panne de l'an passe", "panne du mois dernier",
  "panne de la semaine derniere", "incident de l'an dernier", "incident du mois dernier",
  // another company's outage: a rival's or a competitor's ("a competitor's app went down after an attack",
  // "son concurrent a subi une coupure de courant"), or one said to be its own ("blamed a power cut for its own outage")
  "competitor*", "rival", "rivals", "rival's", "un concurrent", "son concurrent", "ses concurrents", "le concurrent",
  "les concurrents", "leur concurrent", "leurs concurrents", "its own outage*", "their own outage*", "sa propre panne",
  "leur propre panne", "leurs propres pannes",
  // another body of the same kind as the failed one, a peer and not a supplier ("another ministry's website was knocked
  // offline", "le site d'un autre ministère"; "another provider's" or "d'un autre fournisseur" may be the supplier
  // that failed, so firms that sell to others are left out), and an earlier outage counted in a series ("its second
  // outage this month; the first was caused by...", "la première avait été causée par", "the previous one")
  "another bank's", "another ministry's", "another airline's", "another retailer's", "another council's", "another hospital's",
  "d'une autre banque", "d'un autre ministere", "d'une autre compagnie", "d'une autre enseigne", "d'une autre collectivite",
  "d'un autre hopital",
  "the first was", "the first one was", "the previous one", "the earlier one", "la premiere avait", "la premiere etait",
  "la premiere a ete", "la precedente", "le precedent",
];
// Cause words in other senses: "remet en cause" (calls into question), "pour cette raison" / "that's why"
// (the consequence of what was said before), "les responsables" (the officials), "responsible for
// restoring" (a task, not a fault).
export const NOT_CAUSE_TALK = /\bremet(?:tre|tent|tait|taient)?\s+en\s+cause\b|\bremis(?:e|es)?\s+en\s+cause\b|\bpour\s+(?:cette|ces)\s+raisons?\b|\bfor\s+(?:this|that|these|those)\s+reasons?\b|\b(?:c'est|voila)\s+pourquoi\b|\b(?:that's|that\s+is|this\s+is|which\s+is)\s+why\b|\b(?:les|des|un|une|ses|leurs|nos|vos)\s+responsables?\b|\bresponsible\s+for\s+[a-z]+ing\b/g;

// "A fire takes millions of websites offline", "an upgrade takes the site down", "taking everything hosted there offline", "a mis hors
// ligne des milliers de sites", "shut down the servers", "a mis à l'arrêt", "crashed the site", "a rendu le site
// inaccessible", "made the app unavailable": the subject put the service out; a "while" or "and" ends that clause
// ("users took to social media while the app was offline"), and staff taking systems offline are
// containing the outage ("engineers took the data centre offline"), not causing it.
export const TAKES_OFFLINE = /(?<!\b(?:engineers|staff|teams?|technicians|operators|administrators|admins|ingenieurs|equipes|techniciens|administrateurs|operateurs)(?:\s+\S+){0,2}\s+)\b(?:takes?|taking|took|taken|knocks?|knocking|puts?|putting|shuts?|shutting|met|mettant|mis)\s(?:(?!\b(?:while|as|when|after|and|but|because|pendant|quand|alors|et|mais|car)\b)[^.,;:!?()]){0,50}?\b(?:offline|off-line|off air|out of service|down|hors ligne|hors service|hors d'etat|a l'arret)\b|\bcrash(?:ed|es|ing)?\s+(?:the|its|their|our|a|an|some|many|several|hundreds|thousands|millions)\b|\b(?:a|ont|avait|avaient)\s+rendu\s(?:(?!\b(?:pendant|quand|alors|et|mais|car)\b)[^.,;:!?()]){0,50}?\b(?:inaccessibles?|indisponibles?|injoignables?|inutilisables?)\b|\b(?:made|making|rendered|rendering)\s(?:(?!\b(?:while|as|when|after|and|but|because)\b)[^.,;:!?()]){0,50}?\b(?:unavailable|unreachable|inaccessible|unusable)\b/g;

// How things usually go, not what happened: "this typically causes no disruption", "en pratique, tous les
// fournisseurs connaissent des pannes dues à une erreur humaine". Such a sentence names a mechanism
// as background, so it does not state this outage's cause.
export const GENERIC_CUES: string[] = [
  "typically", "usually", "normally", "generally", "in general", "in practice", "as a rule", "habituellement",
  "normalement", "generalement", "en general", "en temps normal", "d'ordinaire", "en pratique", "en regle generale",
  // a plan for the coming year is no account of this outage ("is moving its DNS to a new provider next year",
  // "prévoit de changer de fournisseur l'an prochain"): the outage being told is past or ongoing
  "next year", "l'an prochain", "l'annee prochaine",
  // advertising copy beside an article names a product's use, not an event ("start a free trial of our
  // firewall", "essai gratuit", "contenu sponsorisé", "protect your site against attacks", "protégez vos serveurs")
  "free trial", "try it free", "try it for free", "essai gratuit", "essayez gratuitement", "sponsored", "sponsorise",
  "sponsorisee", "request a demo", "demandez une demo", "protect your", "protegez votre", "protegez vos",
  "book a demo", "reservez une demo", "reservez une demonstration", "keep your site", "keep your business", "gardez votre site",
  "gardez vos services", "contact our sales", "contactez nos", "sign up today", "inscrivez-vous",
  // a link to another article is that article's headline ("Read more: How a typo took down a cloud", "À lire
  // aussi : comment un incendie a privé...", "See also", "Related:")
  "read more", "read also", "also read", "see also", "related:", "a lire aussi", "lire aussi", "a lire egalement", "voir aussi",
];
// Advice on what prevents outages is background, not this outage's story: "data centres need redundant power to
// avoid outages like this one", "les banques doivent doubler leurs liaisons pour éviter ce genre de panne".
export const ADVICE = /\b(?:needs?|must|should|ought\s+to|have\s+to|has\s+to|doi(?:t|vent)|devrai(?:t|ent)|ont\s+besoin|a\s+besoin|faut)\b[^.;:!?]{0,100}?\b(?:to\s+(?:avoid|prevent)|(?:pour|afin\s+d)\s*'?(?:eviter|prevenir))\b/;
// A sentence that opens on a kind of thing and says how it usually is, in the present ("Ransomware gangs
// increasingly target hospitals", "Power cuts are a common cause of downtime", "Les pannes de courant restent la
// première cause d'interruption", "Les cyberattaques se multiplient"): a general statement, no account of this
// outage. The subject is a bare plural in English (no article, no possessive: "The servers are often..." is this
// operator's) and "les"/"des" + noun in French; the predicate is one of habit, frequency or rank (in French also any
// verb "de plus en plus": "Les fournisseurs de cloud s'appuient de plus en plus sur des outils automatiques").
const KIND_EN = String.raw`(?!(?:the|its|their|our|this|that|these|those|his|her|a|an|we|it|they|there|users|customers|subscribers)\b)(?:[a-z0-9'-]+\s+){0,5}?[a-z0-9-]+s(?<!\b(?:is|was|has|does|its|this|thus|us))`;
const KIND_FR = String.raw`(?:les|des)\s+(?:[a-z0-9'-]+\s+){0,5}?[a-z0-9-]+[sx]`;
const HABIT_EN = String.raw`(?:(?:are|remain|have\s+become)\s+(?:increasingly|often|frequently|commonly|regularly|routinely|rarely|seldom|among\s+the|one\s+of\s+the|a\s+(?:common|frequent|leading|major|growing)|the\s+(?:most|leading|main|biggest|top|number\s+one)|(?:more|less|ever\s+more|increasingly)\s+(?:common|frequent)|common(?:place)?|widespread|on\s+the\s+rise)|(?:increasingly|often|frequently|commonly|regularly|routinely|rarely|seldom)\s+[a-z]+\b(?<!ed)|account\s+for|are\s+(?:growing|multiplying|rising)\b)`;
const HABIT_FR = String.raw`(?:[a-z'-]+\s+de\s+plus\s+en\s+plus\b|(?:sont|restent|demeurent|deviennent|sont\s+devenu(?:e)?s)\s+(?:de\s+plus\s+en\s+plus|souvent|frequemment|regulierement|rarement|parmi\s+les|l'une?\s+des|la\s+(?:premiere|principale)|les\s+principales?|une\s+cause\s+(?:frequente|courante|majeure)|monnaie\s+courante|courant(?:e)?s|frequent(?:e)?s|en\s+hausse|legion)|se\s+multiplient|(?:souvent|frequemment|regulierement|de\s+plus\s+en\s+plus)\s+(?:a\s+l'origine|en\s+cause|responsables|ciblee?s|visee?s)|representent\s+(?:la\s+majorite|la\s+plupart|l'essentiel))`;
export const GENERIC_PRESENT = new RegExp(String.raw`^\W*(?:${KIND_EN}\s+${HABIT_EN}|${KIND_FR}\s+(?:[a-z'-]+\s+){0,4}?${HABIT_FR})`);
// A sentence on why the recovery was slow, not why the outage began: "Why it took so long to roll back: the
// routing service caches its configuration", "Restoring service took longer than expected because a backup
// generator failed", "repairs were slowed by heavy rain", "le rétablissement a pris plus de temps car...", "la
// remise en service a été ralentie par". What it names after the phrase held up the fix (postmortems explain
// both, and the delay's cause must not outrank "the outage was caused by"); a cause told before it in the same
// sentence ("a fibre cut, and repairs were slowed by rain") stays. Slowness is said by a comparison ("longer",
// "so long") or a verb of hindering, and the delay's cause follows it by a link (":", "because", "by", "car", "par").
const RECOVERY_EN = String.raw`(?:recovery|restoration|restoring\s+(?:[a-z-]+\s+)?(?:service|access|systems?)|repairs?|repairing|the\s+fix|fixing\s+it|roll(?:ing)?\s*back|rollback|remediation)`;
const RECOVERY_FR = String.raw`(?:retablissement|remise\s+en\s+(?:service|route|etat)|reparations?|retour\s+a\s+la\s+normale|restauration|retour\s+en\s+arriere)`;
const SLOWNESS = [
  String.raw`\btook\s+(?:so\s+long|(?:much\s+|far\s+|a\s+lot\s+|hours\s+|a\s+bit\s+)?longer(?:\s+than\s+(?:expected|planned|usual|hoped|anticipated))?|more\s+time)\s+(?:for\s+[a-z-]+\s+)?to\s+(?:restore|recover|repair|fix|roll\s+back|revert|resolve|bring)\b`,
  String.raw`\b${RECOVERY_EN}\s+(?:[a-z-]+\s+){0,3}?(?:took\s+(?:so\s+long|(?:much\s+|far\s+)?longer|more\s+time)|(?:was|were|had\s+been|has\s+been)\s+(?:slowed|delayed|hampered|held\s+up|complicated|prolonged|slower)|lasted\s+longer)\b`,
  String.raw`\b(?:slow(?:ed|ing|s)?(?:\s+down)?|delay(?:ed|ing|s)?|hamper(?:ed|ing|s)?|held\s+up|prolong(?:ed|ing|s)?)\s+(?:the\s+|our\s+|its\s+)?${RECOVERY_EN}\b`,
  String.raw`\b${RECOVERY_FR}\s+(?:[a-z'-]+\s+){0,3}?(?:a|ont|avait|avaient)\s+(?:pris\s+(?:plus\s+de\s+temps|(?:beaucoup\s+)?plus\s+longtemps|tant\s+de\s+temps|autant\s+de\s+temps)|ete\s+(?:ralenti|retarde|complique|freine|entrave|prolonge)e?s?|dure\s+plus)`,
  String.raw`\b(?:ralenti|retarde|complique|freine|entrave|prolonge)(?:e|s|es)?\s+(?:le\s+|la\s+|les\s+|l'|notre\s+|son\s+|sa\s+)?${RECOVERY_FR}`,
  String.raw`\bpourquoi\s+(?:le\s+|la\s+|les\s+|l')?${RECOVERY_FR}\s+a\s+(?:pris\s+(?:autant|tant)\s+de\s+temps|dure\s+(?:si|aussi)\s+longtemps)`,
].join("|");
// (the link within a few words: "took longer to restore service because", not "took longer, and the outage was caused by")
export const SLOW_RECOVERY = new RegExp(String.raw`(?:${SLOWNESS})(?=(?:\s+[a-z'-]+){0,4}?\s*(?::|\s(?:because|as|since|due\s+to|by|car|parce|en\s+raison|par|a\s+cause)\b))`);
// A postmortem's plan against the next outage, not an account of this one: "What we're changing: configuration
// changes will now go through a staged rollout with checks on error rates", "Next steps:", "Going forward, ...",
// "Ce que nous changeons :", "À l'avenir, ...", "Dorénavant, ...". The failure words in it are what the plan
// guards against ("checks on error rates"), so they do not make a mechanism named there this outage's cause.
export const REMEDIATION_PLAN = /^\W*(?:what\s+we(?:'re|\s+are|'ll|\s+will)\s+(?:changing|doing|change|do|going\s+to\s+(?:change|do))|next\s+steps|action\s+items|remediations?(?:\s+(?:steps|items|actions))?|preventive\s+measures|preventative\s+measures|follow-?up\s+actions|ce\s+que\s+nous\s+(?:changeons|allons\s+changer|faisons|allons\s+faire)|prochaines\s+etapes|mesures\s+(?:correctives|preventives)|actions\s+correctives)\s*[-:]|\b(?:going\s+forward|from\s+now\s+on|will\s+now|a\s+l'avenir|dorenavant)\b/;
// A cause verb with a negated object: "causes no disruption", "n'a causé aucune interruption".
export const NO_EFFECT_AFTER = /^\s+(?:no|aucune?|pas)\b/;
// A supplier word followed by a verb of speech or blame is the speaker, not the culprit: "the service
// provider attributed the outage to a technical hitch", "le fournisseur a indiqué".
export const SPEAKER_AFTER = /^\s+(?:[a-z'-]+\s+){0,2}?(?:said|says|attributed|attributes|blamed|blames|explained|confirmed|stated|told|announced|apologi[sz]ed|replied|answered|responded|a\s+(?:indique|attribue|explique|confirme|declare|annonce|precise|impute|repondu)|attribue|explique|indique|confirme|impute|n'a\s+pas\s+(?:donne|precise|communique|commente|explique|indique|detaille|souhaite)|(?:has|had|did)\s+not\s+(?:say|said|explain|explained|comment|commented|disclose|disclosed|give|given|elaborate|elaborated)|declined)\b/;

// After a hedge word, these make it a plain statement of what failed: "users could not log in".
// "more customers than our servers could handle": a comparison with what could be done, not a guess.
export const COMPARED_BEFORE = /\bthan\s+(?:[a-z'-]+\s+){0,4}$/;
export const NOT_HEDGE_AFTER = /^\s*(?:not\b|no longer\b|n't\b)/;

// Hardware words that only name a place: "the backbone linking its data centres" is a network cause,
// so these count for hardware-or-datacenter only when no other category is named in the sentence.
export const PLACE_ONLY_HARDWARE_CUES: string[] = [
  "centre de donnees", "centres de donnees", "data center*", "data centre*", "datacenter*",
];

// Words that open a description of the setting: a category word after them, in the same clause, says
// what the broken thing is for or links, not what went wrong ("a separate network used for services
// such as monitoring and internal DNS", "le WAN qui relie ses centres de données").
export const DESCRIPTION_CUES: string[] = [
  "used for", "which links", "that links", "linking", "which connect*", "that connect*", "which carr*", "that carr*",
  "which serves", "that serves", "which hosts", "that hosts", "dedicated to",
  "utilise pour", "utilisee pour", "utilises pour", "utilisees pour", "servant a", "servant au", "servant aux", "qui sert",
  "qui servent", "qui relie", "qui relient", "reliant", "qui connecte", "qui connectent", "qui heberge", "qui hebergent",
  "qui transporte", "qui transportent", "dedie a", "dedie au", "dediee a", "dedies a", "dediees a",
];
// Lists of what a system serves, which may run on past commas: "services such as monitoring, DNS and logins".
export const SERVED_LIST_CUES: string[] = [
  "services such as", "systems such as", "tools such as", "functions such as", "features such as", "services like",
  "systems like", "services tels que", "systemes tels que", "outils tels que", "fonctions telles que",
  "fonctionnalites telles que", "services comme", "systemes comme",
];

// Phrases pointing at a supplier's failure as the cause.
export const THIRD_PARTY_CUES: string[] = [
  "fournisseur", "prestataire", "sous-traitant", "third-party", "third party", "provider", "vendor", "supplier",
    // "son hébergeur", "an upstream provider", "a partner's systems"
    "hebergeur", "upstream", "partenaire technique", "external partner",
    // who does the work for hire: "an outside contractor", "un prestataire extérieur", "ses prestataires"
    "prestataires", "contractor*", "subcontractor*", "sous-traitants",
    // who hosts or pays for it: "its cloud host", "a payments processor", "son prestataire de paiement"
    "cloud host", "hosting company", "hosting firm", "payment processor*", "payments processor*", "processeur de paiement",
    "prestataire de paiement",
    // the same in the plural: "an incident at one of its IT suppliers", "chez l'un de ses fournisseurs"
    "fournisseurs", "providers", "vendors", "suppliers", "hebergeurs",
    // who hosts or carries for the operator: "our hosting partner", "un opérateur de transit" (a partner alone is
// also a business ally or a victim: "trois de ses partenaires")
    "hosting partner", "partenaire d'hebergement", "operateur de transit", "operateurs de transit",
    // a firm outside the operator: "an outside firm", "une société extérieure", "a external company"
    "outside firm", "outside company", "external company", "external firm", "societe exterieure", "entreprise exterieure",
    "prestataire exterieur",
];

// A supplier word that names the failed operator's own trade, in apposition to its name: "mobile service
// provider Safaricom", "le fournisseur informatique Fastly", "Fastly, un fournisseur américain de
// services", "le fournisseur de messagerie Slack" (the name itself is checked against the failed services).
// Words between the supplier and the name after it are its qualifiers; a preposition right before the name
// makes the name another party ("a provider of Microsoft services", "le prestataire de Free", "chez").
// The same with the operator as the example of its kind ("un fournisseur de stockage comme Amazon Web Services",
// "a provider such as AWS") or as the subject the supplier word describes ("OVH, qui est le plus grand fournisseur
// d'hébergement", "Vodafone est l'un des trois plus grands fournisseurs", "AWS is the largest cloud provider").
export const NAME_AFTER_SUPPLIER = /^\s+(?:[a-z'-]+\s+){0,4}(?<!\b(?:of|de|du|des|for|pour|to|a|au|aux|chez|at|by|par|with|avec)\s+)["“«]?\s*$|^[^.;:!?()]{0,60}\b(?:comme|such\s+as|like|tels?\s+que|telles?\s+que)\s+$/;
export const NAME_BEFORE_SUPPLIER = /^["»”)]?\s*(?:\([a-z0-9 -]{1,20}\)\s*)?(?:,\s*(?:qui\s+est|which\s+is|who\s+is|the|le|la|l'|un|une|an?|one\s+of|l'un|l'une)?|\s+(?:est|etait|reste|demeure|is|was|remains))\s*(?:(?:un|une|le|la|l'|an?|the|one\s+of\s+the|l'un\s+des|l'une\s+des|des|d'un|d'une)\s*)?(?:[a-z0-9'-]+\s+){0,5}$/;

// Phrases saying the cause was not given: they yield the "unknown" category.
export const UNKNOWN_CUES: string[] = [
  "cause inconnue", "origine inconnue", "cause reste inconnue", "n'a pas precise", "n'a pas donne", "sans preciser",
  "aucune explication", "pas d'explication", "reste a determiner", "encore inconnue", "ne sont pas connues",
  "unknown cause", "cause is unknown", "cause remains unclear", "cause was not", "did not specify", "didn't specify",
  "did not say what", "didn't say what", "no explanation", "unclear what caused", "not yet known", "not clear what",
  "did not disclose", "has not disclosed", "hasn't disclosed", "remains unknown", "without explanation",
  // "n'a pas communiqué sur les causes", "restent inconnues", "on ignore encore", "has not said what", "still under investigation"
  "n'a pas communique", "n'ont pas communique", "pas encore communique", "reste inconnue", "restent inconnues", "reste inconnu",
  "restent inconnus", "pas encore connue*", "on ignore", "ignore encore", "ignore toujours", "has not said what", "hasn't said what",
  "have not said what", "not yet clear", "still unclear", "remains unclear", "under investigation", "being investigated",
  // a name with no mechanism: "un problème technique, sans plus de détails", "without giving details"
  "sans plus de details", "sans autre precision", "sans donner de details", "sans plus de precisions", "without giving details",
  "without further details", "without elaborating", "gave no details", "did not elaborate", "didn't elaborate",
  // still looking: "gave no further details", "still investigating the cause", "recherche toujours la cause"
  "no further details", "no further detail", "sans autre detail", "sans autres details", "still investigating",
  "investigating the cause", "investigating what caused", "recherche toujours la cause", "recherchent toujours la cause",
  "enquete sur les causes", "enquete sur la cause", "enquete sur l'origine",
];

// "Bug" and "glitch" also name the outage itself, above all in French ("ce bug géant", "le gros bug de
// Facebook", "this glitch"): with a demonstrative or a size before them, or a size after, they are the
// event, not the defect behind it. The "backbone of the web" is a figure of speech ("l'épine dorsale").
export const EVENT_BEFORE = /\b(?:ce|cet|cette|ces|this|that|these|those|gros|grand|enorme|immense|huge|massive|giant|big|vaste)\s+$/;
export const EVENT_AFTER = /^\s+(?:geants?|mondia(?:l|ux)|massifs?|generalises?|planetaires?|gigantesques?|general|globa(?:l|ux)|monstres?)\b/;
export const EVENT_WORDS = /^(?:bugs?|bogues?|glitch(?:es)?|dorsales?)$/;
export const FIGURE_BEFORE = /\bepine\s+$/;

// Within a few words before a cause word, these deny it ("not a cyberattack", "aucune cyberattaque", "rejected
// claims that", "a rejeté l'hypothèse" (but "rejeté la responsabilité sur" blames), "had nothing to do with", "unrelated to",
// "épargnés par l'incendie", "spared by the fire", "rien n'indique", "dismissed reports of", "a balayé les
// soupçons de", the French for "brushed aside"); "sans doute"
// is a hedge ("probably"), not a denial.
export const NEGATION_BEFORE = /(?:\breject(?:ed|s|ing)?\b|\brejet(?:te|tent|e|ee)\b(?!\s+(?:la\s+)?(?:responsabilite|faute))|\brefuted\b|\bbrushed\s+aside\b|\bbalaye(?:nt|es?)?\b|\bnothing\s+to\s+do\s+with\b|\brien\s+a\s+voir\b|\bunrelated\b|\bpas\b|\bpas d'|\baucun\b|\baucune\b|\bni\b|\bsans\b(?!\s+doute)|\bepargne[es]*\s+par\b|\bspared\s+(?:by|from)\b|\b(?:untouched|unaffected)\s+by\b|\bnon\b|\bnot\b|\bno\b|\bnor\b|\bwithout\b|\bruled out\b|\brule out\b|\bexclu\b|\bexclut\b|\becarte\b|\bdementi\b|\bdenied\b|\bdenies\b|\bdeny\b|\bdement\b|\bdementent\b|\bnie\b|\bnient\b|\brefute\b|\brather than\b|\bplutot qu\b|\bet non\b|\bn'etait\b|\bn'est\b|\bwasn't\b|\bisn't\b|\bweren't\b|\bno evidence\b|\baucune preuve\b|\bnothing to suggest\b|\brien n'indique\b|\brien ne (?:permet|laisse|prouve|montre|suggere)\b|\bnothing (?:indicates|suggests|shows)\b|\bdismiss(?:ed|es|ing)?\b)[^.;:]{0,45}$/;

// A negation followed by other words and then one of these connectors belongs to the symptom, not the
// cause: "users could not log in because a DNS failure..." (while "not because of a DDoS" denies it).
// A cause joined by "or" / "ou" / "ni" to a denied one is denied too, however long the first: "pas lié aux
// burritos gratuits (nous y reviendrons) ou à un piratage", "not caused by the new release or by an attack".
export const NEGATION_BEFORE_OR = /(?:\bpas\b|\baucun\b|\baucune\b|\bni\b|\bnot\b|\bno\b|\bnor\b|\bneither\b)[^.;:]{0,120}\b(?:ou|or|ni|nor)\s+(?:(?:a|au|aux|to|by|de|du|d'|from)\s*)?(?:(?:un|une|a|an|the|des|la|le|l')\s*)?$/;
// A contrast after the negation ends what it denies: "not an attack but a configuration error",
// "aucune explication officielle, mais une attaque DDoS".
// A negation of confirming: "has not yet confirmed a cyberattack", "n'a pas confirmé la piste d'une cyberattaque".
export const NOT_CONFIRMED = /^\S+\s+(?:(?:yet|encore|toujours|officially|officiellement)\s+)?(?:confirm|confirme)/;
export const CONTRAST_AFTER_NEGATION = /\b(?:but|however|mais|cependant|toutefois|pourtant)\b/g;
// The same holds for the other links of cause: "left without service due to a hardware failure", "sans réseau
// suite à une coupure", "unable to log in owing to", "privés d'internet à la suite d'un incendie" ("not due to an
// attack", "pas dû à", "not caused by", "was not directly due to" deny it: the link right after the negation and its
// particles is the denied one; the particles are taken whole, as an atomic group, so no backtracking gives one back).
const CAUSAL_LINK = String.raw`because|parce|a cause|en raison|due|du|dus|dues|owing|caused|causee?s?|provoquee?s?|suite|a la suite|following|after|apres`;
export const SYMPTOM_NEGATION_SCOPE = new RegExp(String.raw`^\S+\s+(?=((?:(?:pas|plus|jamais|not|never|n't|been|ete|directly|directement|only|seulement|uniquement)\s+)*))\1(?!(?:${CAUSAL_LINK})\b)\S+.*?(?:\bbecause\b|\bparce qu|\ba cause d|\ben raison d|\bdue\s+to\b|\bowing\s+to\b|\bcaused\s+by\b|\b(?:du|due|dus|dues)\s+a\b|\b(?:causee?s?|provoquee?s?)\s+par\b|\bsuite\s+a\b|\ba\s+la\s+suite\s+d)`);
// A defect of the code, as opposed to an act on it: a bug, a leak, an endless loop, a flaw (find-causes reads the
// saturation after one as what the defect did).
export const DEFECT_WORD = /\b(?:bugs?|bogues?|leaks?|fuites?|loops?|boucles?|defects?|defauts?|flaws?|glitch(?:es)?|erreurs?|errors?)\b/;
// A cause named inside a reporter's question ("Asked whether a cyberattack was involved, the spokesman said...",
// "Interrogé sur une éventuelle cyberattaque, le porte-parole...", "questioned about a possible hack"): the
// question names it, the answer after the comma says whether it holds, so the question's words state nothing.
export const ASKED_BEFORE = /\b(?:(?:asked|questioned|quizzed|pressed)\s+(?:whether|if|about|on)|interroge(?:e|s|es)?\s+sur|questionne(?:e|s|es)?\s+sur|a\s+la\s+question\s+de\s+savoir\s+si)\b[^,;:.!?]*$/;

// Attribution to the operator: the cause is confirmed.
export const CONFIRMED_CUES: string[] = [
  "a confirme", "ont confirme", "a explique", "a precise", "a indique", "a reconnu", "a declare", "a annonce", "a assure",
  "selon l'entreprise", "selon la societe", "selon le groupe", "dans un communique", "dans un billet",
  "post-mortem", "postmortem", "rapport d'incident", "confirmed", "the company said", "company said", "said in a statement",
  "said in a blog", "wrote in a blog", "blog post", "according to the company", "explained",
  "acknowledged", "admitted", "statement", "official", "officiel*", "engineering blog", "root cause", "cause profonde", "cause premiere", "cause racine",
  "said the", "said that", "attributed", "a attribue", "a impute",
    // the operator speaking, however named: "Google said", "a indiqué l'entreprise", "selon l'opérateur"
    "said", "says", "told", "wrote", "announced", "reported on its status page", "status page", "page de statut",
    "spokesperson", "spokesman", "spokeswoman", "porte-parole", "selon l'operateur", "selon la plateforme",
    "selon l'editeur", "selon l'hebergeur", "selon le fournisseur", "a ajoute", "a admis", "a communique",
];

// The operator speaking of itself: "we rolled back the change", "our name servers", "nous avons identifié",
// "notre hébergeur". The press does not say "we" of a company's systems; "as we reported", "comme nous
// l'écrivions", "à l'heure où nous écrivons ces lignes", "we have contacted", "selon nos informations",
// "our sources" are the newsroom, and "US"
// folds to "us", so "us" is left out.
export const FIRST_PERSON = /(?<!\b(?:as|comme|ainsi\s+que)\s+)\b(?:we|we're|we've|our|ours|ourselves|nous|notre|nos)\b(?!\s+(?:(?:l'|le\s+|vous\s+|les\s+|en\s+)?(?:ecriv|ecrit|redige|rapport|contact|sollicit|interrog|signal|rappel|report|wrote|writ|contact|reach|asked|told\s+you)|(?:have|had|avons|avions)\s+(?:contact|reach|sollicit|interrog|ecrit|written|report|rapport|asked|demand)|(?:informations|sources|confreres|consoeurs|colleagues|redaction|enquete|journalistes|lecteurs|readers|reporting|newsroom|reporters|investigation)\b))/;
// The heads of a status page's updates (Atlassian Statuspage's phases and component states, in English and
// in the French its pages use): "Identified - The issue has been isolated to...", "Résolu - ...". On them
// the operator speaks, and what they name is what is happening to its service. The phases are the time
// reader's (STATUS_HEAD_ROLES, one list of them); the component states beside them ("Degraded performance -",
// "Panne partielle :") head updates too but mark no moment.
// A news live blog's "Update: 4 p.m." or "Mise à jour, 14 h" is no status page: "update" counts before a dash
// and not before a time.
const STATUS_COMPONENT_STATES = [String.raw`post-mortem`, String.raw`degraded\s+performance`, String.raw`partial\s+outage`, String.raw`major\s+outage`,
  String.raw`performances?\s+degradees?`, String.raw`panne\s+partielle`, String.raw`panne\s+majeure`];
const STATUS_PHASES = Object.keys(STATUS_HEAD_ROLES).map((label) => escapeRegExp(label).replace(/ /g, String.raw`\s+`));
export const STATUS_UPDATE_HEAD = new RegExp(String.raw`^\s*(?:(?:${[...STATUS_PHASES, ...STATUS_COMPONENT_STATES].join("|")})\s*[-\u2013\u2014:|]|(?:update|mise\s+a\s+jour)\s*[-\u2013\u2014]\s*(?![\d(]))`);
// Titles of an operator's own account of an incident: "Incident report: ...", "Post-incident review",
// "Postmortem of ...", "Root cause analysis", "Rapport d'incident", "Cause première de la panne", and a
// title that opens on "Summary of the ... disruption / event" (how AWS and Fastly title theirs: "Summary
// of the Amazon S3 Service Disruption"; a press title only names someone's summary further in).
export const OWN_REPORT_TITLE = /\b(?:incident\s+reports?|post-?incident\s+(?:review|report|summary)|post-?mortem|root\s+cause\s+analysis|rapport\s+d'incident|analyse\s+post-incident|retour\s+d'experience|cause\s+(?:premiere|racine)|incident\s+(?:retrospective|review)|bilan\s+de\s+l'(?:incident|interruption)|compte\s+rendu\s+(?:de\s+l'incident|d'incident))\b|^\W*summary\s+of\s+the\s+(?:[a-z0-9'-]+\s+){0,6}?(?:disruptions?|outages?|events?|incidents?|interruptions?)\b/;
// (an act "as a precaution", "par précaution", anywhere in the sentence, is a step taken while the cause is sought:
// "rolled back the deployment as a precaution while it investigated": PRECAUTION)
// A mechanism brought in to end the outage, when the sentence says nothing of causes: "engineers deployed a
// software update to restore service", "ont déployé une mise à jour pour rétablir le service".
// ("a software update released after the outage fixed the login problems" is the fix too; "to replace the
// cables" names what is being repaired, not a cause.)
export const FIX_PURPOSE_AFTER = /^[^.;:!?]{0,40}?\b(?:(?:to|in\s+order\s+to|pour|afin\s+de)\s+(?:help\s+)?(?:restore|fix|resolve|repair|mitigate|recover|correct|address|retablir|corriger|resoudre|reparer|restaurer|remedier|relancer)|fixed|resolved|solved|corrected|(?:a|ont)\s+(?:corrige|resolu|regle|retabli))\b/;
export const PRECAUTION = /\b(?:as\s+a\s+precaution(?:ary\s+measure)?|precautionary|par\s+(?:mesure\s+de\s+)?precaution|a\s+titre\s+(?:preventif|de\s+precaution))\b/;
// and capacity the operator will add is a plan against the next rush, not what failed: "said it would add capacity
// ahead of the sale", "will add servers", "va renforcer ses capacités", "prévoit d'ajouter des serveurs".
export const FIX_PURPOSE_BEFORE = /\b(?:to|pour|afin\s+de)\s+(?:replace|repair|fix|swap\s+out|remplacer|reparer|changer)\s+(?:[a-z'-]+\s+){0,3}$|\b(?:would|will|plans?\s+to|intends?\s+to|va|vont|prevoi(?:t|ent)\s+d[e']|compte(?:nt)?)\s*(?:add|increase|expand|boost|double|ajouter|augmenter|renforcer|accroitre|doubler)\s+(?:[a-z'-]+\s+){0,3}$/;
// Words between an attack and what it aimed at: "an attack against our DNS" names DNS as the target.
export const ATTACK_TARGET_BETWEEN = /\b(?:against|on|targeting|aimed\s+at|visant|contre|sur|ciblant)\b/;

// "Selon Meta", "according to Orange", "d'après l'opérateur": the words before the operator's name
// (any operator, from the failed services: see operatorSubjects) that make it the source of the cause.
export const ACCORDING_TO_BEFORE = /\b(?:selon|d'apres|according\s+to)\s+(?:l'|le\s+|la\s+|les\s+|the\s+)?$/;

// A French past tense of speech with an adverb between: "a finalement confirmé", "ont officiellement
// reconnu", "a depuis expliqué" (the plain "a confirmé" is in CONFIRMED_CUES).
export const SPEECH_PAST_ADVERB = /\b(?:a|ont|avait|avaient)\s+(?:[a-z]+ment|enfin|depuis|bien|deja|ensuite|alors|pour sa part|de son cote)\s+(?:confirme|explique|precise|indique|reconnu|declare|annonce|assure|admis|attribue|impute|communique|ajoute)(?![a-z])/;

// A speech verb after a quotation or a comma, in the present: "« ... », indique Free", ", explique-t-elle",
// ", précise l'opérateur" (the inverted form only: "la panne s'explique par" is no one speaking).
export const SPEECH_AFTER_QUOTE = /(?:[»"”]|,)\s*(?:indique|explique|precise|affirme|declare|souligne|reconnait|confirme|annonce|ajoute|assure|ecrit)(?:-t-(?:il|elle|ils|elles))?(?![a-z])/;

// Hedges and claims: the cause is speculated.
export const SPECULATED_CUES: string[] = [
  "hypothese*", "expert*", "peut-etre", "pourrait", "pourraient", "aurait", "auraient", "serait", "seraient",
  "possible*", "probable*", "suppos*", "specul*", "soupcon*", "rumeur*", "allegu*", "pretend*", "rejete la responsabilite",
  "could", "might", "may have", "possibly", "likely", "suspect*", "speculat*", "theor*", "rumor*", "rumour*", "alleged*",
  "claimed", "claims", "claim", "claiming", "revendiqu*",
    // what goes round online is hearsay: "posts circulating on social media", "des messages qui circulent"
    "circulating", "circulent", "qui circule", "blamed", "without evidence", "sans preuve", "unconfirmed", "non confirme*", "guess*", "affirme sans",
    // guesses in other words: "apparently", "il semblerait", "analysts suggested", "users wondered"
    "apparently", "apparemment", "semble*", "perhaps", "maybe", "analyst*", "analyste*", "suggest*", "suggere*",
    "wonder*", "piste*", "has not confirmed", "n'a pas confirme", "not yet confirmed", "did not confirm", "didn't confirm",
    "pas encore confirme", "n'a pas encore confirme", "ne confirme pas", "sans aucune preuve", "sans la moindre preuve",
    "without any evidence",
  "whether", "on ignore si", "reste a savoir si",
    // beliefs, not statements: "people thought it was an attack", "les joueurs pensaient à un piratage"
    "pensai*", "croyai*", "thought", "believed", "assumed", "feared", "craignai*",
    // likelihood words: "vraisemblablement", "sans doute" (which means "probably"), "appears to have", "seems to"
    "vraisemblabl*", "sans doute", "appears to", "appear to", "appeared to", "seem*", "a priori", "potentiel*", "potential*",
    // indirect questions: "les ingénieurs cherchent à savoir si", "reste à déterminer si"
    "savoir si", "determiner si", "verifier si", "se demandent si", "se demande si",
];

// Verbs by which someone names the cause ("Meta blamed a technical issue", "la société a attribué la
// panne à", "Cloudflare a imputé l'incident à"); whose words they are depends on their subject.
export const BLAME_VERBS: string[] = [
  "blamed", "blames", "blaming", "attributed", "attributes", "attributing", "pinned", "pins", "imputed",
  "a attribue", "ont attribue", "attribue", "attribuent", "attribuait", "a impute", "ont impute", "impute", "imputent",
  "a mis en cause", "met en cause",
];
// A passive verb has no blamer before it ("the outage was blamed on", "la panne est attribuée à").
export const PASSIVE_BEFORE = /(?:\bwas|\bwere|\bis|\bare|\bbeen|\bbeing|\bbe|\best|\bsont|\betait|\betaient|\bete|\betre) $/;
// Subjects that speak for the operator without naming it.
export const OPERATOR_SUBJECT_CUES: string[] = [
  "the company", "the firm", "the group", "the platform", "the social network", "the operator", "the provider",
  "the tech giant", "its engineers", "its spokesperson", "a spokesperson", "a spokesman", "a spokeswoman",
  "la societe", "l'entreprise", "le groupe", "la firme", "la plateforme", "le reseau social", "l'operateur",
  "l'hebergeur", "le fournisseur", "le geant", "ses ingenieurs", "son porte-parole", "un porte-parole",
  // who runs a game, an app or a network: "l'éditeur a attribué", "the studio blamed", "the carrier blamed"
  "l'editeur", "le studio", "l'exploitant", "the publisher", "the developer", "the studio", "the carrier",
  // the kinds of operator other than tech firms, and the staff who work for it with their article ("the bank
  // blamed", "la compagnie a mis en cause", "les ingénieurs ont attribué"; an outsider is named as one:
  // "experts", "some engineers")
  "the bank", "the airline", "the retailer", "the insurer", "the agency", "the ministry", "the engineers", "the technicians",
  "la banque", "la compagnie", "l'enseigne", "l'assureur", "l'agence", "le ministere", "les ingenieurs", "les techniciens",
];
// Subjects outside the operator: what they blame is a guess.
export const OUTSIDER_SUBJECT_CUES: string[] = [
  "users", "user", "some", "many", "others", "analyst*", "expert*", "observers", "critics", "commentators", "researchers",
  "specialist*", "people", "customers", "internautes", "utilisateurs", "usagers", "certains", "beaucoup", "d'autres",
  "analyste*", "observateurs", "critiques", "commentateurs", "chercheurs", "specialiste*", "clients", "abonnes",
];

// A denial after the cause it denies, in the same clause: the passive or a relative clause ("des rumeurs de
// cyberattaque, démenties par la compagnie", "la piste d'une attaque a été écartée", "a cyberattack, which the
// airline denied", "claims of a hack were quickly ruled out"). A negation before the denial word keeps the
// cause open ("une cyberattaque n'est pas exclue", "has not been ruled out"), and a contrast ends the clause.
const DENIED_WORD = String.raw`(?:dementie?s?|dementi|dement|dementent|niee?s?|nie|nient|ecartee?s?|ecarte|ecartent|exclue?s?|exclut|excluent|rejetee?s?|balayee?s?|denied|denies|deny|ruled\s+out|rules\s+out|dismissed|dismisses|rejected|rejects|refuted|refutes|debunked)`;
export const DENIAL_AFTER = new RegExp(String.raw`^(?:(?!\b(?:but|mais|however|cependant|toutefois|pas|not|n't|never|jamais|ne|n')\b)[^.;:!?])*?(?:\b(?:(?:a|ont|avait|avaient)\s+ete|est|sont|etait|etaient)\s+(?:(?:rapidement|vite|aussitot|depuis|fermement|formellement|officiellement)\s+)*${DENIED_WORD}\b|,\s*${DENIED_WORD}\s+(?:par|by)\b|\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been|been)\s+(?:(?:quickly|swiftly|since|later|firmly|flatly|officially|promptly)\s+)*${DENIED_WORD}\b|\b(?:which|that|que|qu')\s*(?:[a-z'-]+\s+){0,4}(?:(?:has|had|have|a|ont|avait|quickly|swiftly|flatly|firmly|aussitot|formellement)\s+)*${DENIED_WORD}\b)`);
// A next sentence that denies what the one before names, without naming it again: the denial verb with a pronoun,
// a demonstrative or a colon for its object, or nothing at all ("Une source au sein de la compagnie dément :",
// "L'opérateur a démenti ces informations.", "The company denied it.", "Acme has dismissed the claims.").
export const DENIES_PREVIOUS = new RegExp(String.raw`^(?:(?!\b(?:but|mais|however|cependant|toutefois|pas|not|n't|never|jamais)\b)[^.;!?])*?(?:\b(?:l'a|les\s+a|l'ont|les\s+ont|le|la|les|l')\s*(?:formellement\s+|fermement\s+|aussitot\s+|rapidement\s+)?${DENIED_WORD}\b|\b${DENIED_WORD}\s*(?:[:«".,]|$|(?:formellement|fermement|categoriquement|cette\s+(?:information|rumeur|hypothese|piste|version)|ces\s+(?:informations|rumeurs|allegations|affirmations)|toute\s+(?:attaque|cyberattaque)|(?:it|this|that|them|these\s+(?:claims|reports|rumou?rs)|such\s+(?:claims|reports)|the\s+(?:claims?|rumou?rs?|reports?|allegations?|speculation))\b))|\b(?:il\s+n'en\s+est\s+rien|ce\s+n'est\s+pas\s+le\s+cas|that\s+is\s+not\s+the\s+case|this\s+is\s+not\s+the\s+case|that\s+was\s+not\s+the\s+case)\b)`);
