// Cue words for what happened around an outage: market moves, users moving to rivals, rivals'
// jokes, and the impact figures the press quotes (Downdetector counts, shares by problem). Folded.

export const MARKET_NOUNS: string[] = [
  "action*", "titre", "cours", "bourse", "wall street", "nasdaq", "capitalisation", "valorisation",
  "shares", "stock*", "market value", "market cap*", "share price", "investors",
];
export const MARKET_MOVES: string[] = [
  "chut*", "baiss*", "recul*", "perd*", "perdu", "plong*", "degringol*", "decroch*", "glisse*", "hausse", "grimpe*",
  "fell", "fall*", "drop*", "slid*", "slump*", "declin*", "lost", "lose*", "tumbl*", "sank", "sink*", "plunge*", "rose", "gain*", "down", "up",
];
export const MIGRATION_CUES: string[] = [
  "nouveaux utilisateurs", "nouveaux inscrits", "inscriptions", "gagne", "a gagne", "afflux", "migre*", "migration",
  "telecharge*", "se sont rues", "se sont tournes vers", "se sont rabattus",
  "new users", "new sign-ups", "sign-ups", "signups", "signed up", "gained", "influx", "flocked", "flock*", "migrat*",
  "downloads", "downloaded", "turned to", "switched to", "joined",
];
export const MOCK_CUES: string[] = [
  "moque*", "moqu*", "ironise*", "ironi*", "raille*", "se paye", "taquin*", "blague*", "troll*", "plaisant*", "chambre*",
  "mock*", "joke*", "joking", "joked", "jab", "poke* fun", "poked fun", "quip*", "gloat*", "tease*", "teasing", "laugh*",
  // "meme" alone folds French "même" ("même si..."): only phrasings that cannot be it
  "internet meme*", "traded memes", "sharing memes", "shared memes", "posting memes", "posted memes",
  "memes flooded", "memes circulated", "humour", "humor",
];

// What users could not do, as Downdetector breaks reports down; the label kept for each.
export const PROBLEM_LABELS: { words: string[]; label: string }[] = [
  { words: ["app", "apps", "application", "applications", "appli", "application mobile", "mobile app"], label: "app" },
  { words: ["site", "site web", "website", "web", "site internet"], label: "website" },
  { words: ["login", "log-in", "connexion", "connection", "se connecter", "log in", "authentification", "authentication"], label: "login" },
  { words: ["server", "serveur", "server connection", "connexion au serveur"], label: "server" },
  { words: ["message", "messages", "messaging", "messagerie", "envoi de messages", "sending messages"], label: "messaging" },
  { words: ["feed", "fil", "fil d'actualite", "news feed", "timeline"], label: "feed" },
  { words: ["upload", "video", "videos", "video streaming", "streaming"], label: "video" },
  { words: ["notification", "notifications"], label: "notifications" },
];
