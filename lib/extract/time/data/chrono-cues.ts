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
  "will", "'ll", "shall", "should", "expect", "expects", "expected", "expecting", "going to", "scheduled", "planned", "plans",
  "plan", "estimated", "estimates", "hope", "hopes", "aim", "aims", "have to", "has to", "need to", "needs to", "must",
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
