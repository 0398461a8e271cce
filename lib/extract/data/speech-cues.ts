// How the press attributes a quotation, in French and English: speech verbs, speaker roles (and
// which of them speak for the company), attribution phrases ("selon", "according to").

export const SPEECH_VERBS: string[] = [
  // French, conjugated as the press writes them ("a tweeté", "a-t-il déclaré", "explique")
  "déclaré", "tweeté", "écrit", "indiqué", "expliqué", "affirmé", "ajouté", "précisé", "confié", "posté", "publié",
  "annoncé", "assuré", "reconnu", "souligné", "réagi", "ironisé", "commenté", "répondu", "déclare", "explique",
  "indique", "écrit", "ajoute", "précise", "tweete", "affirme", "assure", "souligne", "lance", "confie", "s'est excusé",
  // English
  "said", "says", "wrote", "writes", "tweeted", "tweets", "posted", "added", "explained", "stated", "told", "noted",
  "announced", "acknowledged", "confirmed", "apologized", "apologised", "quipped", "joked", "commented", "replied", "shared",
];

// Speaker roles; `official` ones speak for the company.
export const SPEAKER_ROLES: { words: string[]; role: string; official: boolean }[] = [
  { words: ["porte-parole", "porte-paroles"], role: "porte-parole", official: true },
  { words: ["spokesperson", "spokesman", "spokeswoman", "representative"], role: "spokesperson", official: true },
  { words: ["directeur de la communication", "directrice de la communication", "chef de la communication", "responsable de la communication"], role: "directeur de la communication", official: true },
  { words: ["communications director", "head of communications", "director of communications", "communications chief", "policy communications director"], role: "communications director", official: true },
  { words: ["pdg", "p.-d.g.", "directeur général", "directrice générale"], role: "PDG", official: true },
  { words: ["ceo", "chief executive", "chief executive officer"], role: "CEO", official: true },
  { words: ["cto", "chief technology officer", "directeur technique", "directrice technique"], role: "CTO", official: true },
  { words: ["vice-président", "vice-présidente", "vice president", "vice-president", "vp"], role: "vice-president", official: true },
  { words: ["fondateur", "fondatrice", "cofondateur", "founder", "co-founder", "cofounder"], role: "founder", official: true },
  { words: ["propriétaire", "owner"], role: "owner", official: true },
  { words: ["compte officiel", "official account", "support account", "compte support", "status page", "page de statut"], role: "official account", official: true },
  { words: ["ingénieur", "ingénieure", "engineer", "engineering"], role: "engineer", official: false },
  { words: ["analyste", "analyst", "expert", "experte", "chercheur", "chercheuse", "researcher", "professeur", "professor"], role: "expert", official: false },
  { words: ["utilisateur", "utilisatrice", "internaute", "user"], role: "user", official: false },
];

// Words around a quote naming who it comes from.
export const ATTRIBUTION_BEFORE = /(?:selon|d'après|according to|per)\s+$/i;
