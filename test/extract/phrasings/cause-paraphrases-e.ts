// Paraphrase set "e" of the cause check (round eight): 134 sentences and short passages written before this
// set was first scored and before any rule of that round was changed, not taken from any article, in the
// shapes sets a-d lack: the cause told over two sentences (what was done, then what it did), a question the
// operator answers ("What went wrong? ..."), the cause inside a quote, a status page's "Root cause:" /
// "Cause :" field, the cause after "owing to", "stemming from", "traced to", "à cause de", "en raison de",
// French regional press wordings (a cable torn out by a digger, an incident on a piece of equipment, a bug
// during an update), replication and failover of databases, and negatives: present-tense background about
// a kind of cause, another service's cause, the cause of an earlier outage, an advertisement for a DDoS
// product, a cause field still "under investigation". Held out: never read while fixing; only its summary
// figures are printed (`npm run eval:cause-paraphrases`), never its misses.
import { rows, N, C, S, H, O, A, T, type Paraphrase } from "./cause-paraphrase-rows";

const PM_EN = ["Incident report: login failures on June 10", "Post-incident review: storage outage", "What happened on June 10"];
const PM_FR = ["Rapport d'incident du 10 juin", "Bilan de l'incident de stockage", "Compte rendu de la panne du 10 juin"];

export const CAUSE_PARAPHRASES_E: Paraphrase[] = [
  ...rows("e", "en", [
    // the cause over two sentences
    ["press", [N, C], "reported", "A change was made to the company's edge routers late on Monday. It withdrew the routes that carry traffic to its data centres, and the app vanished from the internet."],
    ["operator", [S], "confirmed", "We shipped a new version of our sync engine on Tuesday morning. Within an hour it began corrupting session tokens, which logged everyone out."],
    ["status", [H], "confirmed", "Update - One of our storage arrays in Frankfurt lost two disks at once. Volumes hosted on it are read-only until the rebuild completes."],
    ["press", [O], "reported", "Tickets for the final went on sale at 9 a.m. Within seconds, more than two million people were queuing, and the site gave way."],
    ["operator", [A], "confirmed", "Shortly after 8 a.m., our network began receiving hundreds of gigabits per second of junk requests. We switched on our scrubbing service, which took two hours to absorb the flood."],
    ["press", [T, H], "reported", "The payment app relies on a single card processor. That processor suffered a data-centre fault on Friday, and every transaction failed."],
    ["operator", [N, T], "confirmed", "Our domain's DNS records are hosted by an outside provider. A bad entry there pointed our login page at the wrong address for three hours."],
    ["press", [S, C], "reported", "Engineers at the carrier were upgrading software on a set of core switches overnight. The upgrade did not go as planned, and mobile data stopped working across the country."],
    ["press", [H], "reported", "The heatwave pushed temperatures in the host's Paris data centre above 40 degrees. Cooling systems could not keep up, and servers shut themselves down."],
    // a question the operator answers
    ["operator", [C], "confirmed", "What went wrong? An engineer ran a command meant for a test cluster against production, which removed capacity from our API servers."],
    ["postmortem", [S], "confirmed", "Why did the outage last so long? A bug in our failover logic kept sending traffic to the broken region even after we had drained it.", PM_EN[2]],
    ["press", [H], "", "So what caused the blackout? According to the company, a fire in an electrical room at its main data centre in Strasbourg."],
    ["operator", [O], "confirmed", "Why were customers unable to log in? Simply put, far more people tried to sign in at once than our authentication servers could handle."],
    // inside a quote
    ["press", [C], "confirmed", "“A routine configuration update to our firewall blocked legitimate traffic,” a spokeswoman said in a statement."],
    ["press", [S], "confirmed", "“This was caused by a defect in a software update we released overnight, not by any attack,” the bank's chief technology officer told reporters."],
    ["press", [T], "confirmed", "\"Our cloud provider had an issue in one of its regions, and our services were caught up in it,\" the company wrote on X."],
    ["press", [A], "confirmed", "“We are dealing with a large-scale denial-of-service attack,” the ministry said on Tuesday afternoon."],
    ["press", [H], "confirmed", "'A cable linking two of our sites was cut during road works,' the operator said."],
    // a status page's cause field
    ["status", [C], "confirmed", "Resolved - Service has been fully restored. Root cause: a change to our load balancer configuration dropped requests to the API."],
    ["status", [N, C], "confirmed", "Postmortem - Root cause: expired delegation records at our domain registrar caused resolution failures for our main domain."],
    ["status", [S], "confirmed", "Resolved - Root cause: a memory leak in the notification service exhausted the hosts' memory. A patched version is now live."],
    ["status", [O], "confirmed", "Resolved - Root cause: an unexpected surge in traffic overloaded our database tier. We have added capacity."],
    ["status", [H], "confirmed", "Resolved - Root cause: a power failure in one availability zone. Affected instances have recovered."],
    ["status", [T], "confirmed", "Resolved - Root cause: an outage at our upstream email provider. Messages queued during the incident have been delivered."],
    // after a causal preposition
    ["press", [C, N], "reported", "The airline's check-in systems were down for four hours owing to a faulty network configuration."],
    ["press", [S], "reported", "The disruption, stemming from a glitch in a software update, hit customers across the country."],
    ["press", [N, C], "reported", "The outage was traced to a misconfigured DNS server at the company's main data centre."],
    ["press", [H], "reported", "Customers were left without service due to a hardware failure at an exchange in Leeds."],
    ["press", [O], "reported", "Due to overwhelming demand, the streaming service crashed minutes into the match."],
    ["press", [A], "reported", "The council's online services remain offline owing to a ransomware attack discovered on Sunday."],
    ["press", [T], "reported", "The problems were traced to a fault at a third-party supplier that runs the retailer's checkout."],
    // replication, failover, storage
    ["operator", [H, S, O], "confirmed", "Replication between our primary and standby databases fell hours behind, and when we failed over, recent orders were missing."],
    ["status", [H, S], "confirmed", "Identified - A storage cluster serving our EU region is experiencing degraded performance, causing slow page loads."],
    ["press", [H, S, C], "reported", "A botched database failover left the bank's app unable to show balances for most of Thursday."],
    // other mechanisms in other words
    ["press", [H], "reported", "A lightning strike knocked out power at the operator's main switching centre."],
    ["press", [H], "reported", "Overheating in a server hall forced the host to shut down hundreds of machines during the heatwave."],
    ["press", [N, T], "reported", "A BGP route leak from a small provider in Asia briefly rerouted traffic bound for the video platform."],
    ["operator", [C], "confirmed", "We pushed an update to our access rules that inadvertently denied every request from mobile clients."],
    ["operator", [S], "confirmed", "A scheduled job that cleans up old records deleted active ones because of a bug in its date handling."],
    ["press", [C], "reported", "The service went down after a security certificate on its payment page expired."],
    ["operator", [O], "confirmed", "The launch of our new feature drew ten times the traffic we had planned for, and our servers fell over."],
    ["status", [A], "confirmed", "Investigating - We are currently experiencing a DDoS attack targeting our login endpoints. Mitigation is under way."],
    ["press", [T], "reported", "The outage hit dozens of websites that use the same content delivery network, which suffered a failure of its own."],
    ["operator", [H, N], "confirmed", "A fibre link between our two core sites was cut, and the backup route did not pick up the traffic."],
    ["press", [S], "speculated", "Some analysts suggested a faulty update could be behind the crash, though the company has not confirmed it."],
    ["press", [A], "speculated", "A hacker group claimed responsibility for the outage on Telegram, a claim the company did not address."],
    ["postmortem", [C], "confirmed", "During a planned migration, a configuration flag was set on all servers instead of the test group, which disabled sign-ins.", PM_EN[0]],
    ["postmortem", [H, S], "confirmed", "A firmware fault caused two controllers of the same storage system to fail together.", PM_EN[1]],
    // negatives
    ["negative", null, "", "DDoS attacks are increasingly common, and banks are a favourite target."],
    ["negative", null, "", "Configuration errors are the most frequent cause of large cloud outages, according to industry studies."],
    ["negative", null, "", "Last year, the same service went down for six hours after a faulty software update."],
    ["negative", null, "", "Protect your business against DDoS attacks with our always-on mitigation service. Try it free for 30 days."],
    ["negative", null, "", "Separately, a rival streaming service blamed a power cut for its own outage on Sunday."],
    ["negative", null, "", "Asked whether a cyberattack was involved, the spokesman said the company had seen no sign of one."],
    ["negative", null, "", "What caused the outage? The company has not said."],
    ["negative", null, "", "Update - Root cause: still under investigation. We will post a full report once it is complete."],
    ["negative", null, "", "Engineers restored service by restarting the affected database servers."],
    ["negative", null, "", "Experts say data centres need redundant power and cooling to avoid outages like this one."],
    ["negative", null, "", "In 2023, a botched certificate renewal had taken the same site offline."],
    ["negative", null, "", "The outage comes weeks after a competitor was hit by a ransomware attack."],
    ["negative", null, "", "Cloud providers increasingly rely on automated tools to roll out configuration changes."],
    ["negative", null, "", "The company said it would add capacity ahead of next month's sales."],
    ["negative", null, "", "“We don't yet know what caused this,” a spokesperson said."],
    ["negative", null, "", "Routers from this vendor are used by many internet providers across Europe."],
    ["negative", null, "", "Read more: How a single typo took down a major cloud provider in 2017."],
    ["negative", null, "", "Thousands of users complained on social media about error messages when trying to pay."],
  ]),
  ...rows("e", "fr", [
    // la cause en deux phrases
    ["press", [N, C], "reported", "Une modification a été apportée dans la nuit aux routeurs de l'opérateur. Elle a retiré les routes vers ses centres de données, rendant le service injoignable."],
    ["operator", [S], "confirmed", "Nous avons déployé une nouvelle version de l'application mardi matin. Elle contenait une erreur qui déconnectait les utilisateurs à chaque ouverture."],
    ["status", [H], "confirmed", "Mise à jour - Deux disques d'une même baie de stockage sont tombés en panne. Les volumes concernés sont en lecture seule le temps de la reconstruction."],
    ["press", [O], "reported", "La billetterie a ouvert à 10 heures. En quelques secondes, plus d'un million de personnes se sont connectées et le site a cédé."],
    ["operator", [A], "confirmed", "Dès 8 heures, notre réseau a reçu des centaines de gigabits de requêtes illégitimes. Il nous a fallu deux heures pour filtrer ce flot."],
    ["press", [T, H], "reported", "L'application dépend d'un seul prestataire de paiement. Celui-ci a connu une panne dans son centre de données vendredi, et aucun paiement n'est passé."],
    ["press", [S, C], "reported", "Les ingénieurs de l'opérateur mettaient à jour le logiciel de plusieurs commutateurs dans la nuit. L'opération a mal tourné et l'internet mobile a cessé de fonctionner dans tout le pays."],
    ["press", [H], "reported", "La canicule a fait grimper la température du centre de données parisien de l'hébergeur au-delà de 40 degrés. La climatisation n'a pas suivi et des serveurs se sont éteints d'eux-mêmes."],
    // une question à laquelle l'opérateur répond
    ["operator", [C], "confirmed", "Que s'est-il passé ? Un technicien a lancé sur la production une commande destinée à un environnement de test."],
    ["postmortem", [S], "confirmed", "Pourquoi la panne a-t-elle duré si longtemps ? Un bogue dans notre mécanisme de bascule continuait d'envoyer le trafic vers la zone défaillante.", PM_FR[2]],
    ["press", [H], "", "Qu'est-ce qui a provoqué la coupure ? Un incendie dans un local électrique du principal centre de données de l'hébergeur, selon l'entreprise."],
    ["operator", [O], "confirmed", "Pourquoi les clients ne pouvaient-ils plus se connecter ? Tout simplement parce que trop de personnes ont tenté de se connecter en même temps pour nos serveurs."],
    // dans une citation
    ["press", [C], "confirmed", "« Une mise à jour de routine de la configuration de notre pare-feu a bloqué le trafic légitime », a expliqué une porte-parole."],
    ["press", [S], "confirmed", "« La panne est due à un défaut dans une mise à jour logicielle publiée dans la nuit, pas à une attaque », a assuré le directeur technique de la banque."],
    ["press", [T], "confirmed", "« Notre hébergeur a rencontré un problème dans l'une de ses régions et nos services en ont subi les conséquences », a indiqué l'entreprise sur X."],
    ["press", [A], "confirmed", "« Nous faisons face à une attaque par déni de service de grande ampleur », a indiqué le ministère mardi après-midi."],
    ["press", [H], "confirmed", "« Un câble reliant deux de nos sites a été sectionné lors de travaux de voirie », a précisé l'opérateur."],
    // le champ « Cause » d'une page de statut
    ["status", [C], "confirmed", "Résolu - Le service est rétabli. Cause : une modification de la configuration de nos répartiteurs de charge bloquait les requêtes vers l'API."],
    ["status", [N, C], "confirmed", "Résolu - Cause : des enregistrements DNS erronés chez notre bureau d'enregistrement empêchaient la résolution de notre domaine."],
    ["status", [S], "confirmed", "Résolu - Cause : une fuite mémoire dans le service de notifications a saturé la mémoire des serveurs. Une version corrigée est en ligne."],
    ["status", [O], "confirmed", "Résolu - Cause de l'incident : un afflux inattendu de trafic a saturé nos bases de données. Nous avons ajouté de la capacité."],
    ["status", [H], "confirmed", "Résolu - Cause : une coupure d'alimentation électrique dans l'une de nos salles. Les machines concernées ont redémarré."],
    ["status", [T], "confirmed", "Résolu - Origine : une panne chez notre prestataire d'envoi d'e-mails. Les messages en attente ont été distribués."],
    // après une préposition de cause
    ["press", [C, N], "reported", "Les bornes d'enregistrement de l'aéroport sont restées hors service quatre heures en raison d'une mauvaise configuration du réseau."],
    ["press", [S], "reported", "Les clients n'ont pas pu payer pendant la matinée à cause d'un bug lors d'une mise à jour."],
    ["press", [H], "reported", "Des milliers d'abonnés ont été privés d'internet à cause d'un câble arraché par une pelleteuse sur un chantier."],
    ["press", [H], "reported", "La panne est liée à un incident sur un équipement du central téléphonique de la commune."],
    ["press", [O], "reported", "En raison d'une affluence exceptionnelle, le site de la préfecture a cessé de répondre dès l'ouverture des inscriptions."],
    ["press", [A], "reported", "Les services en ligne de la mairie sont inaccessibles depuis lundi en raison d'une cyberattaque."],
    ["press", [T], "reported", "Le dysfonctionnement provient d'une défaillance chez un prestataire informatique de la banque."],
    // presse régionale
    ["press", [H], "reported", "Un coup de pelleteuse sur un chantier a sectionné la fibre optique : plusieurs communes du secteur sont privées d'internet et de téléphone depuis mercredi."],
    ["press", [H], "", "Selon l'opérateur, c'est un incident sur un équipement de son réseau qui est à l'origine de la coupure qui a touché le département."],
    ["press", [S], "", "La mairie explique que le bug est survenu lors d'une mise à jour du logiciel de réservation des cantines."],
    ["press", [H], "reported", "La foudre est tombée sur un pylône relais, privant de réseau mobile les habitants de plusieurs villages."],
    ["press", [H, A], "reported", "Un acte de vandalisme sur des câbles de l'opérateur a privé des milliers de foyers de connexion dans l'agglomération."],
    ["press", [H], "reported", "Les fortes chaleurs ont provoqué une surchauffe des serveurs de l'hébergeur, qui a dû en éteindre une partie."],
    // réplication, bascule, stockage
    ["operator", [H, S, O], "confirmed", "La réplication entre notre base principale et sa copie a pris plusieurs heures de retard ; lors de la bascule, des commandes récentes manquaient."],
    ["press", [H, S, C], "reported", "Une bascule ratée vers la base de données de secours a empêché les clients de la banque de consulter leurs comptes jeudi."],
    ["status", [H, S], "confirmed", "Identifié - Une grappe de stockage de notre région Europe connaît des performances dégradées, ce qui ralentit le chargement des pages."],
    // d'autres mécanismes en d'autres mots
    ["press", [N, T], "reported", "Une fuite de routes BGP chez un petit opérateur asiatique a brièvement détourné le trafic destiné à la plateforme vidéo."],
    ["operator", [C], "confirmed", "Nous avons modifié nos règles d'accès, ce qui a bloqué par erreur toutes les requêtes venant des applications mobiles."],
    ["operator", [S], "confirmed", "Une tâche planifiée de nettoyage a effacé des comptes actifs à cause d'une erreur dans le traitement des dates."],
    ["press", [C], "reported", "Le service est tombé après l'expiration du certificat de sécurité de sa page de paiement."],
    ["operator", [O], "confirmed", "Le lancement de notre nouvelle fonctionnalité a attiré dix fois plus de visiteurs que prévu, et nos serveurs ont lâché."],
    ["status", [A], "confirmed", "En cours d'analyse - Nous subissons actuellement une attaque DDoS visant nos pages de connexion. Des mesures de filtrage sont en place."],
    ["press", [T], "reported", "La panne a touché des dizaines de sites qui utilisent le même réseau de diffusion de contenu, lui-même victime d'une défaillance."],
    ["press", [S], "speculated", "Selon certains spécialistes, une mise à jour défectueuse pourrait être à l'origine de la panne, ce que l'entreprise n'a pas confirmé."],
    ["press", [A], "speculated", "Un groupe de pirates a revendiqué la panne sur Telegram, sans que l'entreprise ne réagisse."],
    ["postmortem", [C], "confirmed", "Lors d'une migration planifiée, un paramètre a été appliqué à tous les serveurs au lieu du groupe de test, ce qui a désactivé les connexions.", PM_FR[0]],
    ["postmortem", [H, S], "confirmed", "Un défaut du micrologiciel a provoqué la panne simultanée des deux contrôleurs d'une même baie de stockage.", PM_FR[1]],
    // négatifs
    ["negative", null, "", "Les attaques DDoS sont de plus en plus fréquentes, et les banques en sont une cible privilégiée."],
    ["negative", null, "", "Les erreurs de configuration sont la première cause des grandes pannes du cloud, selon plusieurs études."],
    ["negative", null, "", "L'an dernier, le même service avait été coupé six heures après une mise à jour défectueuse."],
    ["negative", null, "", "Protégez votre entreprise contre les attaques DDoS grâce à notre solution de filtrage : essai gratuit de 30 jours."],
    ["negative", null, "", "Dimanche, un service de streaming concurrent avait attribué sa propre panne à une coupure de courant."],
    ["negative", null, "", "Interrogé sur une éventuelle cyberattaque, le porte-parole a assuré que rien ne l'indiquait."],
    ["negative", null, "", "Quelle est l'origine de la panne ? L'entreprise ne l'a pas précisé."],
    ["negative", null, "", "Mise à jour - Cause : toujours en cours d'analyse. Nous publierons un rapport complet une fois l'enquête terminée."],
    ["negative", null, "", "Les ingénieurs ont rétabli le service en redémarrant les serveurs de bases de données concernés."],
    ["negative", null, "", "Selon les experts, les centres de données doivent disposer d'une alimentation et d'un refroidissement redondants pour éviter ce genre de panne."],
    ["negative", null, "", "En 2023, un certificat mal renouvelé avait déjà rendu le site inaccessible."],
    ["negative", null, "", "Cette panne survient quelques semaines après qu'un concurrent a été frappé par un rançongiciel."],
    ["negative", null, "", "Les fournisseurs de cloud s'appuient de plus en plus sur des outils automatiques pour déployer leurs changements de configuration."],
    ["negative", null, "", "L'entreprise compte ajouter des serveurs avant les soldes du mois prochain."],
    ["negative", null, "", "« Nous ne savons pas encore ce qui a provoqué cette panne », a déclaré une porte-parole."],
    ["negative", null, "", "Les routeurs de ce fabricant équipent de nombreux fournisseurs d'accès en Europe."],
    ["negative", null, "", "À lire aussi : comment une simple faute de frappe a paralysé un géant du cloud en 2017."],
    ["negative", null, "", "De nombreux internautes se sont plaints sur les réseaux sociaux de messages d'erreur au moment de payer."],
  ]),
];
