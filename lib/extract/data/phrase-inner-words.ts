// Words that may stand inside a cue phrase without changing what it names: the function words of
// the `stopword` package's English and French lists (determiners, possessives, prepositions,
// pronouns, the auxiliaries of compound tenses and the passive: "a été", "has been", "l'", "d'"),
// less those that end or turn a phrase: negations ("the certificate did not expire", "pas de
// cyberattaque"), conjunctions joining two things ("the cable and the router"), relatives and
// subordinators that open another clause ("une mise à jour qui a corrigé"). The lists are the
// languages' closed classes, not gathered from any corpus.
import { eng, fra } from "stopword";
import { foldText } from "../../text/fold-text";

export const PHRASE_BREAKERS: string[] = [
  "not", "no", "nor", "never", "without", "ne", "n", "pas", "non", "sans", "ni", "jamais", "aucun", "aucune",
  "and", "or", "but", "because", "while", "after", "before", "than", "et", "ou", "mais", "car", "donc", "que", "qu", "qui",
  "which", "that", "who", "whom", "what", "when", "where", "if", "si", "ou", "quand", "lorsque", "puisque",
];

// (the English list lacks the possessive "its")
export const PHRASE_INNER_WORDS: ReadonlySet<string> = new Set(
  [...eng, ...fra, "its"].map(foldText).filter((w) => !PHRASE_BREAKERS.includes(w)),
);

// Possessives in a phrase are part of what it names: "beyond its limits" is the system's own
// capacity, where "beyond a hard limit" may be any setting; a phrase's possessive needs one in the text.
export const POSSESSIVES: string[] = ["its", "their", "his", "her", "our", "son", "sa", "ses", "leur", "leurs", "notre", "nos"];

// Prepositions, which make the word after them a complement ("la panne du logiciel", "failure of software").
export const PREPOSITIONS: string[] = [
  "de", "du", "des", "d", "a", "au", "aux", "sur", "dans", "par", "pour", "avec", "en", "of", "to", "in", "on", "with", "by", "for", "from", "at",
];

// Short forms that stand for a whole word in both languages' technical press: "a bad config push",
// "l'appli", "l'infra" (a word of a phrase is matched through its full form).
export const WORD_ABBREVIATIONS: Record<string, string> = {
  config: "configuration", configs: "configurations", appli: "application", applis: "applications",
  app: "application", apps: "applications", infra: "infrastructure", infras: "infrastructures",
};
