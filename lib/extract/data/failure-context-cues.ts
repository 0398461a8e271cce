// What around a failure word says whether a service really failed: a negation ("without any
// disruption", "n'a pas été perturbé"), a possibility ("could be knocked offline"), a maintenance
// announced ahead ("will be unavailable on Sunday for scheduled maintenance"), or a disaster in a
// data centre that is the outage itself ("un incendie a détruit l'un de ses centres de données").
// Phrases are folded like the text. Gathered from French and English coverage of mitigated attacks,
// maintenance notices and data-centre fires and floods (2021-2025).

// Words that may stand between a negation and the failure word it denies ("without any major
// disruption", "sans la moindre interruption", "il n'y a pas eu de coupure", "n'a pas été perturbé").
const NEGATION_FILLER = "(?:any|a|an|single|major|significant|real|notable|noticeable|visible|reported|service|customer|user|" +
  "further|de|d'|du|des|la|le|les|l'|une?|eu|ete|en|moindre|grande?|majeure?|reelle?|notable|particuliere?|signe de|sign of|" +
  // French elides the article ("il ne s'agit pas d'une panne"); "à aucun moment" is "at no point"
  "d'une?|moment)";
// A failure word right after these is denied ("no outage", "sans interruption", "aucune panne",
// "was not down", "didn't go down", "n'ont pas été touchés"); "not the first outage" is not matched.
export const NEGATED_BEFORE = new RegExp(
  `(?:(?:^|[^a-z'])(?:without|no|never|nor|sans|aucune?|pas|jamais|ni|not|zero)|n't) (?:${NEGATION_FILLER} )*$`,
);

// A service said to keep working ("la plateforme continue à fonctionner normalement", "the site
// remained operational", "services were unaffected"): like a denied failure, in a lead that tells of
// none it says the story (a breach, an attack, a dispute) took nothing down. "Continuing to work on a
// fix" is the operator's work, not the service's.
// The text says in so many words that what happened is no failure ("il ne s'agit donc pas d'une
// panne", "ce n'est pas une panne", "this was not an outage", "not a technical fault"): a dispute, a
// decision or a planned change told with the words of one. Not an operator's euphemism, which swaps
// the word for another ("il ne s'agit pas d'une panne mais d'un taux d'erreur plus élevé", "not an
// outage but degraded performance").
export const NOT_A_FAILURE_RE = new RegExp(
  "(?<![a-z])(?:(?:il ne s'agit|ce n'est|ce n'etait|il ne s'agissait) (?:donc |pourtant |en aucun cas |absolument )?(?:pas|nullement|en rien) (?:d'une|une) (?:simple )?(?:panne|defaillance|bug|probleme technique|incident technique)(?![a-z])(?!,? mais)|" +
  "(?:this|it|that) (?:is not|was not|isn't|wasn't) (?:an? )?(?:outage|technical (?:fault|failure|problem|glitch)|glitch)(?=[.;:]|,(?! but)))",
);
export const STILL_WORKING_RE = new RegExp(
  "(?<![a-z])(?:continu(?:e|ent|ait|aient) (?:a|de) fonctionner|fonctionn(?:e|ent|ait|aient) (?:toujours )?normalement|" +
  "(?:est|sont|etait|etaient|reste|restent|restait|restaient) (?:toujours )?(?:operationnel|accessible|disponible)(?:le)?s?|" +
  "n'(?:a|ont|avait|avaient) pas ete (?:affecte|touche|perturbe)e?s?|" +
  "continu(?:e|es|ed|ing) to (?:work|operate|function|run)(?: normally| as (?:usual|normal|expected)|[.,;]| without)|(?:is|are|was|were) (?:still )?(?:working|operating|running) normally|" +
  "remain(?:s|ed)? (?:fully )?(?:operational|available|online|accessible|up)|(?:was|were|is|are) (?:not|n't) affected|unaffected)(?![a-z])",
);

// A failure word right after these is a possibility, not an event ("servers could be knocked
// offline", "le site pourrait être perturbé", "en cas de coupure", "in the event of an outage"): it does
// not name a failure alone.
// A failure word after a quantifier over events earlier in its sentence tells of failures in general,
// not of one ("Every few months, a bad push takes half the web offline", "whenever a provider is
// unavailable", "Chaque grande panne produit le même scénario", "à chaque coupure"): opinion pieces,
// advice and products about outages speak so, and a report does not tell its own outage that way;
// it does not name a failure alone, as a possible one does not.
export const HABITUAL_BEFORE = new RegExp(
  "(?:^|[^a-z])(?:every (?:few |couple of |other |single )?(?:time|day|week|month|year)s?|each time|whenever|any time|anytime|" +
  "chaque fois|a chaque (?:fois|panne|coupure|incident)|chaque (?:grande |grosse |nouvelle )?(?:panne|coupure|incident)|toutes les fois|" +
  "tous les (?:ans|mois)|toutes les semaines)(?![a-z])[^.!?;\\n]*$|" +
  // the quantifier right before the failure noun: "each outage", "chaque grande panne", "toute coupure"
  "(?:^|[^a-z])(?:each|every|chaque|toute) (?:(?:big|major|new|grande|grosse|nouvelle) )?$",
);

// A failure told in the present after "when", "if" ("quand", "lorsque", "si") is a case in general, not
// an event: "how to keep your site up when your CDN goes down", "a policy that pays when the cloud goes
// down", "si le site est indisponible, réessayez", "quand le réseau tombe en panne". Only in the present
// and in the same clause: "when the site went down on Tuesday" and "when users tried to log in, the app
// was down" tell of one; "unclear if the app is down for everyone" is a reporter's doubt, not a case.
export const CONDITIONAL_BEFORE =
  /(?:^|[^a-z'])(?<!(?:unclear|not clear|not sure|unsure|pas clair|on ignore) )(?:(?:when|whenever|if|quand|lorsque|si) |lorsqu'|s'(?=ils? ))(?:[a-z'-]+ ){0,9}$/;
// The failure word is itself a present verb ("goes down", "plantent") or follows one ("is unavailable",
// "tombe en panne", "est hors service").
export const PRESENT_FAILURE_CUE = /^(?:goes down|go down|is down|are down|crash|crashes|fails?|plante|plantent|ne fonctionnent? plus|isn't working|aren't working|[a-z]+ tombe|[a-z]+ tombent)$/;
export const PRESENT_VERB_BEFORE = /(?:^|[^a-z])(?:is|are|goes|go|gets|get|becomes?|est|sont|tombe|tombent|devient|deviennent)(?: en)? $/;

// A failure noun that is the subject of an "if"/"when" clause in the present ("si la coupure se
// prolonge", "if the outage lasts", "lorsqu'une panne survient", "when an outage hits") is a case
// in general, the way guides and insurance policies write, not one that happened.
export const CONDITIONAL_SUBJECT_BEFORE = /(?:^|[^a-z'])(?:(?:if|when|whenever|si|quand|lorsque) (?:the |an? |your |la |le |une |un |votre |cette )?|lorsqu'(?:une? |il y a une? )?|s'il y a une? )$/;
// (the verb right after the noun and in the present: "when the outage hit on Monday" or "quand la
// panne a frappé" told one)
export const CONDITIONAL_SUBJECT_AFTER = /^ (?:se prolonge|dure|persiste|s'eternise|survient|se produit|arrive|lasts|persists|continues|drags on|happens|occurs|strikes|hits|affects)(?![a-z])/;
// An indefinite failure noun followed, in its clause, by "peut" or "can" states what failures in
// general do ("une coupure d'Internet peut vite tourner au casse-tête", "an outage can cost a shop a
// day's sales"), as explainers do; a report tells what one did.
export const GENERIC_BEFORE = /(?:^|[^a-z'])(?:une|un|an?) (?:(?:simple|seule|single|long|longue|short|courte|petite|small|big|grosse|major) )?$/;
export const GENERIC_MODAL_AFTER = /^s? (?:[a-z'-]+ ){0,5}(?:peut|peuvent|can|may)(?![a-z])/;

export const POSSIBLE_BEFORE = new RegExp(
  "(?:^|[^a-z])(?:could|might|may|would|pourrai[st]|pourraient|pourra|pourront|risquent? de|risque d'|threatens? to|" +
  "threatening to|eviter|avoid|prevent|en cas de|en cas d'|in case of|in the event of|eventuelles?|" +
  // the next failure is one to come ("the next big cloud outage", "la prochaine panne")
  "next|prochaines?) (?:[a-z'-]+ ){0,2}$",
);

// A maintenance announced ahead: work words...
export const PLANNED_WORK_CUES: string[] = [
  "maintenance programmee", "maintenance planifiee", "maintenance prevue", "operation de maintenance", "operations de maintenance",
  "intervention de maintenance", "travaux de maintenance", "interruption programmee", "interruption planifiee",
  "operation technique", "migration", "mise a niveau", "scheduled maintenance", "planned maintenance", "maintenance window",
  "routine maintenance", "maintenance work", "planned downtime", "scheduled downtime", "upgrade", "upgrades", "system upgrade",
];
// ...with a verb in the future ("will be unavailable", "seront indisponibles", "rendra le site
// inaccessible"): the sentence announces an interruption, it does not report one. "During routine
// maintenance, a command took the network down" is in the past and stays an outage.
export const FUTURE_CUES: string[] = [
  "will", "'ll", "shall", "is scheduled to", "are scheduled to", "is set to", "are set to", "is planned", "to be unavailable",
  "to go offline", "to go down", "sera", "seront", "rendra", "rendront", "devra", "devront", "va etre", "vont etre",
  "aura lieu", "est prevue", "sont prevues", "auront lieu", "se deroulera", "interviendra",
];

// A disaster in a data centre (fire, flood, overheating, loss of power) is an outage of what it hosts
// even when coverage of its aftermath never says "down" ("after the fire destroyed one of its data
// centers, the company detailed its restart plan").
export const DISASTER_CUES: string[] = [
  "incendie*", "flammes", "en feu", "le feu a", "le feu s'est", "depart* de feu", "blaze", "flames", "a fire", "the fire",
  "fire broke out", "explosion", "inondation*", "inonde*", "flooding", "flooded", "floodwater*", "flood water*", "flash flood*",
  "burst pipe", "fuite d'eau", "water leak*", "degat* des eaux", "water damage", "surchauffe", "overheat*", "cooling failure",
  "panne de climatisation", "panne de refroidissement", "prive* d'electricite", "perte d'alimentation", "power loss", "lost power",
];
// A disaster word right after these is a risk guarded against, not an event ("protégé contre les
// incendies", "resistant to floods", "fire suppression").
export const GUARDED_BEFORE = new RegExp(
  "(?:contre (?:les|l'|des|le|la)|resist(?:er|e|ent|ant|ants) aux|protection (?:contre|against|from)|prevention (?:des|of)|" +
  "against|resistant to|withstand|risques? d'|risques? de|risk of|risks of|exercice d'|drill|simulation d') ?$",
);
export const DATA_CENTRE_CUES: string[] = [
  "data center*", "data centre*", "datacenter*", "datacentre*", "centre de donnees", "centres de donnees", "server room*",
  "server hall*", "salle des serveurs", "salle* serveur*", "salle* informatique*", "hebergeur", "hosting provider",
  "hosting company", "web host",
];
