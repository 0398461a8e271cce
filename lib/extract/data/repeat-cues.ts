// Words that present an outage as a repeat of an earlier one ("X down again", "nouvelle panne pour
// X", "la troisième panne en un mois"), in a title or a lead (lib/extract/tells-repeat.ts): such a
// report tells of a new outage, not of the earlier one it recalls. Written for the
// project from how headlines in both languages announce a recurrence; "again" after a word of
// recovery ("back up again", "fonctionne de nouveau") is a recovery, not a repeat.

/** Accent-free, lower-case patterns over the title or a lead sentence. */
export const REPEAT_CUES = [
  /\b(?:down|out|outage|fails?|failing|crash(?:es|ed)?|hit|hits|struck|strikes|suffers?) again\b/,
  /\bagain (?:down|hit|struck)\b/,
  // a failure word, then "again" with no recovery word between ("outage hits developers again")
  /\b(?:outage|down|fails?|failure|crash\w*)\b(?:(?!\b(?:back|working|up|online|restored)\b)[^.])*\bagain\b/,
  /\b(?:second|third|another|new|fresh) (?:outage|failure|disruption)\b/,
  /\bfor the (?:second|third) time\b/,
  /\b(?:nouvelle|deuxieme|seconde|troisieme|autre) (?:panne|coupure|perturbation)\b/,
  /\b(?:encore|de nouveau|a nouveau) (?:en panne|hors service|inaccessibles?|perturbee?s?|coupee?s?)\b/,
  /\bpour la (?:deuxieme|seconde|troisieme) fois\b/,
];
