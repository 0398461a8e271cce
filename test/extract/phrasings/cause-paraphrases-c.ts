// Paraphrase set "c" of the cause check (round seven): 134 more sentences written for this check before
// it was first scored, not taken from any article, every category in both languages (domain names,
// certificates, routing, configuration pushes, software releases, load and live events, power and
// cooling, fire and water, cut cables, attacks, suppliers, disks and databases) as a journalist, the
// operator, a status page and the operator's own post-event account (a document with its own title,
// in title wordings the rules were not written from), and negatives: a hypothesis denied, a cause of
// another event, a fix told with cause words, an unrelated attack, a prior outage's cause, "no
// explanation given", background. Its figures are the held-out ones: rules are fixed on sets a and b
// and on corpus sentences, never on this set's misses alone.
import { rows, N, C, S, H, O, A, T, type Paraphrase } from "./cause-paraphrase-rows";

const PM_EN = ["Summary of the June 10 service disruption", "Root cause analysis: login outage of June 10", "Incident retrospective: delayed messages"];
const PM_FR = ["Retour sur l'incident du 10 juin", "Analyse post-incident : panne des connexions", "Bilan de l'interruption de service du 10 juin"];

export const CAUSE_PARAPHRASES_C: Paraphrase[] = [
  ...rows("c", "en", [
    // domain names and DNS
    ["press", [N, C], "reported", "Visitors got 'server not found' errors because the bank's domain had been pointed at the wrong name servers."],
    ["press", [N, C], "reported", "The game's website vanished after its domain registration was allowed to run out."],
    ["operator", [N], "confirmed", "A fault in our internal DNS resolvers meant our services could not find each other, and the whole platform stalled."],
    ["status", [N], "confirmed", "Identified - Name resolution for our API domain is failing in some regions; we have found the cause and are applying a fix."],
    // routing
    ["press", [N, T], "reported", "A route leak from a small network in another country sent the carrier's traffic on a detour and dropped much of it."],
    ["operator", [N, C], "confirmed", "We withdrew our IP prefixes by mistake during a network upgrade, and our data centres dropped off the internet."],
    ["status", [N], "confirmed", "Monitoring - Routing between our European regions has been restored after a BGP session flapped repeatedly."],
    ["press", [N], "reported", "Internet traffic to the telecom's customers was black-holed for two hours by a routing error."],
    // certificates
    ["press", [C], "reported", "Smart speakers stopped answering because a security certificate the devices rely on had expired."],
    ["operator", [C], "confirmed", "We failed to renew the certificate for our login domain in time, and browsers refused to connect."],
    ["status", [C], "confirmed", "Resolved - An expired SSL certificate on our payment gateway caused connection errors. A new certificate has been installed."],
    // configuration pushes
    ["press", [C], "reported", "A faulty configuration update sent to the airline's check-in systems grounded its online services."],
    ["operator", [C], "confirmed", "A change to our load balancer rules was applied globally instead of to a single test cluster."],
    ["status", [C], "confirmed", "Identified - A misconfiguration introduced during scheduled work is preventing logins. We are reverting the change."],
    ["postmortem", [C], "confirmed", "An engineer ran a command with a typo that removed more servers than intended.", PM_EN[0]],
    ["status", [C, N], "confirmed", "Postmortem - On Tuesday, a change to our network configuration made part of our fleet unreachable for 40 minutes."],
    // software releases
    ["press", [S], "reported", "A faulty app update left Android users staring at a blank screen."],
    ["operator", [S], "confirmed", "A bug in the new release of our routing software caused the servers to restart in a loop."],
    ["status", [S], "confirmed", "Resolved - A recent deployment contained a bug that broke message delivery; the deployment has been reverted."],
    ["press", [S], "reported", "The trouble began after the bank installed a new version of its mobile banking software overnight."],
    ["postmortem", [S], "confirmed", "The crash was triggered by a race condition in the code that handles session renewal.", PM_EN[1]],
    // load and live events
    ["press", [O], "reported", "The tax portal seized up as hundreds of thousands of people rushed to file on the last day."],
    ["press", [O], "reported", "The streaming app froze for many viewers when record numbers tuned in to the match."],
    ["operator", [O], "confirmed", "The number of simultaneous players was several times what we had planned for, and our servers were overwhelmed."],
    ["status", [O], "confirmed", "Investigating - Due to extremely high demand, some users may see queues or errors when trying to buy tickets."],
    ["postmortem", [O], "confirmed", "Connection pools on the database were exhausted by a surge of requests after the newsletter went out.", PM_EN[2]],
    // power and cooling
    ["press", [H], "reported", "An electrical fault at a data centre in Frankfurt knocked the cloud provider's region offline."],
    ["operator", [H], "confirmed", "The cooling system in one of our halls failed during the heatwave, and we had to shut down servers to protect them."],
    ["status", [H], "confirmed", "Update - A power outage at one of our data centres has affected a subset of servers. Power has been restored and systems are recovering."],
    ["press", [H], "reported", "Temperatures in the server rooms climbed after the air conditioning broke down, and machines shut themselves off."],
    // fire and water
    ["press", [H], "reported", "A blaze at the hosting company's site destroyed one building and took thousands of websites down."],
    ["operator", [H], "confirmed", "Water from a leaking roof reached the electrical room of our facility and cut power to the servers."],
    ["status", [H], "confirmed", "Identified - A fire alarm and the release of extinguishing gas in our data centre forced an emergency shutdown."],
    // cut cables
    ["press", [H], "reported", "An anchor dragged by a ship damaged a subsea cable, slowing the internet across the island."],
    ["operator", [H], "confirmed", "An excavator working on a road project cut through two of our fibre routes at the same time."],
    ["status", [H], "confirmed", "Identified - A fibre cut between two of our exchanges is affecting broadband customers in the north. Crews are on site."],
    // attacks
    ["press", [A], "reported", "Pro-Russian hackers flooded the ministry's websites with traffic, making them unreachable for hours."],
    ["press", [A], "reported", "A ransomware attack forced the retailer to take its online shop offline."],
    ["operator", [A], "confirmed", "We detected malicious activity on our network and took our systems offline as a precaution."],
    ["status", [A], "confirmed", "Monitoring - The denial-of-service attack against our platform has been mitigated and traffic is back to normal."],
    ["press", [A], "confirmed", "The bank said a cyberattack had disrupted its app and online banking."],
    // suppliers
    ["press", [T], "reported", "Thousands of websites went dark when the content delivery network they use had a problem."],
    ["operator", [T], "confirmed", "A problem at our payment processor meant cards were declined in our stores."],
    ["status", [T], "confirmed", "Investigating - We are aware of login issues caused by an outage at a third-party authentication provider."],
    ["press", [T], "confirmed", "The airline blamed a failure at the IT contractor that runs its booking system."],
    // disks and databases
    ["press", [H], "reported", "A faulty network switch in the bank's main data centre brought down its cash machines and app."],
    ["operator", [H], "confirmed", "Several disks in one storage array failed at once, and the array went read-only."],
    ["status", [H, S], "confirmed", "Identified - Our primary database became unavailable after a hardware fault; we are failing over to a replica."],
    ["postmortem", [H, S], "confirmed", "Data corruption on the primary database server forced us to restore from backups.", PM_EN[0]],
    // hypotheses
    ["press", [A], "speculated", "Some security researchers believe the outage could be the work of a state-backed group."],
    ["press", [O], "speculated", "It is possible that the servers simply could not cope with the interest, one analyst said."],
    ["press", [N], "speculated", "Network engineers outside the company suggested that a DNS problem might be behind it."],
    // negatives
    ["negative", null, "", "The operator dismissed suggestions that hackers were behind the disruption."],
    ["negative", null, "", "Contrary to rumours online, no cyberattack was involved, the company said; the cause is still being investigated."],
    ["negative", null, "", "The same week, a fire at a recycling plant forced the evacuation of nearby homes."],
    ["negative", null, "", "In 2019, a faulty software update had taken down the bank's cash machines for a day."],
    ["negative", null, "", "The last major outage, in 2021, was caused by a BGP misconfiguration."],
    ["negative", null, "", "Engineers restarted the database servers and added capacity to bring the service back."],
    ["negative", null, "", "The company rolled out a new configuration to restore access for all users."],
    ["negative", null, "", "Separately, the company is still dealing with the aftermath of a data breach disclosed in March."],
    ["negative", null, "", "The outage comes weeks after a ransomware attack on a different hospital in the region."],
    ["negative", null, "", "The company apologised for the inconvenience but gave no explanation for the outage."],
    ["negative", null, "", "It is not yet clear what caused the outage."],
    ["negative", null, "", "Data centres need huge amounts of power and cooling to run."],
    ["negative", null, "", "The provider plans to move customers to a new data centre with better cooling next year."],
    ["negative", null, "", "Experts warn that attacks on critical infrastructure are becoming more frequent."],
    ["negative", null, "", "The company said the outage was not caused by a power failure, as some had reported."],
    ["negative", null, "", "Traffic was rerouted through a backup network while engineers worked on the problem."],
  ]),
  ...rows("c", "fr", [
    // noms de domaine et DNS
    ["press", [N, C], "reported", "Le site de la mairie était introuvable : l'enregistrement de son nom de domaine n'avait pas été renouvelé."],
    ["press", [N], "reported", "Un dysfonctionnement des serveurs DNS du fournisseur d'accès a empêché ses abonnés d'ouvrir la moindre page web."],
    ["operator", [N], "confirmed", "Nos résolveurs DNS internes ont cessé de répondre, et nos services ne parvenaient plus à communiquer entre eux."],
    ["status", [N], "confirmed", "Identifié - La résolution de noms échoue pour une partie de nos domaines ; un correctif est en cours."],
    // routage
    ["press", [N, T], "reported", "Une fuite de routes BGP venue d'un petit opérateur étranger a détourné une partie du trafic de l'opérateur."],
    ["operator", [N, C], "confirmed", "Lors d'une mise à niveau du réseau, nous avons retiré par erreur nos annonces de préfixes, et nos centres de données sont devenus injoignables."],
    ["status", [N], "confirmed", "Surveillance - Le routage entre nos régions européennes est rétabli après l'instabilité d'une session BGP."],
    ["press", [N], "reported", "Une erreur de routage a rendu injoignables les clients de l'opérateur pendant deux heures."],
    // certificats
    ["press", [C], "reported", "Les enceintes connectées sont restées muettes, un certificat de sécurité indispensable à leur fonctionnement ayant expiré."],
    ["operator", [C], "confirmed", "Nous n'avons pas renouvelé à temps le certificat de notre domaine de connexion, et les navigateurs ont refusé de s'y connecter."],
    ["status", [C], "confirmed", "Résolu - Un certificat SSL expiré sur notre passerelle de paiement provoquait des erreurs de connexion. Un nouveau certificat a été installé."],
    // configuration
    ["press", [C], "reported", "Une mise à jour de configuration défectueuse, envoyée aux systèmes d'enregistrement de la compagnie aérienne, a paralysé ses services en ligne."],
    ["operator", [C], "confirmed", "Une modification des règles de nos répartiteurs de charge a été appliquée à tout le parc au lieu d'un seul groupe de test."],
    ["status", [C], "confirmed", "Identifié - Une erreur de configuration introduite pendant une intervention programmée empêche les connexions. Nous annulons la modification."],
    ["postmortem", [C], "confirmed", "Un technicien a lancé une commande comportant une faute de frappe, qui a retiré bien plus de serveurs que prévu.", PM_FR[0]],
    ["status", [C, N], "confirmed", "Post-mortem - Mardi, une modification de la configuration de notre réseau a rendu une partie de nos serveurs injoignables pendant 40 minutes."],
    // versions du logiciel
    ["press", [S], "reported", "Une mise à jour défectueuse de l'application a laissé les utilisateurs d'Android face à un écran blanc."],
    ["operator", [S], "confirmed", "Un bogue dans la nouvelle version de notre logiciel de routage a fait redémarrer les serveurs en boucle."],
    ["status", [S], "confirmed", "Résolu - Un déploiement récent contenait un bogue qui bloquait l'envoi des messages ; il a été annulé."],
    ["press", [S], "reported", "Les ennuis ont commencé après l'installation, dans la nuit, d'une nouvelle version du logiciel de la banque."],
    ["postmortem", [S], "confirmed", "Le plantage a été déclenché par une situation de concurrence dans le code qui renouvelle les sessions.", PM_FR[1]],
    // charge et événements en direct
    ["press", [O], "reported", "Le portail des impôts a saturé, des centaines de milliers de contribuables s'étant précipités pour déclarer le dernier jour."],
    ["press", [O], "reported", "L'application de streaming s'est figée pour de nombreux téléspectateurs, venus en nombre record pour suivre le match."],
    ["operator", [O], "confirmed", "Le nombre de joueurs connectés en même temps était plusieurs fois supérieur à nos prévisions, et nos serveurs ont été submergés."],
    ["status", [O], "confirmed", "En cours d'analyse - En raison d'une très forte demande, certains utilisateurs peuvent rencontrer une file d'attente ou des erreurs."],
    ["postmortem", [O], "confirmed", "Les connexions à la base de données ont été épuisées par un afflux de requêtes après l'envoi de la lettre d'information.", PM_FR[2]],
    // électricité et refroidissement
    ["press", [H], "reported", "Un incident électrique dans un centre de données de Francfort a mis hors ligne la région du fournisseur de cloud."],
    ["operator", [H], "confirmed", "Le système de refroidissement d'une de nos salles a lâché pendant la canicule, et nous avons dû éteindre des serveurs pour les protéger."],
    ["status", [H], "confirmed", "Mise à jour - Une coupure d'électricité dans l'un de nos centres de données a touché une partie des serveurs. Le courant est revenu et les systèmes redémarrent."],
    ["press", [H], "reported", "La température est montée dans les salles de serveurs après la panne de la climatisation, et les machines se sont arrêtées d'elles-mêmes."],
    // feu et eau
    ["press", [H], "reported", "Un violent incendie sur le site de l'hébergeur a détruit un bâtiment et fait tomber des milliers de sites."],
    ["operator", [H], "confirmed", "L'eau d'une fuite de toiture a atteint le local électrique de notre site et coupé l'alimentation des serveurs."],
    ["status", [H], "confirmed", "Identifié - Le déclenchement d'une alarme incendie et du système d'extinction par gaz a imposé l'arrêt d'urgence de notre centre de données."],
    // câbles coupés
    ["press", [H], "reported", "L'ancre d'un navire a endommagé un câble sous-marin, ralentissant internet dans toute l'île."],
    ["operator", [H], "confirmed", "La pelleteuse d'une entreprise de travaux publics a sectionné deux de nos artères de fibre en même temps."],
    ["status", [H], "confirmed", "Identifié - Une coupure de fibre entre deux de nos centraux affecte les abonnés du nord de la région. Nos équipes sont sur place."],
    // attaques
    ["press", [A], "reported", "Des pirates prorusses ont inondé de trafic les sites du ministère, les rendant inaccessibles pendant des heures."],
    ["press", [A], "reported", "Une attaque par rançongiciel a contraint l'enseigne à fermer sa boutique en ligne."],
    ["operator", [A], "confirmed", "Nous avons détecté une activité malveillante sur notre réseau et mis nos systèmes hors ligne par précaution."],
    ["status", [A], "confirmed", "Surveillance - L'attaque par déni de service visant notre plateforme a été contenue et le trafic est revenu à la normale."],
    ["press", [A], "confirmed", "La banque a indiqué qu'une cyberattaque avait perturbé son application et son site."],
    // fournisseurs
    ["press", [T], "reported", "Des milliers de sites sont devenus inaccessibles à cause d'un problème chez le réseau de diffusion de contenu qu'ils utilisent."],
    ["operator", [T], "confirmed", "Un problème chez notre prestataire de paiement a entraîné le refus des cartes dans nos magasins."],
    ["status", [T], "confirmed", "En cours d'analyse - Nous constatons des difficultés de connexion causées par une panne chez un fournisseur d'authentification tiers."],
    ["press", [T], "confirmed", "La compagnie a mis en cause une défaillance du prestataire informatique qui gère son système de réservation."],
    // disques et bases de données
    ["press", [H], "reported", "Un commutateur réseau défectueux dans le centre de données principal de la banque a privé ses clients de distributeurs et d'application."],
    ["operator", [H], "confirmed", "Plusieurs disques d'une même baie de stockage ont lâché en même temps, et la baie est passée en lecture seule."],
    ["status", [H, S], "confirmed", "Identifié - Notre base de données principale est devenue indisponible à la suite d'une panne matérielle ; nous basculons sur une réplique."],
    ["postmortem", [H, S], "confirmed", "Une corruption des données sur le serveur principal de base de données nous a obligés à restaurer les sauvegardes.", PM_FR[0]],
    // hypothèses
    ["press", [A], "speculated", "Certains spécialistes estiment que la panne pourrait être l'œuvre d'un groupe soutenu par un État."],
    ["press", [O], "speculated", "Il est possible que les serveurs n'aient tout simplement pas supporté l'affluence, avance un analyste."],
    ["press", [N], "speculated", "Des ingénieurs réseau extérieurs à l'entreprise évoquent un possible problème de DNS."],
    // négatifs
    ["negative", null, "", "L'opérateur a balayé les soupçons de piratage."],
    ["negative", null, "", "Contrairement aux rumeurs en ligne, aucune cyberattaque n'est en cause, selon l'entreprise, qui cherche encore l'origine de la panne."],
    ["negative", null, "", "La même semaine, un incendie dans une usine de recyclage a forcé l'évacuation des habitations voisines."],
    ["negative", null, "", "En 2019, une mise à jour logicielle défectueuse avait déjà privé les clients de la banque de distributeurs pendant une journée."],
    ["negative", null, "", "La dernière grande panne, en 2021, était due à une erreur de configuration BGP."],
    ["negative", null, "", "Les ingénieurs ont redémarré les serveurs de base de données et ajouté de la capacité pour relancer le service."],
    ["negative", null, "", "L'entreprise a déployé une nouvelle configuration pour rétablir l'accès de tous les utilisateurs."],
    ["negative", null, "", "Par ailleurs, l'entreprise gère toujours les suites d'une fuite de données révélée en mars."],
    ["negative", null, "", "La panne survient quelques semaines après une attaque par rançongiciel contre un autre hôpital de la région."],
    ["negative", null, "", "L'entreprise s'est excusée pour la gêne occasionnée, sans donner d'explication sur la panne."],
    ["negative", null, "", "On ignore encore ce qui a provoqué la panne."],
    ["negative", null, "", "Les centres de données consomment énormément d'électricité et de climatisation pour fonctionner."],
    ["negative", null, "", "L'hébergeur prévoit de transférer ses clients vers un nouveau centre de données mieux refroidi l'an prochain."],
    ["negative", null, "", "Les experts préviennent que les attaques contre les infrastructures critiques se multiplient."],
    ["negative", null, "", "L'entreprise a assuré que la panne n'était pas due à une coupure de courant, contrairement à ce qui avait été rapporté."],
    ["negative", null, "", "Le trafic a été redirigé vers un réseau de secours pendant que les ingénieurs cherchaient la cause du problème."],
  ]),
];
