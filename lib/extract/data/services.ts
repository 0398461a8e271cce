// Online services extraction recognises, with their owners and the names the press uses for them
// (French and English outlets, 2021-2025). Aliases are matched on folded text (lower case, no
// accents) at word boundaries; `exactCase` aliases are matched in the original text with their
// capitals, because they are also ordinary words ("free", "signal", "zoom", "orange", "threads").
// `needsContext` names (X) are kept only where the text shows they mean the service.

export interface ServiceEntry {
  name: string;
  company: string | null;
  aliases: string[]; // folded, matched case-insensitively
  exactCase?: string[]; // matched as written
  needsContext?: boolean;
}

export const SERVICES: ServiceEntry[] = [
  { name: "Facebook", company: "Meta", aliases: ["facebook", "fb.com"] },
  { name: "Instagram", company: "Meta", aliases: ["instagram", "insta"] },
  { name: "WhatsApp", company: "Meta", aliases: ["whatsapp", "whats app", "whatsapp business"] },
  { name: "Messenger", company: "Meta", aliases: ["facebook messenger"], exactCase: ["Messenger"] },
  { name: "Threads", company: "Meta", aliases: [], exactCase: ["Threads"] },
  { name: "X", company: "X Corp", aliases: ["twitter", "x.com", "x corp", "ex-twitter"], exactCase: ["X"], needsContext: true },
  { name: "YouTube", company: "Google", aliases: ["youtube"] },
  { name: "Gmail", company: "Google", aliases: ["gmail"] },
  { name: "Google Cloud", company: "Google", aliases: ["google cloud", "google cloud platform", "gcp"] },
  // Workspace's products are named on their own when coverage lists them ("Gmail, Google Drive and Meet")
  { name: "Google Workspace", company: "Google", aliases: ["google workspace", "g suite", "gsuite"] },
  { name: "Google Drive", company: "Google", aliases: ["google drive"] },
  { name: "Google Docs", company: "Google", aliases: ["google docs", "google sheets", "google slides"] },
  { name: "Google Meet", company: "Google", aliases: ["google meet"] },
  { name: "Google Calendar", company: "Google", aliases: ["google calendar", "google agenda"] },
  { name: "Google", company: "Google", aliases: ["google", "google search"] },
  { name: "AWS", company: "Amazon", aliases: ["aws", "amazon web services"] },
  { name: "Azure", company: "Microsoft", aliases: ["azure", "microsoft azure"] },
  { name: "Microsoft 365", company: "Microsoft", aliases: ["microsoft 365", "office 365", "m365"] },
  { name: "Outlook", company: "Microsoft", aliases: ["outlook", "outlook.com", "hotmail"] },
  { name: "Microsoft Teams", company: "Microsoft", aliases: ["microsoft teams"], exactCase: ["Teams"] },
  { name: "Windows", company: "Microsoft", aliases: [], exactCase: ["Windows"] },
  { name: "Cloudflare", company: "Cloudflare", aliases: ["cloudflare"] },
  { name: "CrowdStrike", company: "CrowdStrike", aliases: ["crowdstrike", "crowd strike"] },
  { name: "Telegram", company: "Telegram", aliases: ["telegram"] },
  { name: "Signal", company: "Signal Foundation", aliases: ["signal messenger"], exactCase: ["Signal"] },
  { name: "TikTok", company: "ByteDance", aliases: ["tiktok", "tik tok"] },
  { name: "Snapchat", company: "Snap", aliases: ["snapchat"] },
  { name: "Discord", company: "Discord", aliases: ["discord"] },
  { name: "Reddit", company: "Reddit", aliases: ["reddit"] },
  { name: "Spotify", company: "Spotify", aliases: ["spotify"] },
  { name: "Netflix", company: "Netflix", aliases: ["netflix"] },
  { name: "ChatGPT", company: "OpenAI", aliases: ["chatgpt", "chat gpt", "openai"] },
  { name: "iCloud", company: "Apple", aliases: ["icloud", "apple music", "app store", "imessage"] },
  { name: "Orange", company: "Orange", aliases: ["livebox"], exactCase: ["Orange"] },
  { name: "SFR", company: "Altice", aliases: ["sfr"] },
  { name: "Bouygues Telecom", company: "Bouygues", aliases: ["bouygues telecom", "bouygues"] },
  { name: "Free", company: "Iliad", aliases: ["free mobile", "freebox", "iliad"], exactCase: ["Free"] },
  // Carriers whose national outages make international news (Rogers 2022, Optus 2023, AT&T 2024...);
  // the names that are ordinary words or surnames ("Bell", "Rogers", "Three") are matched with their capitals.
  { name: "Rogers", company: "Rogers Communications", aliases: ["rogers communications", "rogers wireless"], exactCase: ["Rogers"] },
  { name: "Bell", company: "BCE", aliases: ["bell canada"], exactCase: ["Bell"] },
  { name: "Telus", company: "Telus", aliases: ["telus"] },
  { name: "AT&T", company: "AT&T", aliases: ["at&t", "at & t", "at and t"] },
  { name: "Verizon", company: "Verizon", aliases: ["verizon", "verizon wireless", "fios"] },
  { name: "T-Mobile", company: "Deutsche Telekom", aliases: ["t-mobile", "tmobile"] },
  { name: "Comcast", company: "Comcast", aliases: ["comcast", "xfinity"] },
  { name: "Vodafone", company: "Vodafone", aliases: ["vodafone"] },
  { name: "Optus", company: "Optus", aliases: ["optus"] },
  { name: "BT", company: "BT Group", aliases: ["bt broadband", "bt group", "ee network"], exactCase: ["BT"] },
  { name: "Virgin Media", company: "Virgin Media O2", aliases: ["virgin media"] },
  { name: "Proximus", company: "Proximus", aliases: ["proximus"] },
  { name: "Swisscom", company: "Swisscom", aliases: ["swisscom"] },
  { name: "Slack", company: "Salesforce", aliases: ["slack"] },
  { name: "Zoom", company: "Zoom", aliases: ["zoom video"], exactCase: ["Zoom"] },
  { name: "Twitch", company: "Amazon", aliases: ["twitch"] },
  { name: "PlayStation Network", company: "Sony", aliases: ["playstation network", "psn"] },
  { name: "Steam", company: "Valve", aliases: [], exactCase: ["Steam"] },
  { name: "GitHub", company: "Microsoft", aliases: ["github"] },
  { name: "Fastly", company: "Fastly", aliases: ["fastly"] },
  { name: "Akamai", company: "Akamai", aliases: ["akamai"] },
  { name: "Shopify", company: "Shopify", aliases: ["shopify"] },
  { name: "Bluesky", company: "Bluesky", aliases: ["bluesky"] },
  { name: "LinkedIn", company: "Microsoft", aliases: ["linkedin"] },
  { name: "Pinterest", company: "Pinterest", aliases: ["pinterest"] },
  { name: "OneDrive", company: "Microsoft", aliases: ["onedrive", "one drive", "sharepoint"] },
  { name: "Xbox network", company: "Microsoft", aliases: ["xbox live", "xbox network", "xbox cloud gaming", "xbox"] },
  { name: "Copilot", company: "Microsoft", aliases: ["microsoft copilot"] },
  { name: "YouTube Music", company: "Google", aliases: ["youtube music"] },
  { name: "Prime Video", company: "Amazon", aliases: ["prime video", "amazon prime video"] },
  { name: "Alexa", company: "Amazon", aliases: ["amazon alexa"], exactCase: ["Alexa"] },
  { name: "Roblox", company: "Roblox", aliases: ["roblox"] },
  { name: "Fortnite", company: "Epic Games", aliases: ["fortnite", "epic games", "epic games store"] },
  { name: "Battle.net", company: "Blizzard", aliases: ["battle.net", "battlenet", "blizzard entertainment"] },
  { name: "EA", company: "Electronic Arts", aliases: ["electronic arts", "ea app", "ea sports fc", "ea servers", "serveurs d'ea"] },
  { name: "Nintendo Switch Online", company: "Nintendo", aliases: ["nintendo switch online", "nintendo online", "nintendo eshop", "eshop"] },
  { name: "Starlink", company: "SpaceX", aliases: ["starlink"] },
  { name: "Disney+", company: "Disney", aliases: ["disney+", "disney plus"] },
  { name: "Canal+", company: "Canal+", aliases: ["canal+", "mycanal"] },
  { name: "Deezer", company: "Deezer", aliases: ["deezer"] },
  { name: "Canva", company: "Canva", aliases: ["canva"] },
  { name: "Dropbox", company: "Dropbox", aliases: ["dropbox"] },
  { name: "Salesforce", company: "Salesforce", aliases: ["salesforce"] },
  { name: "Heroku", company: "Salesforce", aliases: ["heroku"] },
  { name: "Vercel", company: "Vercel", aliases: ["vercel"] },
  { name: "OVHcloud", company: "OVHcloud", aliases: ["ovhcloud", "ovh"] },
  { name: "PayPal", company: "PayPal", aliases: ["paypal"] },
  { name: "Mastercard", company: "Mastercard", aliases: ["mastercard"] },
  // "visa" alone is a travel document in both languages
  { name: "Visa", company: "Visa", aliases: ["carte visa", "cartes visa", "visa card", "visa cards", "reseau visa", "visa network"] },
  { name: "Doctolib", company: "Doctolib", aliases: ["doctolib"] },
  { name: "Ameli", company: "Assurance maladie", aliases: ["ameli", "ameli.fr", "compte ameli"] },
  { name: "impots.gouv", company: "DGFiP", aliases: ["impots.gouv", "impots.gouv.fr"] },
  { name: "France Travail", company: "France Travail", aliases: ["france travail", "pole emploi"] },
  // "CAF" is also the African football confederation: only the capitals in French coverage
  { name: "CAF", company: "CAF", aliases: ["caf.fr", "caisse d'allocations familiales"], exactCase: ["CAF"] },
  { name: "La Poste", company: "La Poste", aliases: ["la poste", "laposte.fr", "groupe la poste"] },
  { name: "SNCF Connect", company: "SNCF", aliases: ["sncf connect"] },
  { name: "Uber", company: "Uber", aliases: ["uber eats"], exactCase: ["Uber"] },
  { name: "Lyft", company: "Lyft", aliases: ["lyft"] },
  { name: "Airbnb", company: "Airbnb", aliases: ["airbnb"] },
  { name: "Booking.com", company: "Booking Holdings", aliases: ["booking.com"] },
  { name: "Mastodon", company: null, aliases: ["mastodon"] },
  { name: "Wikipedia", company: "Wikimedia", aliases: ["wikipedia", "wikipedie"] },
  { name: "Tinder", company: "Match Group", aliases: ["tinder"] },
  { name: "Proton Mail", company: "Proton", aliases: ["proton mail", "protonmail"] },
];

// Owners named as the subject of an outage ("la panne de Meta"): they make a text about an online
// service for detection, but are not services themselves.
export const COMPANIES: string[] = ["meta", "microsoft", "amazon", "apple", "alphabet", "openai", "google", "bytedance", "sony", "valve", "iliad", "altice", "spacex", "nintendo"];

// Words right before a bare "X" that show it names the social network ("le réseau social X",
// "on X", "Musk's X"); the folded text is tested, so these are lower case.
// "a data center used by X", "leased by X": an owner or tenant named after a passive verb is a company.
export const X_BEFORE = /(?:(?:used|leased|rented|operated|owned|run) by|(?:utilise|loue|exploite)e?s? par|reseau social|reseaux sociaux|plateforme|platform|social network|social media (?:site|platform)|site|application|app|service|on|sur|via|de|du|rival|musk's|musk,|d'elon musk|elon musk's|company|entreprise|societe) $/;
// Words right after it ("X (ex-Twitter)", "X, formerly Twitter", "X Corp", "X users", "X has not commented").
export const X_AFTER = /^(?: ?\(ex-?twitter|, formerly|,? anciennement| \(formerly|, ex-twitter| corp| users| utilisateurs| outage| down| panne| est en panne| is down| went down| suffered| a connu| has been| was down| de musk| d'elon musk| owner| proprietaire| has not commented| did not (?:respond|comment)| declined to comment| n'a pas (?:commente|repondu|reagi))/;
