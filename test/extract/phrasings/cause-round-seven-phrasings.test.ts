// Round seven of the cause tables, each rule with its look-alikes, written for these tests (not taken from
// the corpora nor from paraphrase set c): another event told in the pluperfect with its year, the operator's
// own summary by its title, kinds of operator and their staff as the blamer, a hedge in another clause,
// a spare that failed to take over, a supplier named by what it does for the failed service.
import { checkCauseCases } from "./check-cause-cases";

checkCauseCases([
  { lang: "en", text: "Observers pointed out that a fire had knocked the same facility offline in 2018.", cause: null },
  { lang: "en", text: "A faulty router had caused a similar blackout at the carrier back in 2016, critics said.", cause: null },
  { lang: "fr", text: "En 2018, un incendie avait déjà détruit une partie de ce site d'hébergement.", cause: null },
  { lang: "fr", text: "Une attaque par déni de service avait paralysé la plateforme en 2020, rappellent des usagers.", cause: null },
  // the simple past with a year, and the pluperfect without one, stay this outage's cause
  { lang: "en", text: "The outage was caused by a certificate issued in 2023 that expired on Tuesday.", cause: "config-change" },
  { lang: "en", text: "By noon it was clear that the certificate had expired overnight.", cause: "config-change" },
  { lang: "fr", text: "Le certificat avait expiré dans la nuit, a reconnu l'entreprise.", cause: "config-change" },
  // "had" before a determiner is possession, not the pluperfect
  { lang: "en", text: "On Tuesday, June 10, 2025, the bank had an outage caused by a power failure.", cause: "hardware-or-datacenter" },
], "another event, in the pluperfect with its year");

checkCauseCases([
  { lang: "en", title: "Summary of the Tuesday network event in our Paris region", text: "A fibre cut between two sites isolated the region.", cause: "hardware-or-datacenter", status: "confirmed" },
  { lang: "en", title: "Summary of the payment service disruption", text: "A change to the database schema slowed every query.", cause: "config-change", status: "confirmed" },
  // a press title that names someone's summary further in is the press's
  { lang: "en", title: "Bank outage: a summary of the disruption", text: "A change to the database schema slowed every query.", cause: "config-change", status: "reported" },
  { lang: "en", title: "What we know: summary of the outage", text: "A fibre cut between two sites isolated the region.", cause: "hardware-or-datacenter", status: "reported" },
], "the operator's summary by its title");

checkCauseCases([
  { lang: "en", text: "The bank blamed a power failure at its data centre for the outage.", cause: "hardware-or-datacenter", status: "confirmed" },
  { lang: "en", text: "The ministry blamed a surge of visitors for the crash of its portal.", cause: "capacity-overload", status: "confirmed" },
  { lang: "fr", text: "La compagnie a mis en cause une panne de courant dans son centre de données.", cause: "hardware-or-datacenter", status: "confirmed" },
  { lang: "fr", text: "Les techniciens ont imputé la coupure à une erreur de configuration.", cause: "config-change", status: "confirmed" },
  // outsiders who blame still guess
  { lang: "en", text: "Customers blamed a cyberattack on social media.", cause: "cyberattack", status: "speculated" },
  { lang: "fr", text: "Des clients de la banque ont attribué la panne à un piratage.", cause: "cyberattack", status: "speculated" },
], "kinds of operator and their staff as the blamer");

checkCauseCases([
  { lang: "en", text: "Identified - A DDoS attack is targeting our edge; some requests might fail.", cause: "cyberattack", status: "confirmed" },
  { lang: "fr", text: "Identifié - Une attaque DDoS vise notre réseau ; certaines requêtes peuvent échouer, des lenteurs sont possibles.", cause: "cyberattack", status: "confirmed" },
  // a hedge in the clause of the cause still hedges it
  { lang: "en", text: "The site is down; it could be a DDoS attack.", cause: "cyberattack", status: "speculated" },
  { lang: "fr", text: "Le site est inaccessible ; il pourrait s'agir d'une attaque DDoS.", cause: "cyberattack", status: "speculated" },
], "a hedge in another clause");

checkCauseCases([
  { lang: "en", text: "The mains supply dropped and the backup power failed to start.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The chillers tripped and the backup cooling failed to kick in.", cause: "hardware-or-datacenter" },
  // a service that failed to do something is no part
  { lang: "en", text: "The app failed to load for many users on Tuesday.", cause: null },
], "a spare that failed to take over");

checkCauseCases([
  { lang: "en", text: "The shop went offline because the hosting company that runs it suffered a power failure.", cause: ["hardware-or-datacenter", "third-party"] },
  { lang: "en", text: "The game was unreachable because the cloud platform it relies on had an outage.", cause: "third-party" },
  { lang: "en", text: "Banking apps stopped working: the payments network they use had a failure.", cause: "third-party" },
  { lang: "fr", text: "Le site est tombé parce que la plateforme qui l'héberge était en panne.", cause: "third-party" },
  { lang: "fr", text: "Les applications bancaires se sont arrêtées : le réseau qu'elles utilisent a connu une panne.", cause: "third-party" },
  // a setting described, with no failure of its own
  { lang: "en", text: "The cloud platform it relies on is one of the largest in Europe.", cause: null },
  { lang: "fr", text: "La plateforme qui l'héberge est l'une des plus grandes d'Europe.", cause: null },
], "a supplier named by what it does for the failed service");

checkCauseCases([
  { lang: "en", text: "The disruption came just days after a DDoS attack on a rival bank.", cause: null },
  { lang: "fr", text: "Cette panne intervient quelques semaines après la cyberattaque qui a visé une autre mutuelle.", cause: null },
  // this outage's own cause, named before the other event
  { lang: "en", text: "The outage, caused by a faulty software update, comes weeks after a DDoS attack on a rival bank.", cause: "software-bug" },
  { lang: "fr", text: "La panne, due à une erreur de configuration, survient deux mois après une cyberattaque contre un concurrent.", cause: "config-change" },
], "another event set before this one in time");

checkCauseCases([
  { lang: "fr", text: "La direction a balayé les rumeurs d'une attaque informatique.", cause: null },
  { lang: "fr", text: "L'entreprise balaye toute idée d'incendie dans ses locaux.", cause: null },
  // the denial ends with its clause
  { lang: "fr", text: "L'opérateur a balayé les soupçons de piratage : une erreur de configuration est en cause.", cause: "config-change" },
], "a hypothesis brushed aside, in French");
