// How titles and leads name a service extraction does not know as the thing that failed
// ("Roblox down", "Starlink suffers global outage", "Panne géante chez Doctolib", "Ameli
// inaccessible"), and the capitalised words in those places that are not a service's name.
// From French and English outage headlines (2021-2025).

// A name: one to three words (matched case-insensitively; capitals are checked afterwards).
export const NAME = "([\\p{L}\\p{N}][\\p{L}\\p{N}.+&'’-]*(?: [\\p{L}\\p{N}][\\p{L}\\p{N}.+&'’-]*){0,2})";
const END = "(?![\\p{L}\\p{N}])";
// Before a failure word the shortest name wins, so "Ecole Directe est hors service" keeps "est" out of it.
// It starts where a word starts: the leftmost match is the same (one starting inside a word would
// also match from the word's first letter), found without an attempt at every letter of the text.
export const NAME_SHORT = `(?<![\\p{L}\\p{N}])${NAME.replace("{0,2})", "{0,2}?)")}`;

// Who a service's users are, named after its name ("Acme customers", "Acme's subscribers") or
// after their noun in French, with their kind ("les clients professionnels d'Acme").
const USERS_EN = "(?:customers|users|subscribers|members|account holders|cardholders)";
const USERS_FR = "(?:clients|abonnés|usagers|utilisateurs)(?: (?:particuliers|professionnels|entreprises|mobiles))?";
// Words that say which users, not whose: a segment ("Business customers", "Premium subscribers"),
// where they are ("French users") or what they use it on ("Android users"). Checked only as the
// last word before the users' noun, so a brand that starts with one ("Irish Rail customers") is kept.
const USER_GROUP_WORDS = [
  "business", "enterprise", "residential", "retail", "corporate", "premium", "prepaid", "postpaid", "particuliers",
  "professionnels", "entreprises", "french", "british", "american", "canadian", "european", "german", "spanish",
  "italian", "belgian", "swiss", "irish", "australian", "indian", "african", "android", "ios", "iphone", "ipad", "mac",
  "macos", "pc", "desktop",
];
const NOT_A_USER_GROUP = `(?<!(?:^|[^\\p{L}\\p{N}])(?:${USER_GROUP_WORDS.join("|")}))`;
// where the users are, between them and what happened to them: "in Leeds", "across the north", "in and around Paris"
const USERS_WHERE = "(?: (?:in|across|around|throughout|in and around) (?:the )?\\p{Lu}?[\\p{L}-]+(?: [\\p{L}-]+)?)?";
// what befell them: they could not use it, lost it, were left without it, had trouble with it
const USERS_CUT_OFF = "(?:are |were |have been |had been |have |had )?(?:unable to|can't|cannot|could not|couldn't|locked out|left without|without|lost (?:access|service|their|internet|broadband|connectivity|connection|signal)|(?:having|had) (?:trouble|problems|difficulty|difficulties|issues)|experienc(?:ed|ing) (?:failures|outages?|problems|issues|errors|disruptions?)|reporting (?:an? )?(?:[\\p{L}-]+ ){0,2}outages?|report(?:ed|s)? (?:(?:an?|widespread|major|technical) )?(?:problems|issues|errors|difficulties|failures|outages?)|(?:left )?stranded)";

// Two parts of one service coordinated between its name and the failure word ("Acme website and app
// down", "Acme's app and online banking are not working", "le site et l'application d'Acme sont
// inaccessibles"): the name is the owner of both, however many words the parts take.
const PARTS_EN = "(?:website|site|app|apps|mobile app|online banking|internet banking|mobile banking|portal|platform|services?|systems?)";
const PARTS_FR = "(?:(?:le |la |les |l['’]|son |sa |ses )?(?:site|site web|site internet|appli|application|applications|portail|plateforme|services? en ligne|espace client|messagerie))";

// What a name is, said between commas right after it, the way news introduces a brand its readers
// may not know ("Zorvex, the payments startup, is down", "les clients de Zorvex, le service de
// paiement mobile, ne peuvent plus payer"): an article opens it, and it holds no comma.
const APPOSITION = "(?:, (?:the|a|an|le|la|les|l['’]|un|une) [^,]{1,80},)";

// The name ends right before these: its last words are kept.
export const NAME_BEFORE_FAILURE: RegExp[] = [
  new RegExp(`${NAME_SHORT}${APPOSITION} (?:is |was |has been |goes |went |est |était |a été |reste )?(?:down|offline|en panne|inaccessibles?|hors service|indisponibles?|(?:suffers|suffered|hit by|victime d['’]|frappée? par) (?:an? |une )?(?:[\\p{L}-]+ ){0,2}(?:outages?|pannes?))${END}`, "giu"),
  new RegExp(`${NAME_SHORT} (?:is |was |has been |goes |went |is still |is going )?(?:down|offline)${END}`, "giu"),
  // English says a service no one could reach "unreachable" or "unavailable" ("Acme was unreachable for
  // an hour", "Acme became unavailable"), as French says "inaccessible": with its verb, since a status
  // page's verbless title lists its components so ("Instances, Block Storage and Managed Databases
  // unavailable"); "unavailable for comment" is a spokesperson, not a service
  new RegExp(`${NAME_SHORT} (?:is|was|are|were|has been|have been|became|remained|is still) (?:unreachable|unavailable)(?! (?:for|to) (?:immediate )?comment)${END}`, "giu"),
  // "Acme servers are down": the plural verb after a part of the service that runs (not "Card
  // payments were down", whose capital is the sentence's); the part is no part of the name
  new RegExp(`${NAME_SHORT}(?:'s|’s)? (?:servers|apps|websites|sites|services|systems|networks) (?:are |were |have been |are still )(?:down|offline)${END}`, "giu"),
  new RegExp(`${NAME_SHORT}(?:'s|’s)? ${PARTS_EN},? (?:and|or|&) (?:its )?${PARTS_EN} (?:are |were |is |was |have |has |have been |went |go )?(?:down|offline|not working|stopped working|unavailable|inaccessible|crashed)${END}`, "giu"),
  // before the bare "<name> outage", so a title-cased "Roblox Faces Widespread Outage" keeps only the name
  new RegExp(`${NAME_SHORT} (?:suffers|suffered|faces|faced|is facing|hit by|hit with|sees|saw|experiences|experienced|is experiencing|experiencing|reports|battles|had|has|is having|has had) (?:an? )?(?:[\\p{L}-]+ ){0,2}outages?${END}`, "giu"),
  // the follow-up: "Zapier explains Tuesday's outage", "Acme apologises for the hours-long outage", and
  // as a body tells it, in the past ("Acme has apologised for a two-hour outage", "Acme s'est excusé pour la panne")
  // What the outage was of is the group `about`: a name there is the failed one and the subject its
  // maker speaking ("Acme Studio explains Zorvex outage", find-unnamed-service.ts)
  new RegExp(`${NAME_SHORT} (?:(?:has |have )?(?:explained|blamed|apologi[sz]ed for|detailed)|explains|blames|apologi[sz]es for|details|reveals the cause of|says what caused|restores service after|recovers from) (?<about>(?:the |its |an? |[\\p{L}]+(?:'s|’s) )?(?:[\\p{L}-]+ ){0,2})outages?${END}`, "giu"),
  // back after its failure: "Acme restores service after a six-hour disruption", "Acme back online after
  // hours of downtime", "Acme rétablit son service après la panne", "Acme de nouveau accessible après la
  // panne": only what failed comes back, and the failure word after "after"/"après" keeps a return
  // from a break or a crisis out ("back online after a summer break", "rétablit le dialogue après la crise")
  new RegExp(`${NAME_SHORT} (?:(?:has |have )?restored|restores) (?:its |their )?(?:service|services|access|connectivity|connections?)(?: [\\p{L}'’-]+){0,4}? after (?:the |an? |its |hours of |days of |[\\p{L}]+(?:'s|’s) )?(?:[\\p{L}-]+ ){0,2}(?:outages?|disruptions?|downtime|failures?)${END}`, "giu"),
  new RegExp(`${NAME_SHORT} (?:is |was |are |were )?back (?:online|up|up and running) after (?:the |an? |its |hours of |days of |[\\p{L}]+(?:'s|’s) )?(?:[\\p{L}-]+ ){0,2}(?:outages?|disruptions?|downtime|failures?)${END}`, "giu"),
  // the cause named between: "Acme blames switch provider for Friday's outage" (what is blamed is the
  // cause, not the service that failed, so no name is looked for there)
  new RegExp(`${NAME_SHORT} (?:blames|blamed|has blamed) (?:[\\p{L}\\p{N}'’-]+ ){1,5}?for (?:the |its |an? |this |[\\p{L}]+(?:'s|’s) )?(?:[\\p{L}-]+ ){0,2}(?:outages?|disruptions?|downtime|failures?)${END}`, "giu"),
  new RegExp(`${NAME_SHORT} (?:rétablit|a rétabli|(?:est |sont )?(?:de nouveau|à nouveau) (?:accessibles?|disponibles?|opérationnel(?:le)?s?)|(?:est |sont )?de retour) (?:(?:son|ses|le|la|les|l['’]) ?(?:service|services|accès|connexion|réseau)(?: [\\p{L}'’-]+){0,4}? )?après (?:la|une|sa|cette|plusieurs heures de|des heures de) (?:[\\p{L}-]+ ){0,2}(?:pannes?|coupures?|perturbations?|interruptions?)${END}`, "giu"),
  new RegExp(`${NAME_SHORT} (?:explique|s'excuse pour|s’excuse pour|s['’]est excusée? pour|a expliqué|revient sur|détaille) (?:la|sa|cette|une) (?:[\\p{L}-]+ ){0,2}pannes?${END}`, "giu"),
  new RegExp(`${NAME_SHORT}(?:'s)? (?:global |worldwide |massive |major )?outages?${END}`, "giu"),
  // "paralysé" as the participle of a stopped service ("le portefeuille mobile Acme paralysé par une mise à jour")
  new RegExp(`${NAME_SHORT} (?:est |était |a été |reste |sont |étaient |ont été |restent )?(?:en panne|inaccessibles?|hors service|indisponibles?|paralysée?s?)${END}`, "giu"),
  // "Skype est tombé", "Acme a été frappé par une panne", "Acme crashed", and the British colloquial
  // "Acme app falls over" (a system that stops under load)
  new RegExp(`${NAME_SHORT} (?:(?:est|sont) tombée?s?|s['’]est (?:effondrée?|écroulée?)|a planté|plante|a été (?:frappée?|touchée?|victime) (?:par une|d['’]une) (?:[\\p{L}-]+ ){0,2}panne|crashed|went dark|goes dark|(?:falls|fell|has fallen|have fallen) over)${END}`, "giu"),
  // what it does no longer works: "L'appli Yuka ne fonctionne plus", "Halifax app not working"
  new RegExp(`${NAME_SHORT} (?:ne (?:fonctionne|marche)(?:nt)? plus|(?:is |are |was |were )?not working|(?:has |have )?stopped working)${END}`, "giu"),
  // struck by an attack or a failure: "Acme was hit with a DDoS attack", "Acme victime de perturbations"
  new RegExp(`${NAME_SHORT} (?:(?:was |has been |is )?(?:hit|struck) (?:by|with)|(?:has )?suffered|(?:a été |est |fut )?victime (?:de|d['’]))(?: (?:an?|une|des|de|d['’]|la|sa))? ?(?:[\\p{L}-]+ ){0,2}(?:outages?|attacks?|cyberattacks?|cyber-attacks?|ddos|pannes?|perturbations?|attaques?|cyberattaques?|cyber-attaques?|bugs?)${END}`, "giu"),
  // in trouble: "Acme is experiencing issues", "Acme a connu de nombreux bugs", "Acme disrupted globally"
  new RegExp(`${NAME_SHORT} (?:is |was |has been )?(?:experiencing|having) (?:(?:major|widespread|technical|some|several) )?(?:issues|problems|difficulties|disruptions?)${END}`, "giu"),
  new RegExp(`${NAME_SHORT} (?:a connu|connaît|connait|rencontre|subit|a subi) (?:de (?:nombreux|nombreuses|graves|sérieux|sérieuses) |des |d['’]importants |d['’]importantes )?(?:problèmes|bugs|difficultés|perturbations|dysfonctionnements|pannes)${END}`, "giu"),
  // one failure it went through, a day word may come first: "Acme a subi une panne", "Acme a connu
  // mardi l'une des pannes les plus longues de son histoire", "son hébergeur, Acme, a essuyé une coupure"
  new RegExp(`${NAME_SHORT},? (?:a connu|connaît|connait|a subi|subit|a essuyé|essuie)(?: (?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce matin|cette nuit))? (?:une|l['’]une des|sa|cette) (?:[\\p{L}-]+ ){0,2}?(?:pannes?|coupures?|interruptions?|perturbations?|défaillances?)${END}`, "giu"),
  new RegExp(`${NAME_SHORT} (?:(?:was |is |has been )?(?:disrupted|paraly[sz]ed|knocked offline|forced offline|taken offline)|went offline|goes offline)${END}`, "giu"),
  // its users named as the ones who cannot use it: "Monzo customers unable to pay", "Lloyds users locked out"
  // "Acme users could not log in", "Acme's subscribers lost their connection": whose users lost it names what failed
  // where they are may come between ("Acme subscribers in and around Leeds lost broadband")
  new RegExp(`${NAME_SHORT}${NOT_A_USER_GROUP}(?:'s|’s)? ${USERS_EN}${USERS_WHERE} ${USERS_CUT_OFF}${END}`, "giu"),
];
// The name starts right after these: its first words are kept.
export const NAME_AFTER_FAILURE: RegExp[] = [
  new RegExp(`(?<![\\p{L}])${PARTS_FR} (?:et|ou) ${PARTS_FR} (?:de |du |d'|d’)?${NAME} (?:sont |étaient |ont été |restent )?(?:en panne|inaccessibles?|hors service|indisponibles?)${END}`, "giu"),
  new RegExp(`(?<![\\p{L}])outages? (?:at|hits|on|strikes|affects|knocks out|takes down) ${NAME}`, "giu"),
  new RegExp(`(?<![\\p{L}])pannes? (?:\\p{L}+ )?(?:chez|de|du|sur|d'|d’) ?${NAME}`, "giu"),
  // "chez" names the one it happened at even a few words on ("panne de réseau généralisée chez Acme")
  new RegExp(`(?<![\\p{L}])pannes? (?:[\\p{L}'’]+ ){1,3}chez ${NAME}`, "giu"),
  // its users named as the ones deprived of it: "les clients de Boursorama privés de leur compte"
  // ("les abonnés Acme privés de télévision" writes the brand without "de")
  new RegExp(`(?<![\\p{L}])${USERS_FR} (?:de |du |d'|d’)?${NAME}${NOT_A_USER_GROUP}${APPOSITION}? (?:privés|sans|ne peuvent plus|ne peuvent pas|ne pouvaient plus|ne pouvaient pas|n['’]ont plus|n['’]ont pas pu|n['’]arrivent plus|ne parvien(?:nen)?t plus|ne parvenaient plus|sont aux prises avec|ont subi|subissent|touchés par)${END}`, "giu"),
  // the failure said to be theirs: "panne internet pour les utilisateurs d'Acme", "down for Acme
  // customers", "outage leaves Acme subscribers without service"; one denied ("pas de panne pour
  // les clients de Rivalco", "no outage for") names a rival spared
  new RegExp(`(?<![\\p{L}])(?<!(?:pas de|aucune|aucun|no) )(?:pannes?|coupures?|perturbations?|interruptions?|dysfonctionnements?|problèmes|difficultés|coupée?s?|inaccessibles?|indisponibles?|sans (?:connexion|internet|réseau|service)) (?:[\\p{L}'’]+ ){0,3}(?:pour|chez) (?:les |des |de nombreux |de nombreuses |milliers d'|milliers d’|milliers de |certains )?${USERS_FR} (?:de |du |d'|d’)?${NAME}${NOT_A_USER_GROUP}`, "giu"),
  new RegExp(`(?<![\\p{L}])(?<!no )(?:down|offline|outages?|disruptions?|problems|issues|trouble) (?:for|affecting|hitting|hits|leaves|left) (?:thousands of |millions of |hundreds of |many |some |the )?${NAME}${NOT_A_USER_GROUP}(?:'s|’s)? ${USERS_EN}${END}`, "giu"),
  // the genitive: "customers of Acme could not pay", "most users of Acme experienced failures"
  new RegExp(`(?<![\\p{L}])${USERS_EN} of ${NAME}${APPOSITION}?${USERS_WHERE} ${USERS_CUT_OFF}${END}`, "giu"),
  // a problem placed at it: "le problème se trouve chez Acme", "des dysfonctionnements d'Acme", "paralyse les services d'Acme";
  // French names the cut of an access network "coupure" as often as "panne"
  // ("nouvelle coupure d'Internet chez Acme", "coupure de l'internet mobile chez Acme")
  new RegExp(`(?<![\\p{L}])(?:problèmes?|soucis|souci|incidents?|dysfonctionnements?|interruptions?|coupures?|perturbations?) (?:[\\p{L}'’]+ ){0,3}chez ${NAME}`, "giu"),
  new RegExp(`(?<![\\p{L}])(?:dysfonctionnements?|paralyse (?:les services|le réseau|le site)) (?:de |du |d'|d’)${NAME}`, "giu"),
  // people having trouble with it: "users reported problems accessing Acme", "were experiencing
  // difficulties with Acme", "unable to log in to Acme", "des utilisateurs rencontrent des
  // difficultés avec Acme", "impossible de se connecter à Acme", "des clients n'ont pas pu accéder à Acme"
  new RegExp(`(?<![\\p{L}])(?:problems?|trouble|issues|difficult(?:y|ies)) (?:accessing|using|connecting to|logging (?:in|on)to|logging in to|with) ${NAME}`, "giu"),
  new RegExp(`(?<![\\p{L}])(?:unable to|could not|couldn't|can't|cannot) (?:access|connect to|log (?:in|on)to|log in to|sign in to) ${NAME}`, "giu"),
  new RegExp(`(?<![\\p{L}])(?:difficultés|problèmes|soucis) (?:avec|pour accéder à|pour se connecter à|d'accès à|d’accès à|de connexion à) ${NAME}`, "giu"),
  new RegExp(`(?<![\\p{L}])(?:impossible|incapables?|n'arrivent (?:pas|plus)|n’arrivent (?:pas|plus)|ne parviennent (?:pas|plus)) (?:d'accéder|d’accéder|à accéder|de se connecter|à se connecter) (?:à|au) ${NAME}`, "giu"),
  // "pouvoir" takes the bare infinitive: "des clients n'ont pas pu accéder à Acme", "ne pouvaient plus se connecter à Acme"
  new RegExp(`(?<![\\p{L}])(?:n['’](?:ont|a|avaient|avait) pas pu|ne (?:pouvaient|pouvait|peuvent|peut|pourront) (?:pas|plus)) (?:accéder|se connecter) (?:à|au) ${NAME}`, "giu"),
  // a French headline opening on the failure noun and the brand with no preposition ("Panne Acme
  // pendant le match : …", as "Panne Bouygues Telecom :" writes a known one): the name ends at the
  // first lower-case word, and a generic word there ("Panne Internet chez…", "Panne DNS") is none
  new RegExp(`^(?:pannes?|plantage|bug) ${NAME}`, "giu"),
];

// Words naming a part of a service, or its users, that stand between its name and the failure
// word ("Halifax app down", "Barclays online banking not working", "les serveurs de Valorant
// sont en panne", "la Banque Postale en panne", "Acme chat is down", "Acme Mail outage"): skipped
// before the name starts, never part of it.
export const PART_WORDS: ReadonlySet<string> = new Set([
  "app", "apps", "appli", "application", "applications", "site", "sites", "website", "server", "servers", "serveur",
  "serveurs", "online", "banking", "service", "services", "platform", "plateforme", "portal", "portail", "network",
  "reseau", "messagerie", "cdn", "cloud", "customers", "users", "subscribers", "clients", "abonnes", "usagers",
  "utilisateurs", "chat", "mail", "email", "e-mail", "webmail", "login", "store", "payments", "paiements", "accounts", "comptes",
  // a public body's online system ("the DMV's online system is down", "le système de l'ANTS est en panne")
  "system", "systems", "systeme", "systemes",
  // an operator's products ("Zentel TV down", "la box de Zentel en panne")
  "tv", "television", "tele", "iptv", "telephone", "telephonie", "landline", "broadband", "fibre", "box", "wifi", "sms", "decodeur", "decoder",
  // a carrier's or a venue's desk systems ("Zorvex Air check-in outage", "Zorvex booking system down")
  "check-in", "checkin", "booking", "bookings", "boarding", "ticketing", "billetterie",
]);
// Regions a service's servers or data centres are named after, written between its name and the
// failure word ("Zorvex EU servers down", "Zorvex Europe outage", "panne de Zorvex Europe"): where it
// failed, not part of its name (game and cloud operators' usual region labels).
// The points of the compass close a place's name ("l'Afrique de l'Ouest", "l'Est du pays"): after an
// elided article they are a region, never a service's name.
export const COMPASS_WORDS: ReadonlySet<string> = new Set(["ouest", "est", "nord", "sud", "centre", "orient", "occident"]);
export const REGION_WORDS: ReadonlySet<string> = new Set([
  "eu", "us", "na", "emea", "apac", "latam", "european", "europeen", "europeens", "europeenne", "europeennes",
  "american", "asian", "oceanic",
]);
// An article opening the name read after a failure word ("panne de la Banque Postale"); before a
// failure word it opens the failure's own noun phrase instead ("What happened during the outage").
export const ARTICLE_WORDS: ReadonlySet<string> = new Set(["le", "la", "les", "the"]);

// Adjectives a headline capitalises ("Panne Nationale") that are part of a name right after its
// capitalised kind noun ("Banque Nationale", "Caisse Centrale", "National Bank" read backwards):
// French capitalises an adjective only inside a proper name, and a kind noun alone is no brand.
export const NAME_ADJECTIVES: ReadonlySet<string> = new Set(["nationale", "national", "generale", "general", "centrale", "central", "federale", "federal"]);

// written before a place ("à Strasbourg", "in Dublin", "près de Lyon", "la mer Rouge", "l'océan Indien",
// a clock's "heure de Paris")
export const PLACE_BEFORE = /\b(?:a|au|aux|en|in|at|near|pres de|from|downtown|ville de|heures? de|mer|ocean|golfe|detroit|canal|lac|mont|fleuve|region de|province de|rue|avenue|boulevard) $/;

// Someone deprived of what an online service carries, told by the verb of depriving rather than a
// failure word: "a privé la Wallonie de connexion", "privant 40 000 foyers d'internet", "left
// subscribers without internet", "leaving customers without service". Only what a network, an app or
// a platform carries is such an object: "privé les usagers de trains", "left the meeting without a
// deal" are no failure of a service. Folded text; up to five words of who were deprived.
const CARRIED = "(?:(?:l'|leur |leurs |son |ses |their |its )?(?:connexion|connectivite|internet|reseau|service|services|acces|telephone|telephonie|television|tele|mobile|wifi|donnees|messagerie|application|appli|compte|comptes|paiements?|connection|connectivity|access|signal|broadband|phone service|data|online banking|mobile banking|app|accounts?|payments?))";
const DEPRIVED_WHO = "(?:[\\p{L}\\p{N}',.-]+ ){0,4}?[\\p{L}\\p{N}',.-]+";
export const DEPRIVED_OF_SERVICE = new RegExp(
  `(?<![\\p{L}])(?:priv(?:e|ee|es|ees|ant|ent|ait|aient|era|eront) ${DEPRIVED_WHO} (?:de |d'|du |des )${CARRIED}|(?:left|leaving|leaves|leave) ${DEPRIVED_WHO},? without (?:any )?${CARRIED})(?![\\p{L}])`,
  "u",
);

// Corporate suffixes after a name ("Rogers Communications", "Acme Inc.", the Dutch and German legal
// forms "Acme B.V.", "Acme GmbH"): the service is named without them.
export const CORPORATE_SUFFIX = /\s+(?:Communications|Inc\.?|Ltd\.?|Corp\.?|Corporation|Holdings|Group|Groupe|S\.?A\.?S?\.?|PLC|plc|LLC|B\.V\.?|N\.V\.?|GmbH)$/u;

// A device named right before the name ("les services en ligne de la console Nintendo Switch sont en
// panne", "my Acme phone not working"): the name is the hardware's, not the failed service's.
export const DEVICE_BEFORE = /\b(?:console|consoles|smartphone|smartphones|telephone|telephones|phone|phones|tablette|tablet|decodeur|decoder|montre|watch|voiture|car|vehicule|vehicle|television|tv)\s*$/;

// Failure words next to these are about the physical world ("power outage hits Texas", "panne d'électricité",
// "problems with the A6 motorway", "Refuelling outage at coastal reactor").
export const PHYSICAL_NEAR = /\b(?:power|electricity|electrical|grid|courant|electricite|electrique|ascenseur|train|trains|metro|motorway|highway|autoroute|road|roads|reactors?|reacteurs?|nuclear|nucleaire|refuell?ing|centrales? (?:nucleaire|electrique|thermique)s?)\b/;

// Capitalised words that are not a service's name: articles, generic nouns, headline adjectives,
// markets, days and months (country names come from the countries list).
export const NOT_A_NAME: ReadonlySet<string> = new Set([
  "le", "la", "les", "l'", "un", "une", "des", "du", "de", "d'", "ce", "cet", "cette", "ces", "son", "sa", "ses", "leur",
  "the", "a", "an", "this", "that", "your", "our", "my", "its", "their", "his", "her",
  "is", "are", "was", "were", "has", "have", "why", "what", "how", "when", "who", "not", "still", "again", "now",
  "today", "tonight", "yesterday", "aujourd'hui", "hier", "ce", "encore", "nouvelle", "nouveau", "new", "another",
  "panne", "pannes", "outage", "outages", "down", "internet", "web", "online", "en", "ligne", "users", "user",
  "utilisateurs", "internautes", "clients", "customers", "service", "services", "site", "sites", "website", "network",
  "reseau", "app", "apps", "application", "applications", "plateforme", "platform", "server", "servers", "serveur",
  "serveurs", "cloud", "email", "e-mail", "mail", "messagerie", "phone", "phones", "mobile", "fibre", "box", "wifi",
  "connexion", "connexions", "connection", "connections", "connectivity", "connectivite", "broadband", "routeur", "router",
  "wi-fi", "4g", "5g", "global", "worldwide", "massive", "major", "huge", "big", "giant", "mondiale", "geante",
  "generale", "gigantesque", "enorme", "grosse", "nationale", "breaking", "live", "direct", "urgent", "alerte",
  "exclusive", "update", "updates", "faces", "suffers", "sees", "hit", "hits", "widespread", "partial", "brief", "latest",
  "first", "second", "third", "another", "lengthy", "ongoing", "video", "photos", "system", "systems", "systeme", "systemes", "it", "tech",
  "power", "electricity", "grid", "stocks", "shares", "markets", "market", "dow", "nasdaq", "cac", "ftse", "s&p",
  "bitcoin", "ethereum", "crypto", "oil", "gold", "brent", "bourse", "wall", "street",
  // technologies whose failure is their user's outage ("a Kubernetes outage" at Reddit), not services
  "kubernetes", "k8s", "docker", "linux", "bgp", "dns", "api", "apis", "ssl", "tls", "database", "mysql", "postgres",
  "postgresql", "redis", "kafka", "etcd", "datacenter", "datacentre", "data", "center", "centre", "vpn", "wan", "lan",
  // ways of selling software ("anyone relying on the SaaS offering"), not brands
  "saas", "paas", "iaas",
  // people and their titles ("Yahoo CEO apologises for the outage"): a speaker, not the service
  "ceo", "pdg", "boss", "patron", "chief", "founder", "fondateur", "cto", "spokesperson", "porte-parole", "president",
  "minister", "ministre",
  // list headlines ("10 famous outages")
  "famous", "worst", "biggest", "notable", "historic", "historique", "pires", "celebres",
  // headline verbs in title case ("Yahoo's Mayer Calls Email Outage 'Unacceptable'")
  "calls", "says", "admits", "confirms", "warns", "reveals", "explains", "blames", "apologizes", "apologises",
  // times and prepositions a title-cased headline capitalises ("Credit For Last Week's Massive Outage")
  "week", "weeks", "weekend", "month", "year", "day", "night", "hour", "semaine", "mois", "annee", "jour", "nuit", "heure",
  "for", "from", "after", "before", "during", "since", "amid", "over", "with", "without", "of", "in", "on", "at", "to", "by",
  "pour", "apres", "avant", "pendant", "depuis", "sans", "avec", "par", "sur", "dans",
  "staff", "employees", "workers", "teachers", "salaries", "agents", "personnel", "enseignants",
  "mon", "ma", "mes", "notre", "votre", "nos", "vos",
  // how many customers ("Many customers could not pay", "de nombreux clients"): a count, never a brand
  "many", "some", "most", "several", "thousands", "millions", "hundreds", "numerous", "affected", "existing",
  "nombreux", "nombreuses", "milliers", "certains", "plusieurs",
  // pronouns opening a sentence ("Tout est tombé en panne", "Everything went down")
  "tout", "tous", "toute", "toutes", "rien", "chacun", "everything", "nothing", "everyone", "all", "none",
  // outage observatories: where the figures come from ("selon NetBlocks", "data from Kentik"), the
  // name a shutdown story keeps citing, not what failed
  "netblocks", "downdetector", "kentik", "thousandeyes", "ioda", "gosquared", "catchpoint", "statusgator",
  // news agencies: who reports, named in a wire story's dateline and again as its source ("DAKAR (AFP) —",
  // "a constaté l'AFP", "told Reuters"), never what failed (not those that are also words or brands: MAP, Bloomberg)
  "afp", "reuters", "ap", "belga", "ats", "keystone-ats", "aps", "anp", "dpa", "ansa", "efe",
  // continents and world regions ("Asia", "l'Afrique de l'Ouest"), read like countries
  "asia", "asie", "europe", "africa", "afrique", "america", "americas", "amerique", "ameriques", "oceania", "oceanie",
  "middle", "moyen-orient", "maghreb", "sahel", "caribbean", "caraibes", "pacific", "pacifique", "atlantic", "atlantique",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan.", "feb.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "janv.", "fevr.", "avr.", "juil.",
  "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
  // holidays, named as days are ("Christmas outage", "la panne de Noël")
  "christmas", "noel", "easter", "paques", "thanksgiving", "halloween",
  // time zones, written after a clock ("since 09:40 CEST") and capitalised like a brand: a zone is
  // never what failed (the usual abbreviations of Europe, the Americas, Africa, Asia and Oceania,
  // Québec's French ones; not those that are also brands' short names: HKT, ADT, MT)
  "utc", "gmt", "cet", "cest", "wet", "eet", "eest", "bst", "ist", "wat", "sast", "msk", "et", "est", "edt", "cst",
  "cdt", "mst", "mdt", "pt", "pst", "pdt", "akst", "akdt", "hst", "nst", "ndt", "aest", "aedt", "acst", "awst", "nzst",
  "nzdt", "jst", "kst", "sgt", "hne", "hae", "hnp", "hap", "hnc", "hac", "heures", "timezone", "fuseau", "horaire",
  // what an operator sells, named beside its brand or alone ("TV down for Zentel customers", "Zentel
  // TV", "panne TV"): a product word is no brand
  "tv", "television", "tele", "iptv", "telephone", "telephonie", "landline", "broadband", "adsl", "vdsl", "sms",
  "texto", "textos", "appels", "voicemail", "streaming", "vod", "decodeur", "decoder", "appli", "roaming",
]);
