// The practitioner's glossary per cause category (cause-cues.ts, "glossary" comments), each term in its
// own phrasing written for these tests (not taken from the corpora nor from paraphrase sets c and d), in
// both languages, and the same terms where they name no cause of this outage: denied, in a fix, in
// another event, in background.
import { checkCauseCases } from "./check-cause-cases";

checkCauseCases([
  { lang: "en", text: "The outage was caused by our DNS resolvers, which stopped answering queries after a restart.", cause: "network-bgp-dns" },
  { lang: "en", text: "Engineers traced the failure to name resolution errors inside the cluster.", cause: "network-bgp-dns" },
  { lang: "fr", text: "La panne a été causée par une erreur de résolution de noms dans nos centres.", cause: "network-bgp-dns" },
  { lang: "en", text: "A broken entry in the zone file caused the site to disappear.", cause: ["network-bgp-dns", "config-change"] },
  { lang: "fr", text: "La panne est due à une erreur dans le fichier de zone du domaine.", cause: ["network-bgp-dns", "config-change"] },
], "DNS glossary");

checkCauseCases([
  { lang: "en", text: "The carrier's traffic was lost because a BGP hijack diverted it to another network.", cause: "network-bgp-dns" },
  { lang: "en", text: "Customers lost access after the operator's IP prefixes were withdrawn from the internet.", cause: ["network-bgp-dns", "config-change"] },
  { lang: "en", text: "Traffic to the bank was blackholed by a faulty filter at a transit network, causing the outage.", cause: ["network-bgp-dns", "config-change", "third-party"] },
  { lang: "fr", text: "La coupure est due à une fuite de routes chez un opérateur voisin.", cause: ["network-bgp-dns", "third-party"] },
  { lang: "fr", text: "Des annonces de préfixes erronées ont provoqué la panne du fournisseur d'accès.", cause: ["network-bgp-dns", "config-change"] },
], "routing glossary");

checkCauseCases([
  { lang: "en", text: "The crashes were caused by a race condition between two background jobs.", cause: "software-bug" },
  { lang: "fr", text: "Les plantages ont été causés par une condition de concurrence entre deux tâches.", cause: "software-bug" },
  { lang: "en", text: "An endless loop in the billing code brought the servers down.", cause: "software-bug" },
  { lang: "fr", text: "Une boucle infinie dans le code de facturation a fait tomber les serveurs.", cause: "software-bug" },
  { lang: "fr", text: "Une fuite mémoire a fait tomber les serveurs de jeu pendant la soirée.", cause: "software-bug" },
  { lang: "en", text: "The app went down because a faulty build was shipped to production.", cause: "software-bug" },
  { lang: "en", text: "The bank said corrupted data in its ledger caused the wrong balances.", cause: ["software-bug", "hardware-or-datacenter"] },
  { lang: "fr", text: "Des données corrompues sont à l'origine des soldes erronés, selon la banque.", cause: ["software-bug", "hardware-or-datacenter"] },
], "software glossary");

checkCauseCases([
  { lang: "en", text: "A disk failure in the main storage array caused the outage.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "La panne est due à une défaillance de disque dans la baie de stockage principale.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The outage was caused by a faulty UPS that dropped the load during a test.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "A chiller breakdown forced the operator to shut down part of the hall.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Une surtension a endommagé les équipements et provoqué la coupure.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Une pelleteuse a sectionné la fibre, provoquant la panne.", cause: "hardware-or-datacenter" },
], "machine-room glossary");

checkCauseCases([
  { lang: "en", text: "The outage was caused by a thundering herd of clients reconnecting at once.", cause: "capacity-overload" },
  { lang: "en", text: "The database connection pool ran out, which caused the errors.", cause: "capacity-overload" },
  { lang: "fr", text: "La panne est due à l'épuisement du pool de connexions de la base.", cause: "capacity-overload" },
  { lang: "fr", text: "Le site n'a pas tenu face à l'affluence des candidats le jour des résultats.", cause: "capacity-overload" },
], "load glossary");

checkCauseCases([
  { lang: "en", text: "The outage was caused by an incomplete certificate chain on the new servers.", cause: "config-change" },
  { lang: "fr", text: "La panne est due à une chaîne de certificats incomplète sur les nouveaux serveurs.", cause: "config-change" },
  { lang: "en", text: "An intruder who got into the network forced the company to shut systems down.", cause: "cyberattack" },
  { lang: "en", text: "A volumetric flood of traffic from thousands of devices took the site offline.", cause: "cyberattack" },
], "certificate and attack glossary");

checkCauseCases([
  { lang: "en", title: "Incident retrospective: failed logins", text: "A bad record in our zone file sent users to an old address.", cause: ["network-bgp-dns", "config-change"], status: "confirmed" },
  { lang: "fr", title: "Bilan de l'incident de mardi", text: "Une erreur dans notre fichier de zone a envoyé les utilisateurs vers une ancienne adresse.", cause: ["network-bgp-dns", "config-change"], status: "confirmed" },
  // a press title that only reviews the week is the press's
  { lang: "en", title: "Week in review: outages", text: "A bad record in the zone file sent users to an old address.", cause: ["network-bgp-dns", "config-change"], status: "reported" },
], "the operator's own review by its title");

checkCauseCases([
  { lang: "en", text: "The company said the outage was not caused by a race condition or any other software fault.", cause: null },
  { lang: "fr", text: "L'entreprise affirme que la panne n'est pas due à une fuite mémoire.", cause: null },
  { lang: "en", text: "Engineers restarted the resolvers to restore service.", cause: null },
  { lang: "fr", text: "Les équipes ont remplacé l'onduleur pour rétablir le service.", cause: null },
  { lang: "en", text: "Back in 2019, a BGP hijack had disrupted the same exchange.", cause: null },
  { lang: "fr", text: "En 2020, une fuite de routes avait déjà perturbé le même opérateur.", cause: null },
  { lang: "en", text: "It is unclear whether a botnet or a software bug was behind the outage, and the firm gave no explanation.", cause: ["cyberattack", "software-bug"], status: "speculated" },
], "glossary terms denied, in a fix, in another event");

checkCauseCases([
  { lang: "en", text: "The airline will switch its DNS to another provider next year.", cause: null },
  { lang: "fr", text: "La banque passera à une nouvelle version de son logiciel de paiement l'année prochaine, après la panne.", cause: null },
  { lang: "fr", text: "L'an prochain, l'opérateur remplacera ses onduleurs et ses groupes électrogènes.", cause: null },
  // a cause told in a sentence without the coming year stays
  { lang: "en", text: "The outage was caused by a DNS fault, the airline said.", cause: "network-bgp-dns" },
], "a plan for next year is no cause");

checkCauseCases([
  { lang: "en", text: "The outage followed a change to the load balancers that sent all traffic to one site.", cause: "config-change" },
  { lang: "en", text: "Engineers traced the failure to a firewall change made during the night.", cause: "config-change" },
  { lang: "fr", text: "La panne fait suite à une modification des répartiteurs de charge qui a envoyé tout le trafic vers un seul site.", cause: "config-change" },
  { lang: "fr", text: "Un changement sur les pare-feux du centre a bloqué les connexions, a expliqué l'opérateur.", cause: "config-change" },
  // a change to prices or rules of a shop is no infrastructure
  { lang: "en", text: "The outage came on the day of a change to the bank's pricing.", cause: null },
], "a change to the boxes that steer or filter traffic");

checkCauseCases([
  { lang: "fr", text: "La panne vient d'un prestataire chargé de la maintenance des serveurs de la mairie.", cause: "third-party" },
  { lang: "en", text: "The outage started at the contractor responsible for the maintenance of the bank's servers.", cause: "third-party" },
  // the operator's own maintenance stays the cause
  { lang: "fr", text: "La panne est due à une opération de maintenance sur les serveurs de la mairie.", cause: "config-change" },
], "maintenance as a supplier's job");

checkCauseCases([
  // the crowd of a time of day is no load on the servers (bare "affluence" read rush hour as the cause)
  { lang: "fr", text: "La panne a touché le réseau aux heures d'affluence, selon la compagnie.", cause: null },
], "the crowd in its other sense");
