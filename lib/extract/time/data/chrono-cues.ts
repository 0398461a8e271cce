// Words around chrono-node's readings that decide how the project takes them. Written folded
// (lower case, no accents, straight apostrophe), matched on word boundaries. Source: French and
// English grammar of time adverbials (Grevisse §§ 1000-1010 for "dans"/"d'ici"; Quirk et al.
// 8.50-8.56 for "in"/"from now"/"next").

/** Words that point after publication: a reading holding one and lying after it is expected, not past. */
export const FORWARD_WORDS = [
  "demain", "apres-demain", "dans", "d'ici", "prochain", "prochaine", "prochains", "prochaines", "suivant", "suivante", "a venir",
  "tomorrow", "next", "in", "from now", "coming", "upcoming", "within",
  // today's words: a moment of today still to come ("ce soir", "this afternoon" written in the morning)
  "ce", "cet", "cette", "aujourd'hui", "this", "today", "tonight",
];

/** Words opening a relative reading that unambiguously counts forward from now ("dans 5 jours"): a
 * length our grammar found inside it is not the outage's length. English "in two hours" stays a
 * length too, since news says "restored in two hours" of the past. */
export const FORWARD_OPENERS = ["dans", "d'ici", "from now"];

/** Words naming a moment counted back from publication ("three months ago", "il y a trois mois",
 * "the past 2 days"). */
export const BACKWARD_WORDS = ["ago", "il y a", "past", "last", "dernier", "derniere", "derniers", "dernieres", "passe", "passes", "passee", "passees"];

/** English "in two hours" names a moment to come only in a clause about the future ("will be back in
 * two hours", "we have to act in 5 days"); elsewhere it is a span ("a second outage in two days").
 * These are the future and obligation markers looked for before it in its sentence. */
export const ENGLISH_FUTURE_CUES = [
  // "'ll" is a clitic: its apostrophe stands right after the subject ("we'll"), where no cue can begin
  // on a word boundary, so each common subject's contraction is listed whole
  "will", "i'll", "we'll", "you'll", "it'll", "they'll", "he'll", "she'll", "that'll", "there'll", "shall", "should", "expect", "expects", "expected", "expecting", "going to", "scheduled", "planned", "plans",
  "plan", "estimated", "estimates", "hope", "hopes", "aim", "aims", "have to", "has to", "need to", "needs to", "must",
];

/** The same markers in French (folded): a forecast ("l'opérateur prévoit un retour vers 18 h", "devrait
 * être rétabli", "sera de nouveau accessible", "table sur", "espère"). Not "compte" (to intend): it is
 * far more often the noun, an account ("le compte officiel du jeu a confirmé à 20h15"). */
export const FRENCH_FUTURE_CUES = [
  "prevoit", "prevoient", "prevu", "prevue", "devrait", "devraient", "sera", "seront", "table sur", "tablent sur",
  "espere", "esperent", "s'attend", "s'attendent", "d'ici",
];

/** Phrases that alone say nothing of time in running text: abbreviations that are also common words
 * ("jeu" game, "mer" sea, "sun", "sat", "mar"), a preposition before a bare number ("a 6", "at 3"),
 * and length phrases chrono reads as moments ("for a second", "en un mois"). */
export const NOISE_PATTERNS: RegExp[] = [
  /^[a-z]{2,4}\.?,?$/, // a lone abbreviation
  /^(a|at|de|from|to|et|and|-)?\s*[-\d.]+\s*(m|k|et|and|est|-\s*\d+)?,?$/, // numbers with no clock or date mark
  /^(for|pendant|en|durant|during)\b/, // a length, not a moment
  /^[a-z]\d/, // road and product names ("A1", "A3")
  /^(morning|evening|night|afternoon|weekend|matin|soir|nuit|apres-midi)\b.*\b(et|est)$/, // a part of day joined to an English "and" read as a zone
  /^((the|this|le|ce)\s+)?(weekend|week-end)$/, // two days, not one
  /\b(later|earlier|after|before|plus tard|plus tot|apres|avant|auparavant)$/, // counted from a narrated moment, not from publication
];

/** What a sentence must hold for chrono to be asked about it (parsing every sentence costs more
 * than the rest of extraction): a clock or date shape, a number with a time unit, or a calendar
 * or deictic word of either language. Folded text. ("dans" only before a number: chrono's French
 * reads it only as "dans" + a number + a unit, FRTimeUnitWithinFormatParser, and bare "dans" opened a
 * window on most French sentences; English "this" likewise only before what chrono's English reads
 * after it: a part of the day, a time unit of its dictionaries, a number: "this morning", "this week".) */
export const CHRONO_TRIGGER_RE = new RegExp(
  [
    String.raw`\d\s*(?:h|:|\.\d|[ap]\.?m|heures?|hours?|hrs?|mins?|minutes?|jours?|days?|semaines?|weeks?|mois|months?|ans?|years?|st|nd|rd|th|er)(?![a-z])`,
    String.raw`\d{1,4}[/-][a-z\d]`,
    String.raw`(?<![a-z])(?:janvier|fevrier|avril|juillet|septembre|octobre|novembre|decembre|january|february|april|june|july|august|september|october|november|december|may)(?![a-z])`,
    String.raw`(?<![a-z])(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thurs|fri|sat|sun|lun|mar|mer|jeu|ven|sam|dim)(?![a-z])`,
    String.raw`(?<![a-z])(?:janv?|fevr?|mars|avr|mai|juin|juil|aout|sept?|oct|nov|dec|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug)[a-z]*\.?\s*\d`,
    String.raw`(?<!\d)\d{1,2}(?:er|st|nd|rd|th)?\s+(?:de\s+|of\s+)?(?:janv?|fevr?|mars|avr|mai|juin|juil|aout|sept?|oct|nov|dec|jan|feb|mar|apr|may|jun|jul|aug)`,
    String.raw`(?<![a-z])(?:aujourd'hui|demain|hier|maintenant|minuit|midi|tonight|today|tomorrow|yesterday|now|noon|midnight|ago|il y a|dans\s+(?:\d|une?|quelques?|demi|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)|from now|noel|christmas|thanksgiving|toussaint|paques|easter|first|premier|last|next|dernier|prochain|this\s*(?:morning|afternoon|evening|night|midnight|midday|noon|s|sec|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|weeks?|mo|mon|mos|months?|qtr|quarters?|y|yrs?|years?|\d|an?|the|few|several|half|couple|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|ce soir|ce matin|cet apres-midi|couple|few|quelques)(?![a-z])`,
    String.raw`(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|half|un|une|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|vingt|trente|demi)\s+(?:heures?|hours?|minutes?|jours?|days?|semaines?|weeks?|mois|months?|ans|years?|o'clock)`,
  ].join("|"),
  "g",
);
