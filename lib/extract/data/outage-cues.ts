// Cue words telling that a text is about an online service failing, in French and English (signals
// of the learned detection model, which also weighs the topics that look like outages). Phrases are folded
// (lower case, no accents, straight apostrophes); a trailing "*" accepts any word ending.
// Gathered from French and English tech press coverage of outages (2021-2025).

// Trouble reaching a service, as coverage words it when the service is slow or failing for some
// ("Gmail connaît des difficultés", "users are having trouble logging in"); they name a failure alone.
const TROUBLE_CUES: string[] = [
  "difficultes a se connecter", "difficultes pour se connecter", "difficultes a acceder", "difficultes pour acceder",
  "difficultes a envoyer", "difficultes a charger", "difficultes a utiliser", "difficultes d'acces", "difficultes de connexion",
  "connait des difficultes", "connaissent des difficultes", "rencontre des difficultes", "rencontrent des difficultes",
  "having trouble loading", "having trouble connecting", "having trouble logging in",
  "having trouble accessing", "trouble logging in", "users report problems", "users reported problems",
  "users reporting problems", "users report issues", "users reported issues",
  // struggling to use it ("les abonnés ont du mal à passer des appels", "users struggled to connect")
  "du mal a se connecter", "du mal a passer des appels", "du mal a joindre", "du mal a charger",
  "struggling to connect", "struggled to connect", "struggling to access", "struggled to access", "struggling to load",
  "struggled to load",
];

// A service that stops answering, loading or displaying, as coverage words it when the brand is not
// the subject ("une bonne partie du Web a cessé de répondre", "pages would not load", "l'application
// ne répondait plus"); they name a failure alone.
const STOPPED_CUES: string[] = [
  "cesse de fonctionner", "cesse de repondre", "cessent de fonctionner", "cessent de repondre", "cesser de fonctionner",
  "arrete de fonctionner", "arrete de repondre", "arretent de fonctionner", "ne repond plus", "ne repondent plus",
  "ne repondait plus", "ne repondaient plus", "ne marche plus", "ne marchent plus", "ne marchait plus", "ne marchaient plus",
  "ne s'affiche plus", "ne s'affichent plus", "ne s'affichait plus", "ne s'affichaient plus", "ne se charge plus",
  "ne se chargent plus", "ne se chargeait plus", "ne se chargeaient plus", "ne s'ouvre plus", "ne s'ouvrent plus",
  "ne s'ouvrait plus", "ne s'ouvraient plus", "impossible de charger", "impossible d'ouvrir", "impossible d'utiliser",
  "deviennent injoignables", "devenu injoignable", "devenus injoignables", "devenue injoignable", "devenues injoignables",
  "sites injoignables", "site injoignable", "serveurs injoignables", "en carafe",
  "stopped responding", "stopped loading", "stopped functioning", "ceased working", "ceased functioning", "ceased responding",
  "ceased to work", "ceased to function", "ceased to respond", "quit working", "not responding", "unresponsive",
  "would not load", "wouldn't load", "could not load", "couldn't load", "unable to load", "failed to load", "won't load",
  "refused to load", "failed to respond",
  // a service people cannot use or reach any more, in plain words: "Slack was unusable", "users saw
  // error pages", "les abonnés n'arrivent plus à se connecter", "des foyers privés de réseau"
  // a game that cannot be played ("le MMORPG est totalement injouable", "League of Legends injouable"):
  // train and own sets 8 and 13, four outage articles of three incidents, no look-alike
  "unusable", "inutilisable", "inutilisables", "injouable", "injouables", "error page*", "n'arrive plus",
  // the French of "error page" ("les internautes tombent sur une page d'erreur"): train and own sets
  // 2-14 write it in outage articles of thirteen incidents in nine corpora and in no look-alike
  "page d'erreur", "pages d'erreur", "n'arrivent plus", "n'arrivait plus",
  "n'arrivaient plus", "prive de reseau", "prives de reseau", "privee de reseau", "privees de reseau", "prive d'internet",
  "prives d'internet", "privee d'internet", "privees d'internet", "prive de connexion", "prives de connexion",
  // the English of "impossible d'accéder" ("found it impossible to access their files"), and
  // deprived of the service itself ("des abonnés privés d'accès", "privés du service")
  "impossible to access", "impossible to reach", "impossible to use", "impossible to connect", "impossible to log in",
  "impossible to load", "prive d'acces", "prives d'acces", "privee d'acces", "privees d'acces", "prive du service",
  "prives du service", "privee du service", "privees du service", "prives de service", "prive de service",
  // reachable no more ("les sites ne sont plus accessibles", "the site is no longer reachable"); not
  // "plus accessible" alone, which also means "more accessible", nor "no longer available", said of
  // a product withdrawn on purpose
  "n'est plus accessible", "ne sont plus accessibles", "n'etait plus accessible", "n'etaient plus accessibles",
  "n'est plus disponible", "ne sont plus disponibles", "n'etait plus disponible", "n'etaient plus disponibles",
  "n'est plus joignable", "ne sont plus joignables", "n'etait plus joignable", "n'etaient plus joignables", "no longer accessible", "no longer reachable", "no longer loading",
  "no longer responding",
  // a service so degraded it barely answers ("Internet slowed to a crawl", "painfully slow or no
  // connections"): train and own sets 3-12 write these in outage articles of 15 incidents and in no
  // look-alike. Not a bare "very slow" / "très lent", said of sales, a recovery or a trial as often as
  // of a site, nor "lentement" (a pace of anything).
  "slowed to a crawl", "slows to a crawl", "slow to a crawl", "slowing to a crawl", "painfully slow",
  "slow or no connection*", "slow or no connectivity", "slow or no service", "slow or no internet",
];

// Users unable to do what the service is for: how coverage tells a failure without naming one ("can't
// log in", "could not connect", "les abonnés ne peuvent plus appeler", "n'ont pas pu se connecter").
// A modal of inability before a verb of using an online service; not "watch" / "regarder" (a
// channel dropped from a TV package), nor "pay" (bills), which say nothing of a service failing.
const UNABLE_EN = ["can't", "cannot", "can not", "couldn't", "could not", "unable to", "not able to", "no longer able to"];
const USE_EN = ["log in", "login", "sign in", "log on", "connect", "access", "reach", "load", "open", "send", "receive", "make calls", "place calls", "stream", "join", "refresh", "use"];
const UNABLE_FR = [
  "ne peut plus", "ne peuvent plus", "ne pouvait plus", "ne pouvaient plus", "ne peut pas", "ne peuvent pas", "ne pouvait pas",
  "ne pouvaient pas", "n'a pas pu", "n'ont pas pu", "n'avait pas pu", "n'avaient pas pu", "ne parvient plus a", "ne parviennent plus a",
  "ne parvenait plus a", "ne parvenaient plus a", "ne parvient pas a", "ne parviennent pas a", "ne parvenaient pas a",
  "n'arrive plus a", "n'arrivent plus a", "n'arrivait plus a", "n'arrivaient plus a", "n'arrivent pas a", "n'arrivaient pas a",
];
const USE_FR = ["se connecter", "acceder", "appeler", "envoyer", "recevoir", "charger", "ouvrir", "utiliser", "consulter", "joindre", "rejoindre", "passer des appels", "telephoner", "jouer"];
const UNABLE_CUES: string[] = [...UNABLE_EN.flatMap((u) => USE_EN.map((v) => `${u} ${v}`)), ...UNABLE_FR.flatMap((u) => USE_FR.map((v) => `${u} ${v}`))];

// A service, its parts or what it carries failing in everyday words, as short reports tell it
// without "outage" / "panne": things "failing" or "broken", requests "returning errors", messages
// "stuck"; "le site est tombé", "les serveurs sont à genoux", "ne
// marche pas", "les paiements sont refusés". Only a service's own nouns before "tombé" and
// "refusés" ("le verdict est tombé", "sa demande a été refusée" are no failure); not "broke", which
// is mostly a record or the news.
const ONLINE_SUBJECTS_FR = ["site", "sites", "serveur", "serveurs", "reseau", "application", "appli", "plateforme", "messagerie", "service", "services", "box", "portail"];
// also the present and imperfect of a live report ("les serveurs tombent sous une attaque", "le site
// tombe"): train and own sets 7, 12 and 13, three outage articles of three incidents, no look-alike
// (not "le service tombe à point nommé", an idiom of timing: outage-cue-hits.ts)
const FELL_FR = ["est tombe", "est tombee", "sont tombes", "sont tombees", "etait tombe", "etait tombee", "etaient tombes", "etaient tombees", "tombe", "tombent", "tombait", "tombaient"];
// cut ("les box internet coupées", "ligne coupée") and impossible ("paiements impossibles",
// "connexion impossible") after what a service carries; a cut of the power is the grid's (isPhysical)
const CARRIED_FR = ["internet", "reseau", "ligne", "lignes", "box", "acces", "connexion", "telephone", "fibre", "service", "services"];
const DONE_ONLINE_FR = ["connexion", "connexions", "acces", "appels", "paiement", "paiements", "retraits", "virements", "achats", "reservations", "commandes", "telechargements"];
// money or orders held up ("transferts et paiements bloqués", "commandes bloquées"): how the press
// tells a payment or mobile-money service failing (own sets 4, 8, 9 and 13: five outage articles of
// five incidents, no look-alike). Not access or connections, which a court or a state blocks on purpose.
const HELD_UP_FR = ["paiement", "paiements", "retraits", "virements", "transferts", "transactions", "achats", "reservations", "commandes"];
const FAILING_CUES: string[] = [
  ...CARRIED_FR.flatMap((n) => ["coupe", "coupee", "coupes", "coupees"].map((v) => `${n} ${v}`)),
  ...DONE_ONLINE_FR.flatMap((n) => [`${n} impossible`, `${n} impossibles`]),
  ...HELD_UP_FR.flatMap((n) => ["bloque", "bloquee", "bloques", "bloquees"].map((v) => `${n} ${v}`)),
  // "un incident technique" is the French press's "technical issue"
  "incident technique", "incidents techniques", "technical incident*",
  // an incident that struck something ("la région touchée par un incident", "hit by an incident")
  ...["touche", "touchee", "touches", "touchees", "victime", "victimes"].map((v) => `${v} ${v.startsWith("victime") ? "d'un" : "par un"} incident`),
  "hit by an incident", "affected by an incident",
  "showed an error", "shows an error", "showing an error", "showed errors", "showing errors", "greeted by error*", "met with error*",
  "payments rejected", "transactions rejected", "paiements rejetes", "transactions rejetees",
  "failing", "is broken", "are broken", "was broken", "were broken", "broken for",
  "returning errors", "returned errors", "throwing errors", "elevated error*", "increased error*", "error rates",
  "stuck on", "stuck in", "stuck at", "doesn't work", "don't work", "didn't work", "does not work", "do not work", "did not work",
  "payments declined", "payments were declined", "transactions declined",
  // payments or logins that fail, as a verb ("customers unable to pay as payments fail", "les paiements
  // échouent"): the noun "failure" is weak, but what a service does failing is its failure
  "payments fail", "payments failed", "transactions fail", "transactions failed", "logins fail", "logins failed",
  "paiements echouent", "paiements echouaient", "paiements ont echoue", "transactions echouent", "transactions ont echoue",
  "connexions echouent", "connexions ont echoue",
  ...ONLINE_SUBJECTS_FR.flatMap((n) => FELL_FR.map((v) => `${n} ${v}`)),
  "a genoux", "ne marche pas", "ne marchent pas", "ne marchait pas", "ne marchaient pas", "ne fonctionne pas",
  "ne fonctionnent pas", "ne fonctionnait pas", "ne fonctionnaient pas", "renvoie des erreurs", "renvoient des erreurs",
  "renvoyait des erreurs", "renvoyaient des erreurs", "taux d'erreur*",
  "paiements refuses", "transactions refusees",
  // the colloquial "HS" (hors service) and "planté" (crashed) after what a service is or carries ("le
  // réseau mobile HS", "l'appli plantée", "la box est HS"); bound to those nouns or to a verb, since
  // "HS" is also a magazine's special issue ("numéro HS") and "le décor est planté" sets a scene
  ...[...ONLINE_SUBJECTS_FR, ...CARRIED_FR, "mobile", "appli", "applis", "applications"].flatMap((n) => [`${n} hs`, `${n} plante`, `${n} plantee`, `${n} plantes`, `${n} plantees`]),
  "est hs", "sont hs", "etait hs", "etaient hs", "completement hs", "totalement hs",
];

// "failing" of a duty or a firm, not of a service: "for failing to comply", "a failing bank", "failing
// grades"; "failing to load" / "failing to connect" (a verb of using a service) is a failure.
export const FAILING_NOT_AFTER = new RegExp(`^ (?:to (?!(?:${USE_EN.join("|")})(?![a-z]))|grades?|business|banks?|compan|schools?|health|economy|marriage|eyesight|memory)`);

export const OUTAGE_CUES: string[] = [
  ...TROUBLE_CUES,
  ...FAILING_CUES,
  ...STOPPED_CUES,
  ...UNABLE_CUES,
  "injoignable*", "hors d'usage", "page blanche",
  // the hyphenated spellings ("le site est hors-ligne", "the servers went off-line"), and the
  // telephone trade's word for a line out of order ("ligne en dérangement")
  "hors-ligne", "hors-service", "off-line", "en derangement", "pages blanches", "blank page*", "error page*", "timed out", "timing out",
  // servers or a service "knocked out" (by an attack, a fire); not "knocked out of" a contest (outage-cue-hits.ts)
  "knocked out",
  // French
  "panne*", "en rade", "dysfonctionnement*", "inaccessible*", "indisponible*", "indisponibilite*", "hors service",
  "hors ligne", "perturbation*", "perturbe*", "coupure*", "ne fonctionne plus", "ne fonctionnent plus",
  "ne fonctionnait plus", "ne fonctionnaient plus", "ne repond plus", "ne repondent plus", "impossible de se connecter",
  "impossible d'acceder", "impossible d'envoyer", "bug*", "bogue*", "ko", "a plat", "interruption*", "retabli*",
  "retablissement", "retour a la normale", "revenu a la normale", "fonctionnent de nouveau", "fonctionne de nouveau",
  "de nouveau accessible*", "de nouveau operationnel*", "incident*", "signalement*", "downdetector", "down detector",
  "probleme* de connexion", "difficultes a se connecter", "ecran blanc", "erreur 5*",
  // English
  "outage*", "went down", "goes down", "go down", "going down", "is down", "are down", "was down", "were down", "down for",
  "went dark", "gone dark", "offline", "disruption*", "disrupted", "not working", "stopped working", "unavailable",
  "inaccessible", "unreachable", "restored", "back up", "back online", "service degradation", "degraded",
  "crash*", "glitch*", "blackout", "failed to load", "unable to access", "unable to log", "couldn't access",
  "could not access", "error message*", "internal server error", "recovered", "resolved", "down", "failure*",
  "interruption*", "reports of problems", "users reported", "outage reports", "weren't working", "aren't working",
  "isn't working", "wasn't working", "not loading", "won't load", "login issues", "log-in issues", "unable to log in",
  "booted out", "technical issue*", "technical problem*", "come back", "back to normal", "issues", "problems",
  "soucis", "du mal a acceder", "difficultes", "probleme* technique*", "souci* technique*",
  "impossible", "erreur*", "ralenti*",
  // crashes: "écrans bleus", "plantent au démarrage", "paralysés", "blue screen", "boot loop"
  "ecran bleu", "ecrans bleus", "plantent", "plantait", "plantaient", "a plante", "ont plante", "plantage*", "paralyse*", "paralysie",
  "blue screen*", "bsod", "boot loop*", "froze", "frozen", "freez*",
];

// The cue words above that alone name a failure (not a symptom or a recovery); used for the title.
export const STRONG_CUES: string[] = [
  "panne*", "dysfonctionnement*", "inaccessible*", "indisponible*", "hors service", "perturbation*", "perturbe*",
  "ne fonctionne plus", "ne fonctionnent plus", "ko", "a plat", "coupure*", "en rade",
  "outage*", "went down", "goes down", "go down", "is down", "are down", "was down", "were down", "down", "down for", "went dark",
  "offline", "disruption*", "disrupted", "not working", "stopped working", "unavailable", "crash*", "retabli*", "restored", "back online",
  "weren't working", "aren't working", "isn't working", "wasn't working", "unable to log in", "login issues",
  "technical issue*", "probleme* technique*", "souci* technique*", "du mal a acceder", "impossible de se connecter",
  "impossible d'acceder", "ne fonctionnait plus", "ne fonctionnaient plus", "hors ligne", "hors-ligne", "hors-service", "off-line",
  "en derangement",
  "ecran bleu", "ecrans bleus", "plantent", "plantait", "plantaient", "a plante", "ont plante", "plantage*", "paralyse*", "paralysie",
  "blue screen*", "bsod", "boot loop*", ...TROUBLE_CUES, ...STOPPED_CUES, ...UNABLE_CUES, ...FAILING_CUES,
  // the French twin of "inaccessible" ("le site est resté injoignable"), and a service working again, as
  // "rétabli" and "back online" say ("Le site fonctionne de nouveau", "the app is working again"): a
  // recovery tells of the failure before it. (English "unreachable" stays weak: strong, it let a short
  // anniversary item through, "the attack that made X unreachable … in 2016", retrospective signal and all.)
  "injoignable*", "fonctionne de nouveau", "fonctionnent de nouveau", "fonctionne a nouveau",
  "fonctionnent a nouveau", "working again", "available again", "de nouveau accessible*", "de nouveau disponible*",
  "a nouveau accessible*", "a nouveau disponible*",
];
// Difficulties and trouble that are about money or staff, not a service ("connaît des difficultés
// financières", "rencontre des difficultés de recrutement").
export const TROUBLE_NOT_FAILURE_AFTER = /^ (?:financieres|economiques|budgetaires|de tresorerie|de financement|de recrutement|a recruter|a se financer|commerciales|structurelles|sociales|judiciaires)/;

// A failure word right after these is a backdrop to another subject ("après une panne majeure, le
// témoignage...", "in the wake of the outage"), so it counts half.
export const BACKDROP_BEFORE = /(?:apres (?:une|la|cette|l')|suite a (?:une|la|cette|l')|in the wake of (?:the|a|an)|after (?:the|a|an|its|this|last|[a-z0-9-]+'s)|since (?:the|a)|depuis (?:la|une)|malgre (?:la|une)) (?:[a-z'-]+ ){0,2}$/;
// Failure nouns in the plural ("10 famous outages", "les grandes pannes d'Internet"): a title or lead
// about several failures is a retrospective, a list or a guide rather than the story of one outage
// (learned as a signal: an outage story can still say "pannes" of its several services).
export const FAILURE_PLURALS: string[] = [
  "outages", "blackouts", "crashes", "disruptions", "incidents", "failures", "pannes", "coupures", "perturbations",
  "dysfonctionnements", "interruptions",
];

// A plural failure noun as what a subject undergoes or causes now ("le Kenya et l'Ouganda
// connaissent des pannes d'Internet", "Meta apps experience significant outages", "services
// affectés par des pannes", "a fire causes outages") tells of one event's failures, not a list;
// up to two describing words between ("experiencing major service outages").
export const EVENT_PLURAL_BEFORE = /(?:^|[^a-z])(?:connai(?:t|ssent|ssait|ssaient)|subi(?:t|ssent|ssait|ssaient)|essui(?:e|ent)|victimes? de|(?:touche|affecte|perturbe)e?s? par|provoque(?:nt)?|cause(?:nt)?|entraine(?:nt)?|experienc(?:e|es|ed|ing)|suffer(?:s|ed|ing)?|(?:hit|struck|plagued|affected) by|caus(?:e|es|ed|ing)|trigger(?:s|ed|ing)?|spark(?:s|ed|ing)?) (?:(?:des|de|d') ?)?(?:[a-z'-]+ ){0,2}$/;

// A plural failure noun right after an action users take counts their failed attempts in one event
// ("login failures", "payment failures after the update"), not several outages; French puts the
// action after it ("des pannes de connexion", matched by EVENT_PLURAL_AFTER).
export const USER_ACTION_BEFORE = /(?:^|[^a-z])(?:login|log-in|sign-in|signin|logon|connection|payment|checkout|authentication|transaction|booking|upload|download|playback|streaming) $/;

// "Crashes" is also the verb of one subject ("Health portal crashes as bookings open", "Bitcoin
// crashes below $60,000"): after a word that is no determiner or quantity and before a conjunction,
// a preposition of time or a figure, it tells of one event, not of several failures. A noun phrase
// keeps the plural ("fewer crashes after the update", "previous market crashes when...").
export const PLURAL_VERBS = /^crashes$/;
export const PLURAL_AS_VERB_AFTER = /^ (?:as|after|amid|when|while|following|during|below|above|under|again|\$?\d)(?![a-z])/;
export const PLURAL_AS_NOUN_BEFORE = /(?:(?:^|[^a-z])(?:the|a|an|its|their|his|her|our|your|these|those|some|any|no|fewer|more|less|of|and|or|with|for|by|from|\d+)|(?:^|[^a-z])(?:previous|past|recent|earlier|prior|repeated|frequent|random|several|many|multiple)(?: [a-z'-]+)?) $/;

// A plural failure noun followed by where it happens now ("perturbations sur le réseau de Bouygues
// Telecom", "coupures en cours chez Free", "disruptions on the network", "outages across the
// country") tells of one event's failures at one place, not a list of past ones.
export const EVENT_PLURAL_AFTER = /^ (?:en cours|de (?:connexion|paiement|lecture|authentification|reservation)(?![a-z])|sur (?:le |la |les |l')(?:reseau|reseaux|ligne|lignes|site|application|appli|plateforme|service|services|box|messagerie|portail)|chez [a-z0-9]|on (?:the |its )?(?:network|site|website|app|platform|service)|across (?:the |its )?[a-z])/;

// "Panne" of something abstract is figurative: "en panne de croissance" (growth stalled), "une
// panne d'inspiration", "la croissance en panne", "les négociations sont en panne"; and a crash of a
// market or price is money's ("a stock market crash", "share prices crashed", "le krach"). Not a
// service failing.
const ABSTRACT_NOUNS = "croissance|inspiration|idees|ventes|audience|innovation|motivation|recrutements?|confiance|leadership|" +
  "strategie|souffle|succes|investissements?|reformes?|negociations?|dialogue|economie|activite|projets?|credibilite|talents?|envie|" +
  "consommation|commandes|exportations|immobilier";
// "panne sèche" is a tank run dry, "panne offensive" a team that no longer scores: French idioms of
// a car or of sport, never of a service ("Les Bleus en panne sèche")
export const FIGURATIVE_AFTER = new RegExp(`^s? (?:(?:de |d')(?:la |l')?(?:${ABSTRACT_NOUNS})|seches?|offensives?)(?![a-z])`);
export const FIGURATIVE_BEFORE = new RegExp(`(?:^|[^a-z])(?:${ABSTRACT_NOUNS}) (?:(?:est|sont|reste|restent|etait|etaient|toujours|encore|semble|semblent) )*en $`);
// (also with whose shares between: "shares of several cloud companies crashed", "shares in Acme Air
// crashed", "tech stocks all crashed", "les actions des éditeurs ont chuté"; train and own sets 2, 5,
// 9, 10 and 12: six market stories whose shares or stocks crash, no outage article)
export const MARKET_BEFORE = /(?:^|[^a-z])(?:stock|stocks|share|shares|market|markets|price|prices|bitcoin|crypto|cryptocurrency|sales|revenue|bourse|cours|action|actions) (?:market |all )?$|(?:^|[^a-z])(?:shares|stocks|actions|titres) (?:of|in|de|des|du) (?:[a-z'-]+ ){0,4}$/;

// A failure noun that qualifies a product or a plan names what the product is about, not a failure:
// "cloud outage cover", "downtime insurance", "outage preparedness", "une assurance contre les
// pannes", "garantie en cas de coupure" (an insurer's or a planner's story), also when the product
// quotes it as its name ("assurance « panne informatique »", 'cover "business interruption"'). "The
// outage hit the insurer's portal" and "l'assureur victime d'une panne" stay failures.
export const PRODUCT_AFTER = /^s? (?:cover|coverage|insurance|insurers?|policy|policies|protection|guarantee|clause|preparedness|planning|plans?|drills?|simulations?)(?![a-z])/;
export const PRODUCT_BEFORE =
  /(?:^|[^a-z])(?:(?:assurances?|garanties?|couvertures?|indemnisation|insurance|cover|coverage|protection|policy|policies) (?:contre|en cas de|against|for) (?:les |la |l'|une |des |d'|an? |the )?(?:[a-z-]+ ){0,2}|(?:assurances?|garanties?) |(?:assurances?|garanties?|couvertures?|insurance|cover|coverage|policy|policies|protection) " ?(?:[a-z-]+ )?)$/;

// A failure said to be simulated or made up happened to nobody: an exercise's or a test's scenario
// ("une panne géante simulée", "des incidents fictifs", "a simulated outage", "a mock outage of the
// portal", "a hypothetical outage"). "An outage during a simulated load" qualifies the load, not the failure.
export const SIMULATED_AFTER = /^s?(?: [a-z-]+)? (?:simulee?s?|fictive?s?|fictifs|imaginaires?|hypothetiques?)(?![a-z])/;
export const SIMULATED_BEFORE = /(?:^|[^a-z])(?:simulated|mock|fictitious|fictional|hypothetical|imaginary|make-believe|pretend) (?:[a-z-]+ )?$/;
// The items of a list that a simulated noun opens are simulated too ("une série d'incidents fictifs :
// attaque contre le portail, panne d'un centre de données", "simulated incidents: a data-centre outage").
export const SIMULATED_LIST_BEFORE = /(?:(?:simulated|mock|fictitious|fictional|hypothetical) [a-z-]+|[a-z-]+ (?:simulee?s?|fictive?s?|fictifs|hypothetiques?)) ?: [^.:;!?]*$/;

// A failure word right before these is about electricity or transport, not an online service.
// A power plant's "outage" is its shutdown in the industry's word ("a planned refuelling outage",
// "the reactor outage", "l'arrêt de tranche"): a generator's story, not an online service's.
export const PHYSICAL_AFTER = /^(?:s)? (?:d'electricite|de courant|electrique*|de l'electricite|d'aiguillage|de train|de signalisation|of power|of electricity|(?:at|of) (?:the |a |one of (?:its|the) )?(?:[a-z-]+ )?(?:reactors?|nuclear|power (?:station|plant)s?)|du reacteur|de (?:la )?centrale)/;
export const PHYSICAL_BEFORE = /(?:power|electricity|electrical|grid|courant|electricite|refuelling|refueling|reactor|nuclear|nucleaire|turbine) $/;

// Generic names of online services, for articles that name the kind rather than the brand.
export const ONLINE_NOUNS: string[] = [
  "reseau* sociau*", "reseau social", "messagerie*", "application*", "appli*", "site*", "internet", "cloud",
  "serveur*", "plateforme*", "operateur*", "reseau mobile", "fibre", "box", "4g", "5g",
  "social network*", "social media", "messaging", "app", "apps", "website*", "platform*", "server*", "carrier*",
  // a content delivery network, as coverage of its failures names it ("le fournisseur de CDN", "CDN
  // failure"): train and own sets 8, 10, 12 and 13, 26 outage articles of ten incidents
  "broadband", "web", "mobile network*", "cdn", "data center*", "datacenter*", "centre* de donnees", "online service*", "service*",
  "informatique*", "ordinateur*", "computer*", "systemes informatiques", "it systems", "pc",
  // a shop on the web, as coverage of its failures names it ("Moroccan marketplace crashes", "the
  // second-hand marketplace was down", "la boutique en ligne est fermée"): train and own sets 2-14,
  // eleven outage articles of nine incidents in eight corpora; the look-alikes that name one (an
  // insurance product, a breach) tell of no failure in its sentence
  "marketplace*", "online shop*", "online store*", "online retailer*", "boutique* en ligne", "e-commerce",
];

// Cause events that coverage leads with ("battery fire at a data center used by X", "câble sous-marin
// sectionné", "cyberattaque contre X") before saying a service went down meanwhile. Physical events
// open an outage story only next to an infrastructure word (a power cut alone is about the grid, as
// in an operator's advice on planned power cuts); attacks and faulty updates also next to a service.
export const PHYSICAL_EVENT_CUES: string[] = [
  "incendie*", "feu", "flammes", "fire", "fires", "blaze", "flames", "explosion",
  "coupure de courant", "coupure d'electricite", "panne de courant", "panne d'electricite", "power cut*", "power outage*",
  "power failure", "power loss", "surchauffe", "panne de climatisation", "panne de refroidissement", "overheating",
  "cooling failure", "inondation", "fuite d'eau", "flood*", "water leak",
  "cable sectionne*", "cables sectionnes", "cable coupe*", "cables coupes", "fibre coupee", "cable cut*", "cut cable*",
  "severed", "sectionne*",
];
export const SERVICE_EVENT_CUES: string[] = [
  "cyberattaque*", "cyber-attaque*", "cyberattack*", "cyber attack*", "cyber-attack*", "ddos", "ransomware", "rancongiciel",
  "mise a jour defectueuse", "faulty update", "defective update", "bad update",
];
export const INFRASTRUCTURE_CUES: string[] = [
  "data center*", "data centre*", "datacenter*", "centre de donnees", "centres de donnees", "server room",
  "salle des serveurs", "serveur*", "server*", "hebergeur", "hosting provider", "cloud provider", "fournisseur", "provider",
  "cable sous-marin", "cables sous-marins", "undersea cable*", "submarine cable*",
];

// An operator's own statement speaks of its services in the first person ("our services", "nos
// services") and about an incident with these words: with a failure or recovery word, it reports an outage.
export const FIRST_PERSON_RE = /(?<![a-z])(?:we|our|us|nous|nos|notre)(?![a-z])/;
export const OFFICIAL_INCIDENT_CUES: string[] = [
  "defect*", "defaut*", "incident*", "service event", "impact*", "affected", "affecte*", "touche*", "remediation",
  "workaround", "mitigat*", "root cause", "cause profonde", "a fix", "the fix", "correctif", "apologi*", "sorry",
  "excuses", "nous excusons", "desole*", "recovered", "restored", "retabli*", "disruption*", "perturbation*",
  "outage*", "panne*", "unreachable", "unavailable", "indisponible*", "degraded", "degrade*", "errors", "erreurs",
  "disconnect*", "deconnecte*", "interrupt*",
];

// "down" in these phrases is not a failure ("steps down", "shares down 5%", "cut down on", a product
// "shut down" for good; an outage that shuts sites down is still said with "outage", "offline"...).
// (a whole word before "down": "Outlook down" is a failure, "look down" is not)
export const DOWN_NOT_FAILURE_BEFORE = /(?:^|[^a-z])(?:shut|shuts|shutting|step|steps|stepped|stepping|back|backs|backed|calm|cut|cuts|turn|turned|trim|slow|slowed|prices?|stocks?|shares?|sales|revenue|growth|gdp|profits?|earnings|income|demand|output|spending|inflation|unemployment|margins?|volumes?|hunker|knock|knocked|break|broke|broken|bring|brought|narrow|narrowed|wind|winding|write|track|tracked|look|looked|looking|hand|handed|pipe|crack|cracking|clamp|clamping|ups and) $/;

// Look-alikes of outage stories that the words alone confuse with one (signals of the learned
// model, which weighs each from the labelled look-alikes): gathered from French and English
// explainers, advice pieces, anniversaries, breach reports and advance notices (2010-2026).

// A title that gives advice or explains rather than reports ("How to prepare for the next outage",
// "Comment vérifier si un service est en panne", "Why cloud outages keep happening", "Que faire
// quand...", "5 tips to...", "Opinion: ..."). "How a bad update broke X", "Why is X down?", "Pourquoi cette panne ?"
// tell one story and are not matched.
// "Why X went down", "Why Steam couldn't keep up", "Pourquoi M6+ n'a pas tenu le choc", "Pourquoi
// le site a flanché": a why-title whose subject (a few words) then did something in a past tense
// explains one event that happened, as "Why is X down?" does; "Why outages keep happening",
// "Pourquoi les pannes se multiplient" stay in the present and explain a trend.
const ONE_PAST_EVENT_EN = "(?:[a-z0-9+.'-]+ ){1,5}(?:went|crashed|failed|broke|collapsed|buckled|couldn't|could not|didn't|did not|wasn't|was not)(?![a-z])";
const ONE_PAST_EVENT_FR = "(?:[a-z0-9+.'-]+ ){1,5}(?:n'a pas|n'ont pas|(?:a|ont) (?!une )[a-z]+(?:e|i|u|is|it)|s'est|se sont)(?![a-z])";
export const ADVICE_TITLE_RE = new RegExp(
  "^(?:[^a-z0-9]*)(?:how to|how can|how do|how should|what to do|why (?!(?:is|are|was|were|did|does|do|has|have) |" + ONE_PAST_EVENT_EN + ")|pourquoi (?!(?:cette|ce|cet|la|le) |" + ONE_PAST_EVENT_FR + ")|que faire|comment (?:bien |faire |savoir |eviter |se |s'|[a-z]+(?:er|ir|re) )|" +
  "(?:(?:nos|mes|quelques|nos meilleurs|our|some|my|expert) )?(?:guide|tips|conseils|astuces)|" +
  // a title part that names itself a guide or a list of steps ("a survival guide for small websites",
  // "the complete checklist", "un guide pratique")
  "(?:a|an|the|your|un|le|votre|notre) (?:[a-z-]+ )?(?:guide|checklist|primer)(?![a-z])|[0-9]+ (?:ways|steps|tips|things|conseils|astuces|facons|etapes|choses|reflexes)|" +
  // the advice in so many words ("Panne de box : les bons réflexes", "Outages: best practices for shops")
  "(?:les )?bons reflexes|(?:les )?bonnes pratiques|best practices|" +
  // a title part that is the press's label for a signed opinion ("Opinion: stop saying the cloud is
  // down", "Tribune : nos vies suspendues à la prochaine panne", "Chronique - et si...", "Op-ed |"):
  // an argument about outages, like an explainer, reports none; the label alone, since "La Tribune" or
  // "Chicago Tribune" name newspapers
  "(?:opinion|op-ed|tribune|point de vue|chronique|editorial|edito|column|commentary|carte blanche)$)",
);
// A sentence that opens on an order to the reader ("Vérifiez les câbles", "D'abord, redémarrez la
// box", "Make sure your status page is hosted elsewhere", "2. Keep a way around"): a guide's steps,
// which a report of one outage seldom writes twice. French: a verb in -ez (not "chez", "assez", nor
// a statement's courtesy "veuillez nous excuser", "soyez assurés", nor a page's furniture "appuyez sur
// Entrée", "abonnez-vous", "retrouvez notre dossier"); English has no such ending, so the common verbs of advice.
export const READER_ORDER_RE = new RegExp(
  "^(?:[^a-z0-9]*|[0-9]+[.)] *)(?:(?:d'abord|ensuite|enfin|puis|surtout|aussi|first|then|next|finally|also|above all),? )?" +
  "(?:(?!(?:chez|assez|veuillez|soyez|appuyez|cliquez|abonnez|inscrivez|retrouvez|suivez|lisez|decouvrez|partagez|commentez|ecoutez|regardez)[ -])[a-z]+ez(?: |-vous |-les |-le |-la )|n'(?:oubliez|hesitez|attendez)|ne (?:paniquez|perdez)|" +
  "(?:make sure|check|keep|consider|avoid|try|remember|don't|do not|never|know|list|host|rehearse|test|back up|plan|contact|call|restart|reboot|unplug|write down|note down|prepare|set up|ask|switch to|turn off|look for|read) )",
);
// A ranked or counted list of failures in the title ("10 famous outages", "The biggest cloud outages
// of the decade", "7 times the web went dark", "Les 5 pannes les plus marquantes", "les pires pannes
// de l'histoire"): a listicle names several outages and reports none. "Major outages hit X" and "une
// des plus grandes pannes" (one outage ranked among others) are not matched.
const FAILURE_NOUNS = "(?:outages|failures|crashes|blackouts|disruptions|pannes|coupures|plantages|bugs)";
export const RANKED_LIST_TITLE_RE = new RegExp(
  `(?<![a-z0-9])(?:(?:top )?[0-9]+ (?:[a-z'-]+ ){0,3}(?:${FAILURE_NOUNS}|times|fois)|` +
  `(?<!(?:une|one) (?:des|of the) )(?:famous|notable|notorious|infamous|biggest|worst|largest|greatest|memorable|historic|celebres|pires|marquantes|memorables|historiques|plus grandes|plus grosses) (?:[a-z'-]+ ){0,2}${FAILURE_NOUNS}|` +
  `${FAILURE_NOUNS} (?:les plus|celebres|historiques|marquantes|memorables|of all time|in history|de l'histoire))(?![a-z])`,
);
// A title that opens on a price change ("Acme raises Zorvex Cloud prices by 15%", "Price hike for
// Acme subscribers", "Zorvex hausse ses forfaits", "Hausse des tarifs de 3 % au 1er avril", "Acme
// revoit ses tarifs"): a story about what a service costs, whatever outages its readers then recall
// ("les clients crient à la panne", "weeks after two outages"). Matched on the title's first clause.
export const PRICE_CHANGE_RE = new RegExp(
  "(?<![a-z])(?:(?:raises?|raised|raising|hikes?|hiked|increases?|increased|lifts?|doubles?|doubled) (?:[a-z0-9.+'-]+ ){0,3}(?:prices?|fees?|rates|tariffs?|subscriptions?)|" +
  "(?:price|fee|tariff|subscription) (?:rises?|hikes?|increases?|changes?)|" +
  "(?:hausse|haussent|augmente|augmentent|releve|relevent|revoit|revoient|double) (?:ses|les|leurs|sa|son|le|la) (?:[a-z'-]+ ){0,2}(?:tarifs?|prix|forfaits?|abonnements?|brochure tarifaire)|" +
  "(?:hausse|augmentation|revalorisation) (?:des|de ses|de leurs|du|de l') (?:[a-z'-]+ ){0,2}(?:tarifs?|prix|forfaits?|abonnements?))(?![a-z])",
);
// A title that names a strike ("Grève à la SNCB", "préavis de grève des hôtesses", "débrayage au
// centre de tri", "pilots' strike grounds flights", "rail staff strike", "workers walk out"): people
// stopping work, whatever it disrupts (trains, mail, flights), is labour news, not an online service
// failing. Not "lightning strike", "air strike" or "strikes a deal": only the labour senses.
export const STRIKE_TITLE_RE = new RegExp(
  "(?<![a-z])(?:greves?|greviste?s?|debrayages?|" +
  "(?:staff|workers?|employees|pilots?|pilots'|drivers|controllers|crews?|unions?|postal|rail|dock|general|national|nationwide) strikes?|" +
  "(?:on|go on|goes on|went on|going on) strike|strike action|strikers|walk ?outs?|walk(?:s|ed)? out)(?![a-z])",
);
// A title whose subject is a share price moving ("Acme Air shares crash 9% after IT failure", "Payments
// stock plunges on weak forecast", "L'action Zorvex dévisse", "Zorvex plonge en Bourse", "krach
// boursier"): a market story, whatever outage it gives as one reason. Train and own sets 2, 4, 5 and
// 9-12: thirteen such titles, all look-alikes; no outage article's title. The words between the
// noun and its verb are a company's name, not a clause ("shares details after servers fell"), nor a
// system: "stock" is also an inventory and an exchange, and "Stock exchange trading system crashes" or
// "Supermarket stock system crashes" report a failure.
const MOVE_EN = "crash|crashes|crashed|falls?|fell|tumbles?|tumbled|slumps?|slumped|plunges?|plunged|plummets?|plummeted|slides?|slid|sinks?|sank|drops?|dropped|dives?|dived|slips?|slipped|jumps?|jumped|soars?|soared|surges?|surged|rall(?:y|ies|ied)|rises?|rose|climbs?|climbed";
const MOVE_FR = "chutent|chute|s'effondrent|s'effondre|plongent|plonge|devissent|devisse|reculent|recule|degringolent|degringole|bondissent|bondit|flambent|flambe|grimpent|grimpe";
const NOT_A_CLAUSE = "(?: (?!(?:after|as|when|amid|while|apres|quand|alors|malgre|exchange|trading|systems?|platforms?|apps?|sites?|website|servers?|network|computers?|systemes?|plateformes?|serveurs?|reseau)(?![a-z]))[a-z0-9'&.-]+){0,4}";
export const SHARE_MOVE_TITLE_RE = new RegExp(
  `(?<![a-z])(?:(?:shares|stocks?|share price|stock price)${NOT_A_CLAUSE} (?:all )?(?:${MOVE_EN})|` +
  `(?:l'action|les actions|le titre|le cours)${NOT_A_CLAUSE} (?:${MOVE_FR})|(?:${MOVE_FR}) en bourse|krach boursier)(?![a-z])`,
);
// A stop announced ahead in the lead ("X to shut down M-Pesa on Saturday", "users will not be able
// to pay", "le service sera indisponible dimanche", "des perturbations sont à prévoir", "Nintendo
// prévient que..."): a notice of what will happen, not a report of a failure. Not after a cause
// ("forced to go offline", "caused sites to go offline": that one happened).
export const ANNOUNCED_STOP_RE = new RegExp(
  "(?<![a-z])(?:will (?:not be (?:able to|available|accessible)|be (?:unavailable|inaccessible|down|offline|shut down|suspended|interrupted|disrupted|taken offline)|go (?:offline|down|dark)|shut down|suspend)|" +
  "won't be (?:able to|available|accessible)|to (?:shut down|be shut down|go offline|go dark|be taken offline|be unavailable|suspend)|" +
  "(?:sera|seront) (?:indisponibles?|inaccessibles?|coupee?s?|suspendue?s?|interrompue?s?|hors ligne|perturbee?s?|a l'arret)|" +
  "(?:va|vont) (?:couper|suspendre|interrompre|etre (?:coupee?s?|indisponibles?|suspendue?s?|interrompue?s?))|ne pourra pas|ne pourront pas|" +
  "(?:sont|est) a (?:attendre|prevoir)|prevoit une (?:baisse|interruption|coupure)|previent que|warns? (?:that|of|users)|" +
  // a stop named as planned, whatever the tense of its verb ("annonce une interruption programmée",
  // "a scheduled outage on Sunday", "planned downtime"): its plan is the news, not a failure
  "(?:interruptions?|coupures?|arrets?|indisponibilites?) (?:(?:temporaires?|totale?s?|partielle?s?) )?(?:programmee?s?|planifiee?s?)|" +
  "(?:planned|scheduled) (?:outages?|downtime|interruptions?|shutdowns?|service interruptions?|maintenance|works?)|" +
  // planned work, which a notice names for the stop it brings ("des travaux de maintenance programmée
  // seront effectués", "maintenance planifiée de la plateforme"): train and own sets 2-11, 25 look-alikes'
  // leads against two reports', whose failure told in the past keeps them reports (scoreOutage)
  "(?:maintenance|travaux|operations? de maintenance|interventions? de maintenance)(?: de maintenance)? (?:programmee?s?|planifiee?s?)|" +
  // French's simple future of a verb that brings a stop ("des travaux entraîneront une interruption",
  // "l'opération provoquera des coupures"): third person, -era / -eront and -ira / -iront
  "[a-z]{3,}(?:eront|era|iront|ira) (?:une|des|la|l'|de) (?:[a-z-]+ )?(?:interruptions?|coupures?|indisponibilites?|perturbations?))(?![a-z])",
  "g",
);
// A failure word followed in its clause by a time ahead ("servers down for five hours tomorrow",
// "service coupé demain soir", "offline next weekend") announces a stop, as "will be" does.
export const AHEAD_AFTER =
  /^[^,;.!?:]{0,30}?(?<![a-z])(?:tomorrow|demain|next (?:week|weekend|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|la semaine prochaine|le week-end prochain|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) prochain)(?![a-z])/;
// A failure word whose own clause goes on in the future of what may happen ("des perturbations, voire
// des interruptions, pourront être observées", "short interruptions may occur", "outages are expected
// overnight"): a notice's warning, as a time ahead is. Read only where the lead announces a stop.
export const MAY_AHEAD_AFTER =
  /^[^.;!?:]{0,50}?(?<![a-z])(?:pourr(?:a|ont)|sont a prevoir|est a prevoir|sont possibles|may|might|(?:is|are) (?:expected|likely))(?![a-z])/;
export const CAUSED_BEFORE = /(?:^|[^a-z])(?:caus(?:ed|ing|es?)|forc(?:ed|ing|es?)|le(?:d|ads?|ading)|prompt(?:ed|ing|s)?|obliges?|oblige|contraint|pousse) (?:[a-z0-9'.-]+ ){0,5}$/;
// An outage recalled from years back ("ten years ago", "il y a dix ans", "anniversary", "retour sur"),
// or one year back, which both languages write in the singular ("a year on", "un an après", "il y a un an").
export const RETROSPECTIVE_RE =
  /(?<![a-z])(?:years ago|a decade ago|years later|years on|(?:a|one) year (?:ago|later|on|after)|anniversary|look(?:ing)? back|remember when|il y a (?:[a-z0-9-]+ ){1,2}ans?|ans plus tard|ans apres|un an (?:plus tard|apres|jour pour jour)|une decennie|anniversaire|retour sur|souvenez-vous)(?![a-z])/;
// A theft or leak of data, which takes no service down by itself ("data breach", "fuite de données").
export const BREACH_CUES: string[] = [
  "data breach*", "breach*", "leak*", "leaked", "stolen data", "data theft", "hacked", "compromised", "exposed data",
  "fuite de donnees", "fuites de donnees", "fuite*", "breche", "vol de donnees", "donnees volees", "pirate", "pirates",
  "piratee", "piratees", "piratage", "compromis", "compromises",
];
// An attack told as stopped ("mitigated a record DDoS attack", "a repoussé une cyberattaque", "blocks
// the largest attack"): like a breach, it took nothing down by itself.
export const REPELLED_ATTACK_RE =
  /(?<![a-z])(?:mitigated|mitigates|thwarted|thwarts|fended off|fends off|fought off|repelled|repels|absorbed|absorbs|blocked|blocks|stopped|stops|foiled|foils|repousse|repoussee|dejoue|dejouee|contre|contree|absorbe|absorbee|bloque|bloquee|neutralise|neutralisee)(?: [a-z0-9'-]+){0,4} (?:ddos|attacks?|attaques?|cyberattaques?|cyberattacks?|assauts?)(?![a-z])/;
// A product withdrawn on purpose, banned or closed for good ("removed from the App Store", "the ban
// took effect", "discontinued", "fermera définitivement", "banni de la plateforme"): a decision, not a
// failure, even when coverage says it "went dark".
export const WITHDRAWN_CUES: string[] = [
  "removed from the app store", "removed from app stores", "removed from the play store", "removed from google play",
  "the ban", "ban took effect", "ban takes effect", "banned", "discontinued", "discontinues", "shut down for good",
  "shuts down for good", "pulls the plug", "pulled the plug", "retire des stores", "retiree des stores", "retiree du play store",
  "retire de l'app store", "retiree de l'app store", "interdit", "interdite", "interdits", "interdites", "interdiction",
  "banni", "bannie", "bannis", "bannies", "fermeture definitive", "fermera definitivement", "ferme definitivement",
  "ferme ses portes", "fermera ses portes", "met fin a", "tire sa reverence",
];
// A telecommunications cable damaged or cut ("quatre câbles sous-marins endommagés", "la rupture
// des câbles", "three subsea cables were severed", "damage to an undersea cable"): the connectivity
// of the countries it serves fails with it, whether or not coverage names an operator. Only cables
// of data (submarine, telecom, internet, fibre), never a power cable or cable television.
export const DATA_CABLE_RE =
  /(?<![a-z])(?:cables? (?:sous-marins?|de (?:tele)?communications?|internet|de fibres?(?: optiques?)?|a fibres?(?: optiques?)?|de donnees)|(?:undersea|subsea|submarine|fib(?:er|re)(?:-optic)?|internet|telecoms?|telecommunications?|communications?|data) cables?)(?![a-z])/;
export const CABLE_DAMAGE_RE =
  /(?<![a-z])(?:endommag[a-z]*|coupee?s?|coupure|sectionn[a-z]*|rupture|rompue?s?|cassee?s?|arrachee?s?|damag(?:e|ed|es|ing)|sever(?:ed|s|ing)?|cut|cuts|broken|breaks?|breakage|ruptured?)(?![a-z])/g;
// Failure words of electricity rather than of an online service ("without power", "privés
// d'électricité").
export const GRID_CUES: string[] = [
  "without power", "without electricity", "lost power", "power outage*", "power cut*", "power failure*",
  "electricity", "electric utility", "utility customers", "sans electricite", "sans courant", "prive* d'electricite",
  "coupure* de courant", "coupure* d'electricite", "panne* de courant", "panne* d'electricite", "electricite",
  // a power plant's shutdown is the grid's supply story ("the reactor went offline for refuelling")
  "reactor*", "nuclear power", "power station*", "power plant*", "reacteur*", "centrale* nucleaire*", "centrale* electrique*",
];
// Travel rather than an online service ("trains bloqués", "flights grounded", "passagers"): with no
// service named, a stopped line or a closed airport is transport's story. The tram by its own words
// only: "tram*" also took "trame", "trampoline" and any brand that begins so (a cloud host of the own corpora).
export const TRANSPORT_CUES: string[] = [
  "train", "trains", "tgv", "rer", "metro", "tram", "trams", "tramway*", "rail", "railway*", "ferroviaire*", "gare", "gares", "station*",
  "airport*", "aeroport*", "flight*", "vols", "passenger*", "passager*", "voyageur*", "commuter*", "aiguillage*", "signalisation",
];
// Machines whose breakdown strands people rather than an online service (a building's lift, a train's
// locomotive, a factory's welding robots or assembly line): a title that names one tells of the
// physical world ("trois semaines sans ascenseur", "Locomotive en panne dans le tunnel", "parts
// shortage halts assembly line"). Own sets 13 and 14: six look-alike titles, no outage article's title
// or lead (train: none either way). A chatbot is no machine ("robot conversationnel": MACHINE_NOT_AFTER).
export const MACHINE_CUES: string[] = [
  "ascenseur*", "monte-charge*", "escalator*", "escalier* mecanique*", "elevator*", "locomotive*", "motrice*",
  "robot", "robots", "chaine* de montage", "chaine* de production", "ligne* de montage", "ligne* de production", "assembly line*", "production line*",
];
export const MACHINE_NOT_AFTER = /^ (?:conversationnel|conversationnels|de conversation|de discussion|d'ia|ia|ai)(?![a-z])/;
// The computer systems of a carrier that its customers use (booking, check-in, ticketing, its website
// or app): an airline or railway whose systems fail is an online outage told in travel words
// ("check-in systems down, passengers queue"), unlike a stopped line or a closed airport.
export const TRAVEL_SYSTEM_CUES: string[] = [
  "check-in system*", "booking system*", "reservation system*", "ticketing system*", "it system*", "computer system*", "it outage*",
  "booking site*", "booking website*", "website*", "mobile app*",
  ...["systeme", "systemes"].flatMap((n) => [`${n} de reservation`, `${n} d'enregistrement`, `${n} de billetterie`, `${n} informatique*`]),
  "panne informatique*", "pannes informatiques",
  "site internet", "site web", "billetterie en ligne",
  // its app, as French and English name it ("l'application CFF Mobile restée inaccessible", "the rail
  // operator's app was down"): "mobile app" was there in English only
  "app", "apps", "l'application", "l'appli", "application mobile", "applications mobiles", "appli", "applis",
];

// Colloquial crash verbs said of a service by its name ("M6+ plante en plein match", "le site des
// impôts a flanché", "Free rame depuis ce matin", "Discord bugue", "Steam fait des siennes", "Xbox
// Live conked out", "GitHub fell over", "Outlook is acting up"). Everyday speech for a service
// failing, but the same words plant trees, row boats or trip people ("le PSG plante", "Macron plante
// le décor", "the market crashed"), so they count only right after a service's name and,
// for the verbs that also take an object ("plante le décor", "lâche ses clients"), before no object.
export const NAMED_CRASH_VERBS: string[] = [
  "plante", "plantait", "a plante", "avait plante", "flanche", "flanchait", "a flanche", "avait flanche",
  "rame", "ramait", "bugue", "buggue", "beugue", "buguait", "a bugue", "a buggue", "lache", "a lache",
  "fait des siennes", "faisait des siennes", "a fait des siennes", "rend l'ame", "a rendu l'ame",
  "conked out", "has conked out", "is acting up", "was acting up", "acting up", "fell over", "has fallen over",
  "keeled over", "crapped out", "is glitching", "was glitching",
];
// An object after a verb that takes one: a determiner, a possessive or a number ("plante le décor",
// "plante 10 000 arbres", "a lâché ses abonnés"), or a reflexive object in English ("fell over itself").
export const NAMED_CRASH_OBJECT_AFTER = /^ (?:le|la|les|l'|un|une|des|du|de|d'|ses|son|sa|leur|leurs|[0-9]|itself|themselves|each other)/;

// Verbs of giving way under a load, said of a site, an app or servers ("HMRC website buckles on deadline
// day", "school platform buckles under first-day rush", "le site et l'application ont cédé dès le début
// de matinée", "les serveurs du jeu craquent dès l'ouverture"): a failure only with such a subject in
// their clause (lib/extract/subject-failure-hits.ts), as the same verbs tell of markets and people
// ("les cryptomonnaies ont cédé un quart", "the floor gave way", "il craque pour"). Train and own sets
// 2-14: eleven outage articles of ten incidents in seven sets; the two look-alikes are markets' with no
// online subject.
export const GIVE_WAY_VERBS: string[] = [
  "buckle", "buckles", "buckled", "buckling", "cede", "cedent", "a cede", "ont cede", "avait cede", "avaient cede",
  "craque", "craquent", "a craque", "ont craque", "craquait", "craquaient",
];
// what follows a give-way verb that makes it another verb: "buckle down" (work hard), "buckle up",
// "craque pour" (falls for), "cède à la demande / à la pression / face aux" (gives in), "a cédé ses parts"
// or "l'essentiel" (sold: an object), English "cede ground / control" (yields)
// ("des" before a time or an article is "dès": "craquent dès l'ouverture", "ont cédé dès 10 h")
export const GIVE_WAY_NOT_AFTER =
  /^ (?:l'|(?:down|up|pour|a la demande|aux? (?:pressions?|demandes?|exigences?|revendications?|sirenes)|a la pression|face|devant|ground|control|territory|power|market|share|du terrain|le pas|ses|sa|son|leurs?|le|la|les|un|une|du|[0-9]|des(?! (?:l'|le |la |les |[0-9]|son |sa |ses |ce |cette |lors|que |qu'|midi|minuit|hier|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)))(?![a-z]))/;
// A user's action or a request that failed ("38% of HTTPS requests to customer sites failed with
// certificate errors", "card payments across Europe failed for several hours", "logins were failing"):
// the failure of the service they go to. Train and own sets 2-14: fifteen outage articles of thirteen
// incidents in nine corpora, two look-alikes (both recalling an old outage, which their other
// signals tell).
export const FAILED_ATTEMPT_RE =
  /(?<![a-z])(?:requests?|logins?|log-ins?|sign-ins?|connections?|api calls?|payments?|transactions?|queries|lookups)(?: [a-z0-9%'-]+){0,12} (?:failed|were failing|began failing|started failing)(?![a-z])(?! to (?:arrive|pass|gain|win|attract|draw|meet|reach|convince|persuade|secure|materiali[sz]e))/g;
// a request that is the newsroom's own ("requests for comment failed", "calls to the company"): bare
// "calls" and "attempts" left the list for this, a failed payment "to arrive" or bill "to pass" is no outage
export const FAILED_ATTEMPT_NOT_WITHIN = /\bfor comment\b|\bto (?:reach|contact) (?:the|a|its|their)\b/;
