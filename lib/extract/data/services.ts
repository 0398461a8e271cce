// The catalogue of online services extraction recognises: each with its owner, the kind of service
// it is, the platform it is a product of, and the names the press uses for it (French and English
// outlets, 2007-2026: current names, old names, acronyms, the service named by what it does).
// Maintained by hand from general knowledge of the services (owners, products, renamings), not from
// any one article. Aliases are matched on folded text (lower case, no accents) at word boundaries;
// `exactCase` aliases are matched in the original text with their capitals, because they are also
// ordinary words ("free", "signal", "zoom", "orange", "threads"). `needsContext` names (X) are kept
// only where the text shows they mean the service.

/**
 * What a service is. Infrastructure kinds (`cloud`, `cdn`, `network`) carry other services: when
 * one of them fails, the services named beside it are its customers, knock-on victims.
 */
export type ServiceKind = "cloud" | "cdn" | "network" | "telecom" | "platform" | "software" | "game" | "payment" | "public-service";

export interface ServiceEntry {
  name: string;
  company: string | null;
  kind?: ServiceKind; // absent: a consumer platform
  parent?: string; // the platform this is a product of ("Amazon S3" of "AWS"): the same failure may be named by either
  aliases: string[]; // folded, matched case-insensitively
  exactCase?: string[]; // matched as written
  needsContext?: boolean;
}

/** Kinds whose failure takes their customers' services down with them. */
export const INFRASTRUCTURE_KINDS: ReadonlySet<ServiceKind> = new Set(["cloud", "cdn", "network"]);

export const SERVICES: ServiceEntry[] = [
  { name: "Facebook", company: "Meta", aliases: ["facebook", "fb.com"] },
  { name: "Instagram", company: "Meta", aliases: ["instagram", "insta"] },
  { name: "WhatsApp", company: "Meta", aliases: ["whatsapp", "whats app", "whatsapp business"] },
  { name: "Messenger", company: "Meta", aliases: ["facebook messenger"], exactCase: ["Messenger"] },
  { name: "Threads", company: "Meta", aliases: [], exactCase: ["Threads"] },
  { name: "X", company: "X Corp", aliases: ["twitter", "x.com", "x corp", "ex-twitter"], exactCase: ["X"], needsContext: true },
  { name: "YouTube", company: "Google", aliases: ["youtube"] },
  { name: "Gmail", company: "Google", aliases: ["gmail"] },
  { name: "Google Cloud", company: "Google", kind: "cloud", aliases: ["google cloud", "google cloud platform", "gcp"] },
  // Workspace's products are named on their own when coverage lists them ("Gmail, Google Drive and Meet")
  { name: "Google Workspace", company: "Google", kind: "software", aliases: ["google workspace", "g suite", "gsuite"] },
  { name: "Google Drive", company: "Google", kind: "software", aliases: ["google drive"] },
  { name: "Google Docs", company: "Google", kind: "software", aliases: ["google docs", "google sheets", "google slides"] },
  { name: "Google Meet", company: "Google", kind: "software", aliases: ["google meet"] },
  { name: "Google Calendar", company: "Google", kind: "software", aliases: ["google calendar", "google agenda"] },
  { name: "Google", company: "Google", aliases: ["google", "google search"] },
  { name: "AWS", company: "Amazon", kind: "cloud", aliases: ["aws", "amazon web services"] },
  // "Windows Azure" until 2014
  { name: "Azure", company: "Microsoft", kind: "cloud", aliases: ["azure", "microsoft azure", "windows azure"] },
  { name: "Microsoft 365", company: "Microsoft", kind: "software", aliases: ["microsoft 365", "office 365", "m365"] },
  { name: "Outlook", company: "Microsoft", aliases: ["outlook", "outlook.com", "hotmail"] },
  { name: "Microsoft Teams", company: "Microsoft", kind: "software", aliases: ["microsoft teams"], exactCase: ["Teams"] },
  { name: "Windows", company: "Microsoft", kind: "software", aliases: [], exactCase: ["Windows"] },
  { name: "Cloudflare", company: "Cloudflare", kind: "cdn", aliases: ["cloudflare"] },
  { name: "CrowdStrike", company: "CrowdStrike", kind: "software", aliases: ["crowdstrike", "crowd strike"] },
  { name: "Telegram", company: "Telegram", aliases: ["telegram"] },
  { name: "Signal", company: "Signal Foundation", aliases: ["signal messenger"], exactCase: ["Signal"] },
  { name: "TikTok", company: "ByteDance", aliases: ["tiktok", "tik tok"] },
  { name: "Snapchat", company: "Snap", aliases: ["snapchat"] },
  { name: "Discord", company: "Discord", aliases: ["discord"] },
  { name: "Reddit", company: "Reddit", aliases: ["reddit"] },
  { name: "Spotify", company: "Spotify", aliases: ["spotify"] },
  { name: "Netflix", company: "Netflix", aliases: ["netflix"] },
  { name: "ChatGPT", company: "OpenAI", kind: "software", aliases: ["chatgpt", "chat gpt", "openai"] },
  { name: "iCloud", company: "Apple", aliases: ["icloud", "apple music", "app store", "imessage"] },
  { name: "Orange", company: "Orange", kind: "telecom", aliases: ["livebox"], exactCase: ["Orange"] },
  { name: "SFR", company: "Altice", kind: "telecom", aliases: ["sfr"] },
  { name: "Bouygues Telecom", company: "Bouygues", kind: "telecom", aliases: ["bouygues telecom", "bouygues"] },
  { name: "Free", company: "Iliad", kind: "telecom", aliases: ["free mobile", "freebox", "iliad"], exactCase: ["Free"] },
  // Carriers whose national outages make international news (Rogers 2022, Optus 2023, AT&T 2024...);
  // the names that are ordinary words or surnames ("Bell", "Rogers", "Three") are matched with their capitals.
  { name: "Rogers", company: "Rogers Communications", kind: "telecom", aliases: ["rogers communications", "rogers wireless"], exactCase: ["Rogers"] },
  { name: "Bell", company: "BCE", kind: "telecom", aliases: ["bell canada"], exactCase: ["Bell"] },
  { name: "Telus", company: "Telus", kind: "telecom", aliases: ["telus"] },
  { name: "AT&T", company: "AT&T", kind: "telecom", aliases: ["at&t", "at & t", "at and t"] },
  { name: "Verizon", company: "Verizon", kind: "telecom", aliases: ["verizon", "verizon wireless", "fios"] },
  { name: "T-Mobile", company: "Deutsche Telekom", kind: "telecom", aliases: ["t-mobile", "tmobile"] },
  { name: "Comcast", company: "Comcast", kind: "telecom", aliases: ["comcast", "xfinity"] },
  { name: "Vodafone", company: "Vodafone", kind: "telecom", aliases: ["vodafone"] },
  { name: "Optus", company: "Optus", kind: "telecom", aliases: ["optus"] },
  { name: "BT", company: "BT Group", kind: "telecom", aliases: ["bt broadband", "bt group", "ee network"], exactCase: ["BT"] },
  { name: "Virgin Media", company: "Virgin Media O2", kind: "telecom", aliases: ["virgin media"] },
  { name: "Proximus", company: "Proximus", kind: "telecom", aliases: ["proximus"] },
  { name: "Swisscom", company: "Swisscom", kind: "telecom", aliases: ["swisscom"] },
  { name: "Slack", company: "Salesforce", kind: "software", aliases: ["slack"] },
  { name: "Zoom", company: "Zoom", kind: "software", aliases: ["zoom video"], exactCase: ["Zoom"] },
  { name: "Twitch", company: "Amazon", aliases: ["twitch"] },
  { name: "PlayStation Network", company: "Sony", kind: "game", aliases: ["playstation network", "psn"] },
  { name: "Steam", company: "Valve", kind: "game", aliases: [], exactCase: ["Steam"] },
  { name: "GitHub", company: "Microsoft", kind: "software", aliases: ["github"] },
  { name: "Fastly", company: "Fastly", kind: "cdn", aliases: ["fastly"] },
  { name: "Akamai", company: "Akamai", kind: "cdn", aliases: ["akamai"] },
  { name: "Shopify", company: "Shopify", kind: "software", aliases: ["shopify"] },
  { name: "Bluesky", company: "Bluesky", aliases: ["bluesky"] },
  { name: "LinkedIn", company: "Microsoft", aliases: ["linkedin"] },
  { name: "Pinterest", company: "Pinterest", aliases: ["pinterest"] },
  { name: "OneDrive", company: "Microsoft", kind: "software", aliases: ["onedrive", "one drive", "sharepoint"] },
  // renamed "Xbox network" in 2020; the press keeps calling it Xbox Live
  { name: "Xbox Live", company: "Microsoft", kind: "game", aliases: ["xbox live", "xbox network", "xbox cloud gaming", "xbox"] },
  { name: "Copilot", company: "Microsoft", kind: "software", aliases: ["microsoft copilot"] },
  { name: "YouTube Music", company: "Google", aliases: ["youtube music"] },
  { name: "Prime Video", company: "Amazon", aliases: ["prime video", "amazon prime video"] },
  { name: "Alexa", company: "Amazon", aliases: ["amazon alexa"], exactCase: ["Alexa"] },
  { name: "Roblox", company: "Roblox", kind: "game", aliases: ["roblox"] },
  { name: "Fortnite", company: "Epic Games", kind: "game", aliases: ["fortnite", "epic games", "epic games store"] },
  { name: "Battle.net", company: "Blizzard", kind: "game", aliases: ["battle.net", "battlenet", "blizzard entertainment"] },
  { name: "EA", company: "Electronic Arts", kind: "game", aliases: ["electronic arts", "ea app", "ea sports fc", "ea servers", "serveurs d'ea"] },
  { name: "Nintendo Switch Online", company: "Nintendo", kind: "game", aliases: ["nintendo switch online", "nintendo online"] },
  { name: "Starlink", company: "SpaceX", kind: "telecom", aliases: ["starlink"] },
  { name: "Disney+", company: "Disney", aliases: ["disney+", "disney plus"] },
  { name: "Canal+", company: "Canal+", aliases: ["canal+", "mycanal"] },
  { name: "Deezer", company: "Deezer", aliases: ["deezer"] },
  { name: "Canva", company: "Canva", kind: "software", aliases: ["canva"] },
  { name: "Dropbox", company: "Dropbox", kind: "software", aliases: ["dropbox"] },
  { name: "Salesforce", company: "Salesforce", kind: "cloud", aliases: ["salesforce"] },
  { name: "Heroku", company: "Salesforce", kind: "cloud", aliases: ["heroku"] },
  { name: "Vercel", company: "Vercel", kind: "cloud", aliases: ["vercel"] },
  { name: "OVHcloud", company: "OVHcloud", kind: "cloud", aliases: ["ovhcloud", "ovh"] },
  { name: "PayPal", company: "PayPal", kind: "payment", aliases: ["paypal"] },
  { name: "Mastercard", company: "Mastercard", kind: "payment", aliases: ["mastercard"] },
  // "visa" alone is a travel document in both languages
  { name: "Visa", company: "Visa", kind: "payment", aliases: ["carte visa", "cartes visa", "visa card", "visa cards", "reseau visa", "visa network"] },
  { name: "Doctolib", company: "Doctolib", kind: "public-service", aliases: ["doctolib"] },
  { name: "Ameli", company: "Assurance maladie", kind: "public-service", aliases: ["ameli", "ameli.fr", "compte ameli"] },
  { name: "impots.gouv", company: "DGFiP", kind: "public-service", aliases: ["impots.gouv", "impots.gouv.fr"] },
  { name: "France Travail", company: "France Travail", kind: "public-service", aliases: ["france travail", "pole emploi"] },
  // "CAF" is also the African football confederation: only the capitals in French coverage
  { name: "CAF", company: "CAF", kind: "public-service", aliases: ["caf.fr", "caisse d'allocations familiales"], exactCase: ["CAF"] },
  { name: "La Poste", company: "La Poste", kind: "public-service", aliases: ["la poste", "laposte.fr", "groupe la poste"] },
  { name: "SNCF Connect", company: "SNCF", kind: "public-service", aliases: ["sncf connect"] },
  { name: "Uber", company: "Uber", aliases: ["uber eats"], exactCase: ["Uber"] },
  { name: "Lyft", company: "Lyft", aliases: ["lyft"] },
  { name: "Airbnb", company: "Airbnb", aliases: ["airbnb"] },
  { name: "Booking.com", company: "Booking Holdings", aliases: ["booking.com"] },
  { name: "Mastodon", company: null, aliases: ["mastodon"] },
  { name: "Wikipedia", company: "Wikimedia", aliases: ["wikipedia", "wikipedie"] },
  { name: "Tinder", company: "Match Group", aliases: ["tinder"] },
  { name: "Proton Mail", company: "Proton", aliases: ["proton mail", "protonmail"] },
  // --- products named apart from their platform: a failure may be named by either
  { name: "Amazon S3", company: "Amazon", kind: "cloud", parent: "AWS", aliases: ["amazon s3", "aws s3", "amazon simple storage service"], exactCase: ["S3"] },
  { name: "Amazon EC2", company: "Amazon", kind: "cloud", parent: "AWS", aliases: ["amazon ec2", "aws ec2"], exactCase: ["EC2"] },
  { name: "Azure Front Door", company: "Microsoft", kind: "cdn", parent: "Azure", aliases: ["azure front door"] },
  { name: "Azure portal", company: "Microsoft", kind: "cloud", parent: "Azure", aliases: ["azure portal", "portail azure"] },
  { name: "Microsoft Entra", company: "Microsoft", kind: "cloud", parent: "Azure", aliases: ["microsoft entra", "entra id", "azure ad", "azure active directory"] },
  { name: "Exchange Online", company: "Microsoft", kind: "software", aliases: ["exchange online", "microsoft exchange"] },
  { name: "Google Maps", company: "Google", aliases: ["google maps"] },
  { name: "Nintendo eShop", company: "Nintendo", kind: "game", aliases: ["nintendo eshop", "eshop"] },
  { name: "Nintendo Network", company: "Nintendo", kind: "game", aliases: ["nintendo network"] },
  { name: "Qriocity", company: "Sony", aliases: ["qriocity"] },
  // --- platforms, software and games
  { name: "Skype", company: "Microsoft", kind: "software", aliases: ["skype"] },
  { name: "BlackBerry", company: "BlackBerry", kind: "telecom", aliases: ["blackberry", "blackberry messenger", "bbm", "research in motion"], exactCase: ["RIM"] },
  { name: "Yahoo Mail", company: "Yahoo", aliases: ["yahoo mail", "yahoo! mail", "yahoo messagerie", "webmail de yahoo", "messagerie de yahoo"] },
  { name: "Amazon.com", company: "Amazon", aliases: ["amazon.com", "amazon.fr", "site d'amazon", "amazon website", "amazon's website", "prime day"] },
  { name: "eBay", company: "eBay", aliases: ["ebay"] },
  { name: "Etsy", company: "Etsy", aliases: ["etsy"] },
  { name: "Stripe", company: "Stripe", kind: "payment", aliases: ["stripe"] },
  { name: "Coinbase", company: "Coinbase", kind: "payment", aliases: ["coinbase"] },
  { name: "Binance", company: "Binance", kind: "payment", aliases: ["binance"] },
  { name: "Robinhood", company: "Robinhood", kind: "payment", aliases: ["robinhood"] },
  { name: "Venmo", company: "PayPal", kind: "payment", aliases: ["venmo"] },
  { name: "M-Pesa", company: "Safaricom", kind: "payment", aliases: ["m-pesa", "mpesa", "m pesa"] },
  { name: "Trello", company: "Atlassian", kind: "software", aliases: ["trello"] },
  { name: "Jira", company: "Atlassian", kind: "software", aliases: ["jira"] },
  { name: "Confluence", company: "Atlassian", kind: "software", aliases: [], exactCase: ["Confluence"] },
  { name: "GitLab", company: "GitLab", kind: "software", aliases: ["gitlab"] },
  { name: "Figma", company: "Figma", kind: "software", aliases: ["figma"] },
  { name: "Webex", company: "Cisco", kind: "software", aliases: ["webex"] },
  { name: "Okta", company: "Okta", kind: "software", aliases: ["okta"] },
  { name: "Adobe Creative Cloud", company: "Adobe", kind: "software", aliases: ["creative cloud", "adobe creative cloud"] },
  { name: "Gemini", company: "Google", kind: "software", aliases: ["google gemini"] },
  { name: "Claude", company: "Anthropic", kind: "software", aliases: ["claude.ai", "anthropic's claude", "claude d'anthropic"] },
  { name: "Perplexity", company: "Perplexity", kind: "software", aliases: ["perplexity"] },
  { name: "DeepL", company: "DeepL", kind: "software", aliases: ["deepl"] },
  { name: "WeChat", company: "Tencent", aliases: ["wechat"] },
  { name: "Viber", company: "Rakuten", aliases: ["viber"] },
  { name: "KakaoTalk", company: "Kakao", aliases: ["kakaotalk", "kakao talk"] },
  { name: "Tumblr", company: "Automattic", aliases: ["tumblr"] },
  { name: "Quora", company: "Quora", aliases: ["quora"] },
  { name: "Truth Social", company: "Trump Media", aliases: ["truth social"] },
  { name: "Hulu", company: "Disney", aliases: ["hulu"] },
  { name: "Max", company: "Warner Bros. Discovery", aliases: ["hbo max"] },
  { name: "Apple TV+", company: "Apple", aliases: ["apple tv+", "apple tv plus"] },
  { name: "SoundCloud", company: "SoundCloud", aliases: ["soundcloud"] },
  { name: "Ticketmaster", company: "Live Nation", aliases: ["ticketmaster"] },
  { name: "Minecraft", company: "Microsoft", kind: "game", aliases: ["minecraft"] },
  { name: "League of Legends", company: "Riot Games", kind: "game", aliases: ["league of legends", "lol servers"] },
  { name: "Valorant", company: "Riot Games", kind: "game", aliases: ["valorant"] },
  { name: "Apex Legends", company: "Electronic Arts", kind: "game", aliases: ["apex legends"] },
  { name: "FIFA", company: "Electronic Arts", kind: "game", aliases: ["fifa ultimate team", "fifa online"] },
  { name: "Call of Duty", company: "Activision", kind: "game", aliases: ["call of duty", "warzone"] },
  { name: "Ubisoft Connect", company: "Ubisoft", kind: "game", aliases: ["ubisoft connect", "uplay"] },
  { name: "Leboncoin", company: "Adevinta", aliases: ["leboncoin", "le bon coin"] },
  { name: "Vinted", company: "Vinted", aliases: ["vinted"] },
  // --- public online services (French state services are named by their site or by what they do)
  { name: "FranceConnect", company: "DINUM", kind: "public-service", aliases: ["franceconnect", "france connect"] },
  { name: "ANTS", company: "ANTS", kind: "public-service", aliases: ["ants.gouv.fr", "agence nationale des titres securises"], exactCase: ["ANTS"] },
  { name: "Parcoursup", company: "Ministère de l'Enseignement supérieur", kind: "public-service", aliases: ["parcoursup"] },
  { name: "Pronote", company: "Index Éducation", kind: "public-service", aliases: ["pronote"] },
  // --- clouds, CDNs, DNS, hosting
  { name: "Dyn DNS", company: "Dyn", kind: "cdn", aliases: ["dyn dns", "dyn inc", "dyn managed dns"], exactCase: ["Dyn", "DYN"] },
  { name: "Oracle Cloud", company: "Oracle", kind: "cloud", aliases: ["oracle cloud"] },
  { name: "IBM Cloud", company: "IBM", kind: "cloud", aliases: ["ibm cloud"] },
  { name: "Alibaba Cloud", company: "Alibaba", kind: "cloud", aliases: ["alibaba cloud", "aliyun"] },
  { name: "DigitalOcean", company: "DigitalOcean", kind: "cloud", aliases: ["digitalocean", "digital ocean"] },
  { name: "Hetzner", company: "Hetzner", kind: "cloud", aliases: ["hetzner"] },
  { name: "Scaleway", company: "Iliad", kind: "cloud", aliases: ["scaleway"] },
  { name: "Linode", company: "Akamai", kind: "cloud", aliases: ["linode"] },
  { name: "Netlify", company: "Netlify", kind: "cloud", aliases: ["netlify"] },
  { name: "Imperva", company: "Thales", kind: "cdn", aliases: ["imperva"] },
  // --- telecom operators (national networks)
  { name: "Vidéotron", company: "Québecor", kind: "telecom", aliases: ["videotron"] },
  { name: "Fizz", company: "Québecor", kind: "telecom", aliases: [], exactCase: ["Fizz"] },
  { name: "Cogeco", company: "Cogeco", kind: "telecom", aliases: ["cogeco"] },
  { name: "Shaw", company: "Rogers Communications", kind: "telecom", aliases: ["shaw communications"] },
  { name: "Telenet", company: "Liberty Global", kind: "telecom", aliases: ["telenet"] },
  { name: "Orange Belgium", company: "Orange", kind: "telecom", aliases: ["orange belgium", "orange belgique"] },
  { name: "Salt", company: "Salt Mobile", kind: "telecom", aliases: ["salt mobile"] },
  { name: "Sunrise", company: "Sunrise", kind: "telecom", aliases: ["sunrise communications"] },
  { name: "O2", company: "Virgin Media O2", kind: "telecom", aliases: [], exactCase: ["O2"] },
  { name: "EE", company: "BT Group", kind: "telecom", aliases: [], exactCase: ["EE"] },
  { name: "Telstra", company: "Telstra", kind: "telecom", aliases: ["telstra"] },
  { name: "KPN", company: "KPN", kind: "telecom", aliases: ["kpn"] },
  { name: "Telefónica", company: "Telefónica", kind: "telecom", aliases: ["telefonica", "movistar"] },
  { name: "Deutsche Telekom", company: "Deutsche Telekom", kind: "telecom", aliases: ["deutsche telekom"] },
  { name: "Jio", company: "Reliance", kind: "telecom", aliases: ["reliance jio"], exactCase: ["Jio"] },
  { name: "Airtel", company: "Bharti Airtel", kind: "telecom", aliases: ["airtel"] },
  { name: "MTN", company: "MTN Group", kind: "telecom", aliases: ["mtn"] },
  { name: "Safaricom", company: "Safaricom", kind: "telecom", aliases: ["safaricom"] },
  { name: "Vodacom", company: "Vodacom", kind: "telecom", aliases: ["vodacom"] },
  { name: "Moov Africa", company: "Maroc Telecom", kind: "telecom", aliases: ["moov africa"], exactCase: ["Moov"] },
  { name: "Maroc Telecom", company: "Maroc Telecom", kind: "telecom", aliases: ["maroc telecom"] },
  { name: "Ooredoo", company: "Ooredoo", kind: "telecom", aliases: ["ooredoo"] },
  { name: "Djezzy", company: "Djezzy", kind: "telecom", aliases: ["djezzy"] },
  { name: "Mauritius Telecom", company: "Mauritius Telecom", kind: "telecom", aliases: ["mauritius telecom", "my.t"] },
  { name: "Digicel", company: "Digicel", kind: "telecom", aliases: ["digicel"] },
  // --- submarine cables and backbone networks: an outage of a region's internet names them
  { name: "WACS", company: null, kind: "network", aliases: ["wacs", "west africa cable system"] },
  { name: "SAT-3/WASC", company: null, kind: "network", aliases: ["sat-3", "sat3", "sat-3/wasc"] },
  { name: "ACE", company: null, kind: "network", aliases: ["africa coast to europe"], exactCase: ["ACE"] },
  { name: "MainOne", company: "Equinix", kind: "network", aliases: ["mainone", "main one"] },
  { name: "Seacom", company: "Seacom", kind: "network", aliases: ["seacom"] },
  { name: "EASSy", company: null, kind: "network", aliases: ["eassy"] },
  { name: "AAE-1", company: null, kind: "network", aliases: ["aae-1", "aae1", "asia-africa-europe 1"] },
  { name: "EIG", company: null, kind: "network", aliases: ["europe india gateway", "eig cable", "cable eig"] },
  { name: "TGN-Gulf", company: "Tata Communications", kind: "network", aliases: ["tgn-gulf", "tgn gulf"] },
  { name: "PEACE", company: null, kind: "network", aliases: ["peace cable"] },
  { name: "2Africa", company: null, kind: "network", aliases: ["2africa"] },
];

// Owners named as the subject of an outage ("la panne de Meta"): they make a text about an online
// service for detection, but are not services themselves.
export const COMPANIES: string[] = ["meta", "microsoft", "amazon", "apple", "alphabet", "openai", "google", "bytedance", "sony", "valve", "iliad", "altice", "spacex", "nintendo", "yahoo", "riot games", "atlassian", "anthropic", "oracle", "ibm", "alibaba", "tencent", "research in motion"];

// Words right before a bare "X" that show it names the social network ("le réseau social X",
// "on X", "Musk's X"); the folded text is tested, so these are lower case.
// "a data center used by X", "leased by X": an owner or tenant named after a passive verb is a company.
export const X_BEFORE = /(?:(?:used|leased|rented|operated|owned|run) by|(?:utilise|loue|exploite)e?s? par|reseau social|reseaux sociaux|plateforme|platform|social network|social media (?:site|platform)|site|application|app|service|on|sur|via|de|du|rival|musk's|musk,|d'elon musk|elon musk's|company|entreprise|societe) $/;
// Words right after it ("X (ex-Twitter)", "X, formerly Twitter", "X Corp", "X users", "X has not commented").
export const X_AFTER = /^(?: ?\(ex-?twitter|, formerly|,? anciennement| \(formerly|, ex-twitter| corp| users| utilisateurs| outage| down| panne| est en panne| is down| went down| suffered| a connu| has been| was down| de musk| d'elon musk| owner| proprietaire| has not commented| did not (?:respond|comment)| declined to comment| n'a pas (?:commente|repondu|reagi))/;
