// How the press introduces a brand its readers may not know: by what it is, right before it ("la
// banque Crelan", "l'hébergeur Infomaniak", "payment processor Fiserv", "the survival game
// Valheim") or in an apposition right after it ("Mineplex, a Minecraft server network,", "Wakfu, le
// jeu d'Ankama,"). The nouns are kinds of online services and of the businesses that run one for
// their users (banks, hosts, payment processors, games and their genres, portals, operators), from French and English
// news copy on outages; owners as such ("company", "studio", "groupe", "éditeur") are left out: the
// firm behind a game or an app is not what failed. Matched in the folded text (lower case, no accents).

// A game's genre is what the game is, never its name ("Greyforge's fantasy MMO knocked offline").
const GENRES_FR = ["mmo", "mmorpg", "jeu de tir", "battle royale"];
const GENRES_EN = ["mmo", "mmorpg", "shooter", "battle royale"];
export const GENRE_WORDS: ReadonlySet<string> = new Set([...GENRES_FR, ...GENRES_EN].filter((k) => !k.includes(" ")));

const KINDS_FR = [
  "banque", "banque en ligne", "neobanque", "banque mobile", "caisse", "assureur", "mutuelle", "courtier",
  "hebergeur", "hebergeur web", "hebergeur de sites", "prestataire de paiement", "prestataire de paiements",
  "processeur de paiement", "service de paiement", "solution de paiement", "fintech",
  "application", "appli", "application bancaire", "application de paiement", "application mobile",
  "jeu", "jeu video", "jeu en ligne", ...GENRES_FR, "serveur", "serveur de jeu", "reseau de serveurs",
  "plateforme", "plateforme de billetterie", "billetterie", "portail", "portail fiscal", "portail en ligne",
  "site", "site internet", "site web", "messagerie", "reseau social", "operateur", "fournisseur d'acces",
  "service de streaming", "plateforme de streaming", "service en ligne", "marketplace", "place de marche",
  "reseau de diffusion de contenu", "reseau de diffusion de contenus", "cdn", "fournisseur cloud", "fournisseur de cloud",
];
const KINDS_EN = [
  "bank", "online bank", "digital bank", "neobank", "lender", "credit union", "building society", "insurer",
  "broker", "brokerage", "trading app", "trading platform", "exchange", "crypto exchange", "wallet",
  "web host", "web hosting company", "hosting company", "hosting provider", "hosting firm", "host",
  "payment processor", "payments processor", "payment provider", "payments provider", "payment service", "fintech",
  "app", "banking app", "payment app", "mobile app", "messaging app", "ticketing app",
  "game", "video game", "online game", ...GENRES_EN, "server", "game server", "server network",
  "platform", "ticketing platform", "ticketing site", "portal", "tax portal", "online portal",
  "website", "site", "social network", "carrier", "operator", "internet provider", "broadband provider", "isp",
  "streaming service", "online service", "marketplace",
  "content delivery network", "cdn", "cdn provider", "cloud provider", "dns provider",
];

const alternation = [...KINDS_FR, ...KINDS_EN].sort((a, b) => b.length - a.length).join("|");

// A kind noun, and at most one word qualifying it ("la banque belge", "l'hébergeur auvergnat"),
// right before the name: tested on the folded text that ends where the name starts. Not an owner
// after it ("le jeu de Blizzard", "an app by Acme"): the firm is named, not the service.
export const KIND_BEFORE_NAME = new RegExp(`(?<![\\p{L}])(?:${alternation})(?: (?!(?:de|du|des|of|by|from|chez|at|et|and|ou|or) )[\\p{L}-]+)? $`, "u");

// An apposition right after the name: a comma, an article or possessive, at most three words (an
// adjective, the service it runs on: "the biggest Minecraft server network"), then a kind noun and
// what it is one of ("le serveur de Minecraft", "a server for Minecraft"). A word's possessive in
// place of the article is kept as `owner`, for the reader to check it is a country's ("Bazarune,
// Morocco's largest online marketplace": own sets 6, 9, 10, 13, 14 introduce the failed service so).
export const KIND_APPOSITION = new RegExp(`^, (?:(?:a|an|the|its|le|la|un|une|son|sa) |l'|(?<owner>[\\p{L}-]+)'s )(?:[\\p{L}\\p{N}'-]+ ){0,3}?(?:${alternation})(?![\\p{L}])(?: (?:de |du |d'|of |for |on |sur |pour )[\\p{L}\\p{N}-]+)?`, "u");

// The kind nouns alone, folded: a name read before a failure word stops at them ("L'hébergeur Infomaniak").
export const KIND_WORDS: ReadonlySet<string> = new Set([...KINDS_FR, ...KINDS_EN].filter((k) => !k.includes(" ")));

// The firm behind a game or an app named as such ("Seattle studio Greyforge", "l'éditeur Aplim",
// "developer Halcyon Forge"): own sets 5, 7, 11, 13 introduce a game's or a school portal's maker so,
// and every label there names the product, never its maker.
const MAKERS = ["studio", "developer", "publisher", "game maker", "editeur", "developpeur", "studio de developpement"];
export const MAKER_BEFORE_NAME = new RegExp(`(?<![\\p{L}])(?:${MAKERS.sort((a, b) => b.length - a.length).join("|")})(?: [\\p{L}-]+)? $`, "u");
