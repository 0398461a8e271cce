// How the press attributes a quotation, in French and English: speech verbs, speaker roles (and
// which of them speak for the company), attribution phrases ("selon", "according to").

export const SPEECH_VERBS: string[] = [
  // French, conjugated as the press writes them ("a tweeté", "a-t-il déclaré", "explique")
  "déclaré", "tweeté", "écrit", "indiqué", "expliqué", "affirmé", "ajouté", "précisé", "confié", "posté", "publié",
  "annoncé", "assuré", "reconnu", "souligné", "réagi", "ironisé", "commenté", "répondu", "déclare", "explique",
  "indique", "écrit", "ajoute", "précise", "tweete", "affirme", "assure", "souligne", "lance", "confie", "s'est excusé",
  "estime", "juge", "rappelle", "observe", "résume", "présenté ses excuses", "s'excuse", "insisté", "martelé", "répété", "répète",
  // English
  "said", "says", "wrote", "writes", "tweeted", "tweets", "posted", "added", "explained", "stated", "told", "noted",
  "announced", "acknowledged", "confirmed", "apologized", "apologised", "quipped", "joked", "commented", "replied", "shared",
  "argued", "observed", "warned", "insisted", "repeated",
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
  { words: ["consultant", "consultante", "administrateur", "administratrice", "administrator", "architect", "architecte", "specialist", "spécialiste"], role: "expert", official: false },
  { words: ["utilisateur", "utilisatrice", "internaute", "user"], role: "user", official: false },
];

// Where an attribution names a platform the words were posted on, not who they speak for ("son
// porte-parole Andy Stone sur X", "posted on Threads").
export const PLATFORM_BEFORE_ORG = /(?:\bsur|\bon|\bvia|\bdepuis|\bthrough)\s+(?:le réseau social\s+|the social network\s+|son compte\s+|its\s+|his\s+|her\s+)?$/iu;
// A relative clause after the speaker is about something else ("un administrateur, qui rappelle la panne d'AWS").
export const RELATIVE_CLAUSE = /,\s*(?:qui|que|dont|who|which|whose)\b/iu;
