// Cue words deciding a named service's part in an outage, in folded French and English.
// From press phrasing: "ChatGPT perturbé à cause de Cloudflare", "Telegram a gagné 70 millions
// d'utilisateurs", "Twitter s'est moqué de la panne", "users flocked to Twitter".

// After these, the service named carries the ones before it: they run on it, are hosted by it, rely
// on it ("all four run on Acme Cloud", "des sites hébergés chez Acme", "shops that rely on Acme").
// Read both for an unknown name (CARRIER_CONNECTORS, find-carrier-name.ts) and to weigh the roles of
// names already found (CAUSAL_CONNECTORS): a carrier is also what caused its customers' failure.
const DEPENDENCY_CONNECTORS: string[] = [
  "depend de", "dependent de", "dependant de", "s'appuient sur", "s'appuie sur", "heberge par",
  "rely on", "relies on", "relying on", "depend on", "depends on", "hosted on", "powered by",
];

export const CARRIER_CONNECTORS: string[] = [
  ...DEPENDENCY_CONNECTORS,
  "depend du", "dependent du", "heberges par", "hebergee par", "hebergees par", "heberge chez", "heberges chez", "hebergee chez", "hebergees chez",
  "relied on", "depending on", "hosted by", "hosted with", "run on", "runs on", "running on", "built on",
];

// After these, the service named is the one whose failure caused the others'.
export const CAUSAL_CONNECTORS: string[] = [
  ...DEPENDENCY_CONNECTORS,
  "a cause de", "a cause d'", "en raison de", "en raison d'", "la faute a", "la faute de", "suite a la panne", "cause par",
  "causee par", "causes par", "provoque par", "provoquee par", "due a", "du a", "dus a", "dues a", "because of", "due to",
  "caused by", "triggered by", "blamed on", "behind", "stemming from", "traced to", "client de", "clients de", "customers of",
  "customer of",
];

// Right before "clients de" / "customers of": the people who use the service named next ("les clients
// de LCL ne peuvent plus payer", "the customers of Optus"), not a service that is a provider's
// customer ("Shopify, client de Cloudflare"): the name after it is then no cause.
export const PEOPLE_OF_BEFORE = /\b(?:les|des|nos|vos|ses|leurs|aux|ces|the|its|their|all|many|some|most|other|these|those|of|millions de|milliers de)\s$/;
export const CUSTOMERS_CONNECTOR = /^(?:clients? de|customers? of)/;

// These say what came first, and only sometimes what caused what: "Slack down following the AWS
// outage" (AWS carries Slack: the cause) but "LinkedIn faces disruption following the Facebook
// outage" (one platform does not carry another: an earlier outage, the one before in a series).
export const TEMPORAL_CONNECTORS: string[] = [
  "following", "following the", "after the", "after an", "in the wake of", "on the heels of", "suite a", "suite a la panne", "apres la", "apres une",
  "dans la foulee de", "dans la foulee d'", "au lendemain de", "au lendemain d'", "dans le sillage de",
];

// In a sentence telling of an earlier outage, words saying the two are unrelated ("sans aucun lien
// avec elle", "unrelated to it"): the earlier outage is another story, whatever carries what.
export const NO_LINK = /\b(?:sans (?:aucun |le moindre )?(?:lien|rapport)|aucun lien avec|n'a (?:aucun|pas de) (?:lien|rapport)|unrelated|not related|no link|not linked|no connection|not connected|independamment de)\b/;

// Around these, a service that works is slowed by the others' failure (new users flooding in).
export const KNOCK_ON_CUES: string[] = [
  "afflux", "nouveaux utilisateurs", "nouveaux inscrits", "inscriptions", "ralenti*", "saturation", "sature*",
  "new users", "new sign-ups", "sign-ups", "signups", "influx", "flood of", "surge of users", "slowed", "slowdown", "overwhelmed",
  "by extension", "par ricochet", "egalement touche*", "also affected", "knock-on", "in turn",
];

// Right after a service name: the service (its account, its owner) posted, so it is a bystander.
// Headlines put these in the present ("Threads ironise sur la panne de X", "Bluesky pokes fun at X",
// "Zoom sees a rush of sign-ups").
export const REACTION_AFTER = /^(?:'s)?(?:,? [^,.]{0,25},)?,? ?(?:a tweete|a poste|a publie|a ironise|ironise|s'est moque|se moque|a raille|raille|a profite|en a profite|profite de|a plaisante|plaisante|a tacle|tacle|tweeted|tweets|posted|joked|jokes|mocked|mocks|trolled|trolls|poked fun|pokes fun|took a jab|takes a jab|took the opportunity|wrote|quipped|quips|welcomed|welcomes|said hello|greeted|gloated|gloats|a souhaite|a salue|a accueilli|gained|gains|a gagne|gagne des|a enregistre|recorded|attracted|attracts|a attire|attire des|added|a recu|received|(?:saw|sees|is seeing|reports|reported) (?:a|an) (?:surge|rush|influx|spike|jump|wave|flood))/;
// Right after a service name: it claims the users the outage sent it ("Telegram revendique des
// millions de nouveaux inscrits", "Signal says it gained a million users"): a rival, a bystander.
// The users' words are needed: "Rogers claims the outage was caused by..." is the failed one speaking.
export const USERS_CLAIMED_AFTER = /^(?:'s)?,? (?:revendique|a revendique|dit avoir (?:gagne|recu|enregistre)|affirme avoir (?:gagne|recu|enregistre)|claims|claimed|says it (?:gained|added|got|saw|recorded|registered|had)|said it (?:gained|added|got|saw|recorded|registered|had))\b[^.;]{0,40}?\b(?:inscrits|inscriptions|utilisateurs|abonnes|membres|users|sign-?ups|subscribers|accounts|members)\b/;

// Right before a service name: the service is where people went or posted, not what failed.
// (A suspension mark may stand before the name, for effect: "les protestations ont été postées sur… Twitter".)
export const PLATFORM_BEFORE = /(?:\bon|\bsur|\bvia|\bvers|\bto|\bfrom|\bthrough|\bpar|\bsur le reseau social|\bon rival|\bflocked to|\bturned to|\bse sont tournes vers|\bse sont rabattus sur|\bmigre vers|\bmigrated to|\bjoined|\brejoint|\bconcurrent|\brival|\brivals?|\bcompetitor)(?: (?:the |le |la |les )?(?:(?:social media |social networking |social )?(?:site|network|platform|app) |(?:reseau social|plateforme|application|messagerie) )?| ?(?:…|\.\.\.) ?)$/;

// After a service name in its sentence: the text says it was spared ("WhatsApp, qui appartient aussi
// à Meta, n'a pas été touché", "Instagram was not affected", "Steam is fine", "le PlayStation
// Network n'y est pour rien"), or the service itself says its own systems work ("BNP Paribas assure
// que ses systèmes fonctionnent", "Chase said its app was working"). Recovery words ("fonctionne de
// nouveau normalement", "is working normally again") are not here: a service that recovered had failed.
// Kept working ("Minecraft itself kept working", "le jeu a continué de fonctionner"), not kept working on a fix.
// Hedged sparing counts too ("Orange's own customers did not appear to be affected", as "ne semblent
// pas touchés" does in French): the press is rarely surer than that about the network behind a brand.
// ("épargné" spares; "d'épargne", "l'épargne" are the noun: "Caisse d'Épargne", a savings account)
// Its users reporting no trouble says it did not fail ("les clients de Rivalco ne signalent pas de
// difficulté", "Rivalco customers report no problems"): the rivals a story checks, not its subject.
export const SPARED_AFTER = /^(?:'s)?,? (?:(?:a )?(?:assure|affirme|indique|precise|maintient)(?:nt)? que (?:ses|son|sa|leurs?) (?:propres? )?(?:systemes?|services?|applications?|app|site|reseau|plateformes?|serveurs?) (?:fonctionn|march)|(?:says|said|insists|insisted|stated|maintains|maintained) (?:that )?(?:its|their) (?:own )?(?:systems?|services?|apps?|site|website|network|platform|servers?) (?:is|are|was|were|remains?|remained)(?: still)? (?:working|running|operating|fine|unaffected|operational|up\b))|\b(?:(?:is|are|was|were) (?:still )?(?:working |running )?fine\b(?! again| now)|(?:is|are|was|were) (?:still )?(?:working|running) (?:normally|as usual)(?! again| now)|n'y (?:est|sont|etait|etaient) pour rien|(?:n'est|ne sont|n'etait|n'etaient) pas en cause|(?:is|are|was|were)(?:n't| not) (?:to blame|at fault)|n'(?:a|ont|etait|etaient|est|sont|avait|avaient) (?:pas|jamais) (?:ete )?(?:affecte|touche|concerne|impacte|perturbe|atteint|en panne)|(?:ne|n') (?:semble|semblent|semblait|semblaient) pas (?:avoir ete )?(?:affecte|touche|concerne|impacte|perturbe)|(?<![dl]')epargne|(?:is|are|was|were|has|have|had)(?:n't| not) (?:been )?(?:affected|impacted|hit|touched|disrupted|down)|(?:did|does|do)(?:n't| not) (?:appear|seem) to (?:have been|be) (?:affected|impacted|hit|touched|disrupted)|(?:remained|remains|was|were|appeared|appears|seemed|seems) (?:largely |entirely |completely )?unaffected|(?:was|were) spared|escaped the outage|(?:ne|n') (?:signale|signalent|signalait|signalaient|rapporte|rapportent|constate|constatent|rencontre|rencontrent) (?:pas de|aucun|aucune) (?:difficulte|probleme|souci|panne|perturbation|coupure|incident)|(?:report|reports|reported|reporting|saw|see|sees) no (?:trouble|problems?|issues?|outages?|disruptions?|difficulties|difficulty)|(?:did|do|does)(?:n't| not) (?:report|see) (?:any )?(?:trouble|problems?|issues?|outages?|disruptions?)|(?:kept|keeps|continued|continues) (?:to )?(?:work|run|operat|function)(?:ing|e|s)?(?![\w-]| (?:on|to|with|through|at|under)\b)|continu(?:e|ent|ait|aient|e) (?:a|de) (?:fonctionner|marcher|tourner)(?! (?:sur|a|pour|avec)\b))/;
// Right after the words sparing it: the record before this outage ("Instagram, which had not been
// hit since 2019, went down"), not this outage sparing it.
export const SPARED_RECORD_AFTER = /^[^.;]{0,25}?\b(?:since|depuis|for years|in years|for months|in months|auparavant|jusqu'alors|until then|before)\b/;
// Between a name and the words sparing it: a contrast turns to another subject ("Facebook was down
// but WhatsApp was not affected", "X stopped working, though the store was unaffected").
export const SPARED_CONTRAST = /\b(?:but|mais|while|whereas|alors que|tandis que|however|cependant|toutefois|pourtant|yet|though|although|bien que|meme si)\b|[;:]/;

// Right before a service name: the sign-in service someone logged in with, which therefore worked
// ("je me suis connectée avec itsme, et puis page blanche", "I signed in through FranceConnect and
// then got an error"); not a failed attempt ("impossible de se connecter avec", "couldn't log in with").
export const LOGGED_IN_BEFORE = /(?:\bme suis connectee?|\bnous sommes connecte(?:e?s)?|\bs'est connectee?|\bse sont connecte(?:e?s)?|(?<!\b(?:not|never|n't) )\b(?:logged|signed) (?:in|on)) (?:avec|via|par|with|through|using|via l'application|avec l'application|with the|through the|using the) $/;

// Right before or after a service name: its account, feed or page, where the failed service or its
// users spoke ("le compte Twitter de Wikipédia", "via its Twitter feed"): a bystander whatever the sentence says.
export const ACCOUNT_BEFORE = /(?:\bcompte|\bcomptes|\bfil|\bpage|\bgazouillis sur|\btweets? sur|\bmessage sur|\bpublication sur|\bpost sur) (?:officiel )?$/;
export const ACCOUNT_AFTER = /^(?:'s)? (?:official )?(?:account|feed|page|posts?|handle|thread|timeline|status page)s?\b/;
// Right before a service name: where people learned of the outage ("on apprend la panne par
// Twitter", "we found out about it on Facebook"), a channel that worked, not what failed.
export const LEARNED_THROUGH_BEFORE = /\b(?:appr(?:is|iss?ent|end|ends|ennent|enons|enez|endre)|decouv(?:ert|erte|erts|re|rent|rir)|learn(?:ed|t|s)?|heard|hear|hears|f(?:ou|i)nd(?:s)? out)\b(?: [^.;,:]{0,30}?)? (?:par|sur|via|on|through|from) (?:le |la |l'|les |the )?$/;
// The medium someone spoke through: "in a just-posted YouTube video", "on its YouTube channel" (an
// item or channel on it, after its article: "YouTube videos would not load" names the service
// itself), "dans une vidéo publiée sur YouTube", "dans une vidéo YouTube" (not "la plateforme de
// vidéo YouTube").
export const MEDIUM_ARTICLE_BEFORE = /\b(?:in|on|via|through) (?:an?|its|his|her|their) (?:[a-z-]+ ){0,2}$/;
export const MEDIUM_AFTER = /^(?:'s)? (?:video|clip|livestream|live stream|channel|blog post)s?\b/;
export const MEDIUM_ITEM_BEFORE = /\b(?:dans|via|par|sur) (?:une|sa|son|leur) (?:video|chaine|publication|message|live|direct)(?: (?:publiee|postee|diffusee|mise en ligne))?(?: (?:sur|de))?(?: la plateforme)? $/;

// Right before a service name: what people do through it ("transfers through Zelle failed", "les
// paiements via Lydia échouent", "orders placed on Deliveroo"): the service is the channel that
// failed, not a platform where people posted, whatever speech verb the sentence has.
export const CHANNEL_BEFORE = /\b(?:payments?|transfers?|transactions?|purchases?|orders?|bookings?|logins?|sign-ins?|paiements?|virements?|achats?|commandes?|reservations?|connexions?)(?: (?:made|sent|placed|effectue(?:e|s|es)?|envoye(?:e|s|es)?|passee?s?))? (?:through|via|par|on|sur) (?:the |le |la |les |l')?$/;

// Sentence words showing people posted or commented somewhere (so "on Twitter" is a platform).
export const POSTING_CUES: string[] = [
  "tweet*", "post*", "publie*", "message*", "ecrit", "comment*", "hashtag*", "blague*", "meme*", "humour", "ironi*",
  "signale*", "plaint*", "report*", "complain*", "joke*", "wrote", "shared", "partage*", "flock*", "turned to", "tournes vers",
  "account", "compte", "statement", "communique", "annonce*", "said", "a indique", "a confirme", "confirmed", "acknowledg*",
  "indiqu*", "stated", "explain*", "expliqu*", "declar*", "announc*", "reagi*", "reacted", "repondu", "replied",
  "updating", "updated", "mis a jour", "remarqu*", "noticed", "frustration", "moquer*", "raill*", "mock*", "internaute*", "rabattus",
  // one user's verdict quoted from the platform ("une internaute résume sur X", "one user summed it up on X")
  "resume", "resumait", "summed", "sums up", "raconte", "vented", "fumed", "griped",
  // attackers claim a DDoS on their channel ("a hacker group claimed responsibility on Telegram",
  // "un groupe a revendiqué l'attaque sur X"): the channel was where they posted, not what failed
  "claimed", "claiming", "claims", "revendiqu*",
  // the operator owning up on its account in any tense ("la RTBF a reconnu sur X « des difficultés
  // d'accès »", "Acme confirme sur X", "Acme confirms on X"; "a confirme" and "confirmed" alone
  // missed the live-blog present): the failure words are its own service's, quoted, not the channel's
  "reconnu*", "reconnai*", "confirme", "confirms", "admet", "admits", "admitted",
];

// Right before a service name: it is named as a rival or an alternative, not as what failed.
// A rival the outage profited ("a profité à… Twitter", "a boon for Telegram") is one too. "Such as" and
// "comme" name rivals only after a word for them ("rivals such as Telegram"): "services such as Teams
// and Outlook were down" lists what failed.
export const RIVAL_BEFORE = /(?:concurrencer|concurrent de|concurrente de|rivaliser avec|alternative a|compete with|competing with|rival to|rival of|alternative to|(?:rivals?|alternatives?|concurrents?|concurrentes?|competitors?)[^.;:]{0,15}? (?:like|comme|such as|tels que|telles que)|unlike|contrairement a|owner of|proprietaire de|patron de|boss of|head of|ceo of|pdg de|profite a|profite au|profitait a|profite aux|beneficie a|au profit de|au benefice de|benefited|benefitted|a boon for|a windfall for|a gift to|a godsend for)(?: (?:the |le |la |les )?| ?(?:…|\.\.\.) ?)$/;

// Around a service name, a series of outages: "au tour de Vidéotron", "it was Videotron's turn" name
// the one the story is about; the one named after "Après"/"After" opening that sentence is the
// previous in the series, which did not fail in this outage.
export const TURN_BEFORE = /\b(?:au tour|le tour) (?:de |d')$/;
export const TURN_AFTER = /^['’]s turn\b/;
// "Après la panne d'AWS, c'est Microsoft qui flanche à son tour": "à son tour" names the next one too.
export const TURN_IN_SENTENCE = /\b(?:au tour (?:de|d')|le tour (?:de|d')|['’]s turn\b|a (?:son|leur) tour\b)/;
// the opener may name the earlier outage ("Après la panne massive d'AWS", "After the outage at AWS")
export const SERIES_OPENER_BEFORE = /(?:^|[.!?:»"“”]\s*|\n\s*)(?:apres|after) (?:the |le |la |les |l')?(?:(?:panne|outage|incident|crash|defaillance)s? (?:(?:massive|geante|mondiale|major|massive|global|huge|big) )?(?:de |d'|du |des |of |at )?)?$/;

// Right before a service name: a person's employer ("an engineer at Amazon AWS"), not a failure.
export const AFFILIATION_BEFORE = /(?:engineer|ingenieur|analyst|analyste|researcher|chercheur|expert|director|directeur|directrice|tam|manager|vp|ceo|cto|fondateur|founder|professor|professeur|specialist|specialiste|spokesperson|porte-parole)[a-z ]{0,20} (?:at|chez|de|d'|of|from) (?:[a-z]+ )?$/;

// Around a service name, these recall an earlier outage of it ("qui rappelle la panne d'AWS d'octobre
// dernier", "reminiscent of last year's AWS outage"): it did not fail in the outage reported.
const MONTH_NAMES = "janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|september|october|november|december";
export const RECALL_BEFORE = new RegExp(String.raw`(?:rappel\w*|recall\w*|remind\w*|reminiscent of|souvenir de|comme lors de|like the|a l'image de|precedente? panne d[eu']?|previous|prior|earlier|last year's|last month's)[^.;]{0,40}$`);
export const RECALL_AFTER = new RegExp(String.raw`^[^.;,]{0,25}(?:(?:d'|de |en |in |last )(?:${MONTH_NAMES})(?: dernier| last)?|l'an dernier|l'annee derniere|last year|le mois dernier|last month|in (?:19|20)\d\d|en (?:19|20)\d\d)`);

// A telecom operator's own services to its subscribers: when a failure sentence names these, the
// operator failed itself ("privé d'appels, de SMS et de M-Pesa", "affected voice calls, data and
// M-Pesa"), not only a product it runs over its network (M-Pesa down while calls worked).
export const CARRIER_SERVICE_WORDS: string[] = [
  "appels", "appels vocaux", "appel vocal", "voix", "sms", "texto*", "messages texte", "donnees mobiles", "internet mobile",
  "reseau mobile", "telephonie mobile", "calls", "voice", "voice calls", "texts", "text messages", "texting", "mobile data",
  "mobile internet", "mobile network", "cellular network", "cell service",
];

// Right before a service name (or the first name of its list): it is where the figures come from, an
// observer of the outage, not what failed ("according to data from internet analysis firms
// including NetBlocks and Cloudflare", "selon les données de Cloudflare Radar", "the monitoring
// firm Kentik"). French "données de" alone is also "les données de Facebook" (its users' data), so
// the French cues need "selon"/"d'après".
export const OBSERVER_BEFORE = /(?:\b(?:data|figures|measurements|statistics|traffic data) (?:from|by|compiled by|collected by)|\b(?:selon|d'apres) (?:les )?(?:donnees|chiffres|mesures|statistiques|releves) (?:de|d'|du|des)|\b(?:analysis|monitoring|measurement|observability|intelligence|tracking|observatory) (?:firms?|compan(?:y|ies)|groups?|services?|platforms?|sites?|outfits?)|\b(?:observatoire|societes? d'analyse|entreprises? de surveillance|sites? de surveillance|services? de surveillance)(?: (?:du|de l'|d')\s?(?:trafic|internet|reseau|web))?)\b[^.;:]{0,45}$/;

// Between a product's name and the next service's: the platform the product runs on ("Skype for
// Windows", "the Netflix app on Xbox", "l'application Disney+ sur sa console PlayStation", "Teams
// pour Windows"). A product failing on a platform is the product's failure, not the platform's.
export const HOST_PLATFORM_GAP = /^(?:'s)?(?: (?:app|apps|application|client|desktop app|desktop client|mobile app|version))? (?:for|on|pour|sur) (?:the |le |la |les |l'|sa |son |ses |leur |leurs |their |his |her )?(?:(?:consoles?|versions?|ordinateurs?|pcs?|machines?|devices?|appareils?|computers?) )?(?:de |d')?$/;

// Right before a service name (or its list's first): where the users went instead ("gamers turned to
// Steam", "se sont rabattus sur WhatsApp", "songent à passer chez Bell", "des abonnés partent chez
// Free", "basculent sur Outlook", "an outage sends users to Telegram"), with or without a posting
// word in the sentence: a rival that took them in, not what failed.
export const WENT_TO_BEFORE = /\b(?:partent chez|sont partis chez|passent chez|sont passes chez|basculent (?:sur|vers)|ont bascule (?:sur|vers)|basculer (?:sur|vers)|moved to|moving to|move to|jumped ship to|jumping ship to|defected to|(?:sends?|sent|sending|drives?|drove|driving|pushe[sd]|pushing) (?:[a-z-]+ ){0,2}(?:users|people|customers|players|gamers|schools|students|subscribers|fans|listeners|viewers|shoppers|businesses|teams|streamers) (?:back )?to|(?:pousse|poussent|a pousse|envoie|envoient|renvoie) (?:[a-z-]+ ){0,2}(?:utilisateurs|internautes|abonnes|clients|joueurs|eleves|ecoles|streamers) vers|se tournent vers|se tournaient vers|se sont tournes vers|se rabattent sur|se rabattaient sur|se sont rabattus sur|se replient sur|se sont replies sur|migrent vers|passer chez|partir chez|switched to|switching to|switch to|turned to|turning to|turn to|head to|headed to|heading to|flock to|flocked to|flocking to|fled to|in favou?r of)(?: (?:the |le |la |les )?| ?(?:…|\.\.\.) ?)$/;
