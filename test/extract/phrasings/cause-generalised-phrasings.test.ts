// Round five of the cause tables: mechanisms read from the general shape of their wording rather
// than from a listed phrase: word families ("des erreurs humaines", "pushed beyond their limits"),
// a trouble word with the part of the system it is in ("un problème dans le code", "an issue with
// the disks"), failed equipment without a determiner or quoted ("un dysfonctionnement d'antennes"), a crowd at one
// moment ("so many fans ... at the same time"), a change made to servers or clusters; with negatives.
// Written for these tests, not taken from the corpora.
import { checkCauseCases } from "./check-cause-cases";

checkCauseCases([
  { lang: "fr", text: "La panne est due à des erreurs humaines répétées lors d'une intervention.", cause: "config-change" },
  { lang: "fr", text: "La fibre a été coupée par une pelleteuse, ce qui a provoqué la coupure.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Un problème dans le code de la plateforme est à l'origine de la panne.", cause: "software-bug" },
  { lang: "fr", text: "Selon l'opérateur, un souci de réglages sur les serveurs a provoqué l'interruption.", cause: "config-change" },
  { lang: "fr", text: "La panne s'explique par un souci sur les disques d'un serveur de stockage.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "La coupure est due à un dysfonctionnement d'antennes relais.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "La panne est due à la défaillance d'une « antenne » principale.", cause: "hardware-or-datacenter" },
  { lang: "fr", text: "Tellement d'internautes se sont connectés au même moment que les serveurs sont tombés, ce qui explique la panne.", cause: "capacity-overload" },
  { lang: "fr", text: "Le site a été victime de son propre succès, ce qui a provoqué la panne.", cause: "capacity-overload" },
  { lang: "fr", text: "Une modification effectuée sur un cluster de bases de données a provoqué la panne.", cause: "config-change" },
], "French mechanisms by their general shape");

checkCauseCases([
  { lang: "en", text: "Repeated human errors during the work caused the outage.", cause: "config-change" },
  { lang: "en", text: "A glitch in the software that routes calls caused the outage.", cause: "software-bug" },
  { lang: "en", text: "An issue with the disks of a storage server caused the outage.", cause: "hardware-or-datacenter" },
  { lang: "en", text: "The crash happened because so many fans tried to buy tickets at the same time.", cause: "capacity-overload" },
  { lang: "en", text: "The servers were pushed beyond their limits, which caused the outage.", cause: "capacity-overload" },
  { lang: "en", text: "A change made to a database cluster caused the outage.", cause: "config-change" },
], "English mechanisms by their general shape");

// The same shapes in a title, in the operator's quoted words, and as the answer after a guess.
checkCauseCases([
  { lang: "fr", title: "Panne chez l'opérateur : des erreurs humaines en cause", text: "Les clients n'ont pas pu appeler pendant trois heures.", cause: "config-change" },
  { lang: "en", title: "Outage blamed on a glitch in the software", text: "Users could not log in for two hours on Tuesday.", cause: "software-bug" },
  { lang: "fr", text: "« Un souci sur les disques de nos serveurs de stockage a provoqué l'interruption », a précisé l'hébergeur.", cause: "hardware-or-datacenter", status: "confirmed" },
  { lang: "fr", text: "Des internautes ont d'abord soupçonné une cyberattaque. L'opérateur a depuis reconnu qu'un problème dans le code était à l'origine de la panne.", cause: "software-bug", status: "confirmed" },
  { lang: "en", text: "Some users first suspected an attack. The company later confirmed that an issue with the disks of a storage cluster had caused the outage.", cause: "hardware-or-datacenter", status: "confirmed" },
], "general shapes in titles, quotes and confirmations");

checkCauseCases([
  // the failed product named by its kind is the outage, not a fault in its code
  { lang: "fr", text: "La panne du logiciel de messagerie, qui a causé des retards, a duré trois heures.", cause: null },
  // a crowd that was hit is the outage's reach
  { lang: "fr", text: "Trop de clients ont été touchés en même temps par la panne, ce qui explique la colère.", cause: null },
  { lang: "en", text: "So many users were affected at the same time that the outage made headlines, which explains the anger.", cause: null },
  // a limit that is not the system's own capacity, and a denied expiry
  { lang: "en", text: "The file grew beyond a hard limit, which caused the outage.", cause: null },
  { lang: "en", text: "The certificate did not expire, the company said, and the outage was caused by something else.", cause: null },
  { lang: "fr", text: "La panne, survenue courant mars, a causé des retards.", cause: null },
], "Negatives of the general shapes");
