// Paraphrase set "d" of the cause check (round seven, the vocabulary issue): 91 more sentences written
// before this set was first scored and before any rule of that round was changed, not taken from any
// article. Each uses a practitioner's ordinary term for its category that sets a-c and the corpus do not
// lean on (resolvers and zone files, prefixes and peering, memory leaks and infinite loops, replication
// and failovers, thundering herds, UPS and generators, certificate chains, botnets and ransomware,
// subcontractors), in both languages, as a journalist, the operator, a status page and the operator's
// titled post-event account, plus negatives: the term in a denied hypothesis, in a fix, in another event,
// in background. Held out: rules are written from glossaries and own test phrasings, never from this
// set's misses; its figures are the honest ones.
import { rows, N, C, S, H, O, A, T, type Paraphrase } from "./cause-paraphrase-rows";

const PM_EN = ["Post-incident review: checkout errors on March 3", "Incident report: API unavailability", "What happened on March 3"];
const PM_FR = ["Rapport d'incident du 3 mars", "Bilan de l'incident du 3 mars", "Compte rendu de la panne du 3 mars"];

export const CAUSE_PARAPHRASES_D: Paraphrase[] = [
  ...rows("d", "en", [
    // DNS and domains
    ["press", [N], "reported", "The outage was traced to the nameservers that answer for the retailer's domain, which stopped responding."],
    ["operator", [N, C], "confirmed", "A bad record pushed to our zone file made our main domain resolve to an address that no longer exists."],
    ["status", [N], "confirmed", "Identified - Our DNS provider's resolvers are returning errors for our domains. We are moving to a secondary provider."],
    ["press", [N, C], "reported", "The insurer's website went dark after its domain name expired and the registrar parked it."],
    ["postmortem", [N], "confirmed", "Recursive resolvers in two regions began timing out on lookups, so clients could not reach any endpoint.", PM_EN[1]],
    // routing
    ["press", [N], "reported", "A BGP hijack redirected traffic meant for the exchange's servers through an unknown network for an hour."],
    ["operator", [N], "confirmed", "A peering link with a major carrier went down and the routes learned through it were withdrawn."],
    ["status", [N], "confirmed", "Update - A routing problem between our network and an upstream transit provider is causing packet loss in Asia."],
    ["postmortem", [N, C], "confirmed", "Our edge routers stopped announcing our prefixes after a maintenance step, making our address space unreachable.", PM_EN[0]],
    // software
    ["press", [S], "reported", "A memory leak in the latest version of the game's servers made them crash every few hours."],
    ["operator", [S], "confirmed", "A regression introduced in Tuesday's release caused the payment service to reject valid cards."],
    ["status", [S], "confirmed", "Identified - A faulty build was rolled out to our web servers. We are rolling back to the previous version."],
    ["postmortem", [S], "confirmed", "An infinite loop in the retry logic pinned every worker's CPU and the queue stopped draining.", PM_EN[2]],
    ["press", [S], "reported", "Engineers blamed a software glitch in the airline's crew scheduling system."],
    // data and storage
    ["press", [H, S], "reported", "The bank said data corruption on a storage system had left some customers' balances wrong."],
    ["operator", [H], "confirmed", "A disk failure in our primary database cluster forced it into read-only mode."],
    ["status", [S, H, O], "confirmed", "Monitoring - Replication lag between our database nodes caused stale data and failed writes. Lag is back to normal."],
    ["postmortem", [H, S, C], "confirmed", "An automatic database failover did not complete, leaving the service without a writable primary for 50 minutes.", PM_EN[1]],
    // capacity
    ["press", [O], "reported", "The ticket site buckled under a thundering herd of fans who all refreshed the page at noon."],
    ["operator", [O], "confirmed", "Our connection pool was exhausted within minutes of the sale opening, so new requests were refused."],
    ["status", [O], "confirmed", "Investigating - We are seeing unusually heavy traffic and some requests are being rate limited."],
    // power and cooling
    ["press", [H], "reported", "A failed UPS at the colocation site cut power to the carrier's core equipment."],
    ["operator", [H], "confirmed", "When mains power dropped, our backup generators did not start and the batteries ran out."],
    ["status", [H], "confirmed", "Identified - A chiller failure at our London facility has raised temperatures; some hosts have been powered down."],
    ["press", [H], "reported", "A power surge during a thunderstorm damaged equipment at the operator's main exchange."],
    // certificates
    ["press", [C], "reported", "Apps failed the TLS handshake with the company's servers because an intermediate certificate had lapsed."],
    ["operator", [C], "confirmed", "We deployed an incomplete certificate chain, and older devices could no longer connect securely."],
    ["status", [C], "confirmed", "Resolved - Our certificate authority revoked a certificate used by our API; a replacement has been issued."],
    // attacks
    ["press", [A], "reported", "A botnet of hijacked cameras flooded the gaming network with junk traffic."],
    ["operator", [A], "confirmed", "We were hit by a volumetric attack peaking at 2 terabits per second."],
    ["press", [A], "reported", "The hospital's systems were encrypted by ransomware, forcing staff back to paper."],
    ["operator", [A], "confirmed", "An intruder gained access to our internal network, and we took systems offline to contain it."],
    // third parties
    ["press", [T], "reported", "The outage began at an upstream provider that handles the retailer's card payments."],
    ["operator", [T], "confirmed", "A vendor we rely on for text-message codes had an outage, so customers could not log in."],
    ["status", [T], "confirmed", "Investigating - A supplier that processes our identity checks is experiencing issues; sign-ups are delayed."],
    // negatives
    ["negative", null, "", "The company said there was no evidence of a memory leak or any other software fault."],
    ["negative", null, "", "Engineers shipped a hotfix and restarted the servers to bring the service back."],
    ["negative", null, "", "The outage was not related to last month's ransomware attack on the city council, officials said."],
    ["negative", null, "", "Some users wondered online whether a botnet was to blame; the company has not said what happened."],
    ["negative", null, "", "The firm is moving its DNS to a new provider next year as part of a long-planned upgrade."],
    ["negative", null, "", "Data centres rely on UPS units and diesel generators to ride through power cuts."],
    ["negative", null, "", "The team rolled back the deployment as a precaution while it investigated."],
    ["negative", null, "", "In 2022, a route leak had disrupted the same carrier's network for an afternoon."],
    ["negative", null, "", "The operator has not yet explained what caused the disruption."],
    ["negative", null, "", "A spokesperson denied that a certificate had expired, saying the cause was still under investigation."],
    ["negative", null, "", "Traffic was failed over to a second region while engineers looked for the cause."],
  ]),
  ...rows("d", "fr", [
    // DNS et noms de domaine
    ["press", [N], "reported", "La panne viendrait des serveurs DNS qui répondent pour le nom de domaine du site, restés muets pendant deux heures."],
    ["operator", [N], "confirmed", "Un défaut de résolution de noms sur nos serveurs internes a empêché nos services de communiquer entre eux."],
    ["status", [N, C], "confirmed", "Identifié - Notre nom de domaine a expiré et n'est plus joignable ; le renouvellement est en cours auprès du bureau d'enregistrement."],
    ["postmortem", [N, C], "confirmed", "Un enregistrement erroné publié dans notre zone DNS a dirigé nos utilisateurs vers une adresse inexistante.", PM_FR[0]],
    // routage
    ["press", [N, T], "reported", "Une fuite de routes chez un opérateur étranger a détourné une partie du trafic du fournisseur d'accès."],
    ["operator", [N, C], "confirmed", "Nos annonces BGP ont été retirées par erreur lors d'une opération de maintenance sur nos routeurs."],
    ["status", [N], "confirmed", "Mise à jour - Un problème de routage entre notre réseau et un opérateur de transit provoque des pertes de paquets."],
    ["press", [N], "reported", "Le lien de peering entre l'opérateur et un grand hébergeur a été coupé, selon des ingénieurs réseau."],
    // logiciel
    ["press", [S], "reported", "Une fuite mémoire dans la dernière version de l'application faisait planter les serveurs toutes les heures."],
    ["operator", [S], "confirmed", "Une régression introduite dans la mise en production de mardi a bloqué les paiements par carte."],
    ["status", [S], "confirmed", "Identifié - Une boucle infinie dans le module de facturation sature nos serveurs ; un correctif est en cours de déploiement."],
    ["postmortem", [S], "confirmed", "Une condition de concurrence dans le code de gestion des sessions a provoqué des déconnexions en série.", PM_FR[1]],
    ["press", [S], "reported", "La panne est due à un bogue dans le logiciel de gestion des réservations, selon la compagnie."],
    // données et stockage
    ["press", [H, S], "reported", "Une corruption de données sur un système de stockage a faussé les soldes affichés à certains clients, indique la banque."],
    ["operator", [H], "confirmed", "Une panne de disque sur notre grappe de bases de données principale l'a fait passer en lecture seule."],
    ["status", [O, H, S], "confirmed", "Surveillance - La base de données saturée ne répondait plus aux requêtes ; la situation est revenue à la normale."],
    ["postmortem", [H, S, C], "confirmed", "La bascule automatique vers la base de secours n'a pas abouti, et le service est resté sans base principale.", PM_FR[2]],
    // capacité
    ["press", [O], "reported", "Le site de billetterie n'a pas résisté à l'afflux de fans connectés à l'ouverture des ventes."],
    ["operator", [O], "confirmed", "La saturation de nos serveurs face au nombre de connexions simultanées a rendu l'application inaccessible."],
    ["status", [O], "confirmed", "En cours d'analyse - En raison d'une très forte affluence, certaines requêtes sont limitées ou rejetées."],
    // électricité et climatisation
    ["press", [H], "reported", "Un onduleur défaillant a coupé l'alimentation des équipements de l'opérateur dans son centre de Lyon."],
    ["operator", [H], "confirmed", "Lors de la coupure du réseau électrique, nos groupes électrogènes n'ont pas démarré."],
    ["status", [H], "confirmed", "Identifié - Une panne de climatisation dans notre salle serveurs a fait monter la température ; des machines ont été arrêtées."],
    ["press", [H], "reported", "Une surtension pendant l'orage a endommagé des équipements du central téléphonique."],
    // certificats
    ["press", [C], "reported", "Les applications ne parvenaient plus à se connecter à cause d'un certificat expiré sur les serveurs de l'entreprise."],
    ["operator", [C], "confirmed", "Nous avons déployé une chaîne de certificats incomplète, et les appareils anciens ne pouvaient plus se connecter."],
    // attaques
    ["press", [A], "reported", "Un réseau de machines zombies a inondé les serveurs de la plateforme de jeux de requêtes."],
    ["operator", [A], "confirmed", "Nous avons subi une attaque par déni de service d'une ampleur inédite."],
    ["press", [A], "reported", "Les systèmes de l'hôpital ont été chiffrés par un rançongiciel, obligeant le personnel à revenir au papier."],
    ["operator", [A], "confirmed", "Une intrusion dans notre réseau interne nous a contraints à couper nos systèmes pour la contenir."],
    // tiers
    ["press", [T], "reported", "La panne trouve son origine chez un sous-traitant chargé de la maintenance du système de billetterie."],
    ["operator", [T], "confirmed", "Un prestataire qui assure l'envoi de nos codes par SMS a connu une panne, empêchant les connexions."],
    ["status", [T], "confirmed", "En cours d'analyse - Un de nos fournisseurs de paiement rencontre des difficultés ; les transactions échouent."],
    ["postmortem", [T], "confirmed", "L'incident a pour origine une panne chez notre hébergeur, qui a affecté l'ensemble de nos serveurs.", PM_FR[0]],
    // négatifs
    ["negative", null, "", "L'entreprise assure qu'aucune fuite mémoire ni aucun bogue n'est en cause."],
    ["negative", null, "", "Les équipes ont déployé un correctif et redémarré les serveurs pour rétablir le service."],
    ["negative", null, "", "La panne n'a aucun lien avec le rançongiciel qui a frappé la mairie le mois dernier, selon la direction."],
    ["negative", null, "", "Sur les réseaux sociaux, des internautes évoquent une attaque, mais l'opérateur n'a donné aucune explication."],
    ["negative", null, "", "Les centres de données sont équipés d'onduleurs et de groupes électrogènes pour faire face aux coupures."],
    ["negative", null, "", "Par précaution, l'équipe est revenue à la version précédente pendant l'enquête."],
    ["negative", null, "", "En 2021, une fuite de routes avait déjà perturbé le réseau du même opérateur."],
    ["negative", null, "", "L'origine de la panne reste inconnue à ce stade."],
    ["negative", null, "", "L'entreprise a démenti qu'un certificat ait expiré, précisant que l'enquête se poursuit."],
    ["negative", null, "", "Le trafic a été basculé vers une autre région pendant que les ingénieurs cherchaient la cause."],
    ["negative", null, "", "L'opérateur prévoit de changer de fournisseur DNS l'an prochain dans le cadre d'un projet de modernisation."],
  ]),
];
