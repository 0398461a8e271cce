// Round six of the cause tables: the same mechanisms in the forms the press bends them into, the passive,
// a phrasal verb, a nominalisation ("due to a failure of the primary power feed"), inflections a single
// cue word did not reach ("une base de données surchargée"), a crowd as an avalanche, water in the
// machine rooms; with the look-alikes (users flooding social media). Written for these tests, not taken
// from the corpora.
import { checkCauseCases } from "./check-cause-cases";

checkCauseCases([
  { lang: "en", text: "It was due to a failure of the primary power feed.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The outage was the result of the failure of several hard drives.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The slowdown was caused by too much load on the login servers.", cause: "capacity-overload" },
  { lang: "en", text: "An avalanche of requests from a popular new feature brought the servers to their knees.", cause: "capacity-overload" },
  { lang: "en", text: "Heavy rain flooded the basement where the servers sit, causing the outage.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The building housing the servers was flooded overnight, which caused the outage.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "L'application a été paralysée par une base de données surchargée.", cause: "capacity-overload" },
  { lang: "fr", text: "Trop de charge sur les serveurs de connexion a provoqué la panne.", cause: "capacity-overload" },
  { lang: "fr", text: "Une avalanche de requêtes liée à une nouvelle fonction a mis les serveurs à genoux.", cause: "capacity-overload" },
  { lang: "fr", text: "Le courant a été coupé dans le bâtiment, ce qui a fait tomber les serveurs.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "De fortes pluies ont inondé le sous-sol où se trouvent les serveurs, provoquant la panne.", cause: "hardware-or-datacenter" },
], "mechanisms in the press's other forms");

checkCauseCases([
  { lang: "en", text: "Users flooded social media with complaints, and the outage was caused by a bug.", cause: "software-bug" },
  { lang: "en", text: "Angry users flooded the support lines after the crash.", cause: null },
  { lang: "fr", text: "Les internautes ont inondé les réseaux sociaux de messages pendant la panne.", cause: null },
], "floods that are crowds");

// Causes that are not this outage's: denied in other words, recalled from another event, announced for
// later, or planned to meet demand; and the struggling servers that did cause it.
checkCauseCases([
  { lang: "en", text: "The firm rejected claims that a power failure caused the disruption.", cause: null },
  { lang: "fr", text: "L'entreprise a rejeté l'hypothèse d'une panne de courant.", cause: null },
  { lang: "en", text: "The outage had nothing to do with the ransomware attack that hit the company in May.", cause: null },
  { lang: "fr", text: "La panne n'a rien à voir avec l'attaque par rançongiciel subie en mai.", cause: null },
  { lang: "en", text: "Officials stressed that the incident was unrelated to last week's storm.", cause: null },
  { lang: "en", text: "Critics recalled that a blaze had knocked out the same facility two years ago.", cause: null },
  { lang: "fr", text: "Des observateurs rappellent qu'un incendie avait mis hors service le même site il y a deux ans.", cause: null },
  { lang: "en", text: "The operator had announced scheduled maintenance for next Sunday.", cause: null },
  { lang: "en", text: "More servers will be added next month to cope with growing demand.", cause: null },
  { lang: "en", text: "The operator said scheduled maintenance overran and caused the outage.", cause: "config-change" },
  { lang: "en", text: "The servers struggled to keep up with demand, which caused the outage.", cause: "capacity-overload" },
], "other events, denials and plans");

checkCauseCases([
  { lang: "en", text: "A faulty line of code in a routine update sent the servers into a crash loop.", cause: "software-bug" },
  { lang: "fr", text: "Une ligne de code fautive dans une mise à jour de routine a fait planter les serveurs en boucle.", cause: "software-bug" },
  { lang: "en", text: "The outage was down to an expired domain registration.", cause: ["config-change", "network-bgp-dns"] },
  { lang: "en", text: "A backhoe dug through a fibre trunk line, cutting service to the region.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "A distributed attack flooded the servers with traffic.", cause: "cyberattack" },
  { lang: "fr", text: "Une attaque distribuée a inondé les serveurs de trafic.", cause: "cyberattack" },
  { lang: "en", text: "The system failed because a disk filled up.", cause: "capacity-overload" },
  { lang: "fr", text: "Le système a lâché parce qu'un disque était plein.", cause: "capacity-overload" },
  { lang: "fr", text: "Les répartiteurs de charge ont manqué de mémoire et ont planté.", cause: "capacity-overload" },
  { lang: "fr", text: "Les problèmes sont apparus après l'arrivée massive de joueurs pour la nouvelle saison.", cause: "capacity-overload" },
], "more of the press's forms");

checkCauseCases([
  { lang: "fr", text: "Meta a reconnu un « problème technique affectant la capacité de certains utilisateurs à accéder à nos applications ».", cause: null },
  { lang: "en", text: "The company blamed a technical issue affecting the capacity of some users to log in.", cause: null },
  { lang: "fr", text: "La panne est due à un manque de capacité sur les serveurs de connexion.", cause: "capacity-overload" },
], "capacity, not people's ability");

checkCauseCases([
  { lang: "fr", text: "La panne soulève des questions sur leur capacité à éviter de tels problèmes.", cause: null },
  { lang: "en", text: "The outage happened because the servers lacked the capacity to handle the traffic.", cause: "capacity-overload" },
], "capacity as an ability");
