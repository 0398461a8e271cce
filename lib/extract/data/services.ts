// The catalogue of online services extraction recognises: each with its owner, the kind of service
// it is, the platform it is a product of, and the names the press uses for it (French and English
// outlets, 2007-2026: current names, old names, acronyms, the service named by what it does).
// Maintained by hand from general knowledge of the services (owners, products, renamings), not from
// any one article. Aliases are matched on folded text (lower case, no accents) at word boundaries;
// `exactCase` aliases are matched in the original text with their capitals, because they are also
// ordinary words ("free", "signal", "zoom", "orange", "threads"). `needsContext` names (X) are kept
// only where the text shows they mean the service. `formerNames` date renamings (Windows Azure became
// Microsoft Azure on 25 March 2014): an outage is named as the service was called then.

/**
 * What a service is. Infrastructure kinds (`cloud`, `cdn`, `network`) carry other services: when
 * one of them fails, the services named beside it are its customers, knock-on victims. A `carrier`
 * (an airline) is named for its flights as often as for its systems: its name says what failed in an
 * outage story, but does not make a story about flights one (scoreOutage leaves it out).
 */
export type ServiceKind = "cloud" | "cdn" | "network" | "telecom" | "platform" | "software" | "game" | "payment" | "public-service" | "carrier";

export interface ServiceEntry {
  name: string;
  company: string | null;
  kind?: ServiceKind; // absent: a consumer platform
  parent?: string; // the platform this is a product of ("Amazon S3" of "AWS"): the same failure may be named by either
  aliases: string[]; // folded, matched case-insensitively
  exactCase?: string[]; // matched as written
  needsContext?: boolean;
  home?: string; // an operator group's home country (COUNTRIES key): its outage elsewhere is a national subsidiary's
  formerNames?: { name: string; until: string }[]; // names it had before a renaming (until: the day the next name took over), oldest first
  // an operator group's countries with a national network of its brand besides home (the groups'
  // published lists of operating countries, around 2024; only the countries COUNTRIES knows)
  footprint?: string[];
  // a mobile brand sold on another operator's network (a group's low-cost brand, an MVNO): the
  // operator whose outage takes it down (its customers named beside that outage are knock-on victims)
  network?: string;
  // a card scheme the banks' cards go through (Visa, Mastercard, the French CB network, Interac):
  // when it fails, the banks and apps named failing beside it are its knock-on victims
  cardScheme?: true;
  // an interbank payment rail run by a central bank or the banks' scheme (UPI, Pix, Faster
  // Payments): the infrastructure a bank or an app moves its customers' money through, so named
  // failing after the bank or app a story is about, it is how their payments failed, not what failed
  rail?: true;
  // also a person's first name or surname (Chase, Schwab, Lydia): its bare `exactCase` form names the
  // service only with no other name right beside it ("Chevy Chase", "Klaus Schwab", "Lydia Martin")
  // and no person's description after a comma ("Lydia, 34 ans, cliente de…")
  personName?: true;
}

/** Kinds whose failure takes their customers' services down with them. */
export const INFRASTRUCTURE_KINDS: ReadonlySet<ServiceKind> = new Set(["cloud", "cdn", "network"]);

export const SERVICES: ServiceEntry[] = [
  { name: "Facebook", company: "Meta", aliases: ["facebook", "fb.com"] },
  { name: "Instagram", company: "Meta", aliases: ["instagram", "insta"] },
  { name: "WhatsApp", company: "Meta", aliases: ["whatsapp", "whats app", "whatsapp business"] },
  { name: "Messenger", company: "Meta", aliases: ["facebook messenger"], exactCase: ["Messenger"] },
  { name: "Threads", company: "Meta", aliases: [], exactCase: ["Threads"] },
  { name: "X", company: "X Corp", aliases: ["twitter", "x.com", "x corp", "ex-twitter"], exactCase: ["X"], needsContext: true, formerNames: [{ name: "Twitter", until: "2023-07-24" }] },
  { name: "YouTube", company: "Google", aliases: ["youtube"] },
  { name: "Gmail", company: "Google", aliases: ["gmail"] },
  { name: "Google Cloud", company: "Google", kind: "cloud", aliases: ["google cloud", "google cloud platform", "gcp"] },
  // Workspace's products are named on their own when coverage lists them ("Gmail, Google Drive and Meet")
  { name: "Google Workspace", company: "Google", kind: "software", aliases: ["google workspace", "g suite", "gsuite", "google apps for work", "google apps for business"], formerNames: [{ name: "Google Apps", until: "2016-09-29" }, { name: "G Suite", until: "2020-10-06" }] },
  { name: "Google Drive", company: "Google", kind: "software", aliases: ["google drive"] },
  { name: "Google Docs", company: "Google", kind: "software", aliases: ["google docs", "google sheets", "google slides"] },
  { name: "Google Meet", company: "Google", kind: "software", aliases: ["google meet"] },
  { name: "Google Calendar", company: "Google", kind: "software", aliases: ["google calendar", "google agenda"] },
  // "Google" alone is the company's services at large; its search engine named as such is its own service
  { name: "Google", company: "Google", aliases: ["google"] },
  { name: "Google Search", company: "Google", aliases: ["google search", "recherche google", "moteur de recherche google", "moteur de recherche de google", "google's search engine", "google search engine"] },
  { name: "Google Play", company: "Google", aliases: ["google play", "google play store", "play store"] },
  { name: "Google Photos", company: "Google", aliases: ["google photos"] },
  { name: "Google Nest", company: "Google", aliases: ["google nest", "google home", "nest thermostats", "nest cameras"] },
  { name: "Google Pay", company: "Google", kind: "payment", aliases: ["google pay", "google wallet"] },
  { name: "YouTube TV", company: "Google", aliases: ["youtube tv"] },
  { name: "AWS", company: "Amazon", kind: "cloud", aliases: ["aws", "amazon web services"] },
  // "Windows Azure" until 2014
  { name: "Azure", company: "Microsoft", kind: "cloud", aliases: ["azure", "microsoft azure", "windows azure"], formerNames: [{ name: "Windows Azure", until: "2014-03-25" }] },
  { name: "Microsoft 365", company: "Microsoft", kind: "software", aliases: ["microsoft 365", "office 365", "m365"], formerNames: [{ name: "Office 365", until: "2020-04-21" }] },
  { name: "Outlook", company: "Microsoft", aliases: ["outlook", "outlook.com", "hotmail"], formerNames: [{ name: "Hotmail", until: "2013-02-19" }] },
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
  // Apple's services fail and are reported one by one (App Store, iMessage, Apple Pay...)
  { name: "iCloud", company: "Apple", aliases: ["icloud", "icloud mail", "find my iphone"] },
  { name: "App Store", company: "Apple", aliases: ["app store", "apple app store", "itunes store", "mac app store"] },
  { name: "Apple Music", company: "Apple", aliases: ["apple music", "itunes radio"] },
  { name: "iMessage", company: "Apple", aliases: ["imessage"] },
  { name: "FaceTime", company: "Apple", aliases: ["facetime"] },
  { name: "Apple Pay", company: "Apple", kind: "payment", aliases: ["apple pay", "apple wallet", "apple card"] },
  { name: "Siri", company: "Apple", aliases: [], exactCase: ["Siri"] },
  { name: "Orange", company: "Orange", kind: "telecom", home: "France", footprint: ["Belgium", "Spain", "Poland", "Morocco", "Tunisia", "Egypt", "Jordan", "Senegal", "Mali", "Ivory Coast", "Cameroon", "Guinea", "Burkina Faso", "Liberia", "Sierra Leone", "Madagascar", "DR Congo"], aliases: ["livebox"], exactCase: ["Orange"] },
  { name: "SFR", company: "Altice", kind: "telecom", aliases: ["sfr"] },
  { name: "Bouygues Telecom", company: "Bouygues", kind: "telecom", aliases: ["bouygues telecom", "bouygues"] },
  { name: "Free", company: "Iliad", kind: "telecom", aliases: ["free mobile", "freebox", "iliad"], exactCase: ["Free"] },
  // Carriers whose national outages make international news (Rogers 2022, Optus 2023, AT&T 2024...);
  // the names that are ordinary words or surnames ("Bell", "Rogers", "Three") are matched with their capitals.
  { name: "Rogers", company: "Rogers Communications", kind: "telecom", aliases: ["rogers communications", "rogers wireless"], exactCase: ["Rogers"] },
  { name: "Bell", company: "BCE", kind: "telecom", aliases: ["bell canada"], exactCase: ["Bell"] },
  { name: "Telus", company: "Telus", kind: "telecom", aliases: ["telus"] },
  { name: "TalkTalk", company: "TalkTalk", kind: "telecom", aliases: ["talktalk", "talk talk broadband"] },
  { name: "Telkom", company: "Telkom", kind: "telecom", aliases: ["telkom", "telkom sa"] },
  { name: "Cox", company: "Cox Communications", kind: "telecom", aliases: ["cox communications", "cox internet", "cox cable"] },
  { name: "9mobile", company: "9mobile", kind: "telecom", aliases: ["9mobile", "etisalat nigeria"] },
  { name: "AT&T", company: "AT&T", kind: "telecom", aliases: ["at&t", "at & t", "at and t"] },
  { name: "Verizon", company: "Verizon", kind: "telecom", aliases: ["verizon", "verizon wireless", "fios"] },
  { name: "T-Mobile", company: "Deutsche Telekom", kind: "telecom", aliases: ["t-mobile", "tmobile"] },
  { name: "Comcast", company: "Comcast", kind: "telecom", aliases: ["comcast", "xfinity"] },
  { name: "Vodafone", company: "Vodafone", kind: "telecom", home: "United Kingdom", footprint: ["Germany", "Italy", "Spain", "Portugal", "Ireland", "Netherlands", "Turkey", "Egypt", "Ghana"], aliases: ["vodafone"] },
  { name: "Optus", company: "Optus", kind: "telecom", aliases: ["optus"] },
  { name: "BT", company: "BT Group", kind: "telecom", aliases: ["bt broadband", "bt group", "ee network"], exactCase: ["BT"] },
  { name: "Virgin Media", company: "Virgin Media O2", kind: "telecom", aliases: ["virgin media"] },
  { name: "Proximus", company: "Proximus", kind: "telecom", aliases: ["proximus"] },
  { name: "Swisscom", company: "Swisscom", kind: "telecom", aliases: ["swisscom"] },
  { name: "Slack", company: "Salesforce", kind: "software", aliases: ["slack"] },
  { name: "Zoom", company: "Zoom", kind: "software", aliases: ["zoom video"], exactCase: ["Zoom"] },
  { name: "Twitch", company: "Amazon", aliases: ["twitch"] },
  { name: "PlayStation Network", company: "Sony", kind: "game", aliases: ["playstation network", "psn", "reseau playstation", "playstation online"] },
  { name: "Steam", company: "Valve", kind: "game", aliases: [], exactCase: ["Steam"] },
  { name: "GitHub", company: "Microsoft", kind: "software", aliases: ["github"] },
  { name: "Fastly", company: "Fastly", kind: "cdn", aliases: ["fastly"] },
  { name: "Akamai", company: "Akamai", kind: "cdn", aliases: ["akamai"] },
  { name: "Shopify", company: "Shopify", kind: "software", aliases: ["shopify"] },
  { name: "Bluesky", company: "Bluesky", aliases: ["bluesky"] },
  { name: "LinkedIn", company: "Microsoft", aliases: ["linkedin"] },
  { name: "Pinterest", company: "Pinterest", aliases: ["pinterest"] },
  { name: "OneDrive", company: "Microsoft", kind: "software", aliases: ["onedrive", "one drive"] },
  { name: "SharePoint", company: "Microsoft", kind: "software", aliases: ["sharepoint", "sharepoint online"] },
  { name: "Bing", company: "Microsoft", aliases: ["bing.com", "microsoft bing", "moteur de recherche bing"], exactCase: ["Bing"] },
  { name: "Azure DevOps", company: "Microsoft", kind: "software", parent: "Azure", aliases: ["azure devops"] },
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
  // named by what it is as often as by its name: the console's online services
  { name: "Nintendo Switch Online", company: "Nintendo", kind: "game", aliases: ["nintendo switch online", "nintendo online", "services en ligne de la nintendo switch", "services connectes de la nintendo switch", "nintendo switch's online services", "online services of the nintendo switch", "nintendo switch online services"] },
  { name: "Starlink", company: "SpaceX", kind: "telecom", aliases: ["starlink"] },
  { name: "Disney+", company: "Disney", aliases: ["disney+", "disney plus"] },
  { name: "Canal+", company: "Canal+", aliases: ["canal+"] },
  // Canal+'s streaming app (2016-): named on its own when the app fails, Canal+ being the channel and group
  { name: "myCANAL", company: "Canal+", parent: "Canal+", aliases: ["mycanal", "my canal"] },
  { name: "Deezer", company: "Deezer", aliases: ["deezer"] },
  { name: "Canva", company: "Canva", kind: "software", aliases: ["canva"] },
  { name: "Dropbox", company: "Dropbox", kind: "software", aliases: ["dropbox"] },
  { name: "Salesforce", company: "Salesforce", kind: "cloud", aliases: ["salesforce"] },
  { name: "Heroku", company: "Salesforce", kind: "cloud", aliases: ["heroku"] },
  { name: "Vercel", company: "Vercel", kind: "cloud", aliases: ["vercel"] },
  { name: "OVHcloud", company: "OVHcloud", kind: "cloud", aliases: ["ovhcloud", "ovh"] },
  { name: "PayPal", company: "PayPal", kind: "payment", aliases: ["paypal"] },
  { name: "Mastercard", company: "Mastercard", kind: "payment", cardScheme: true, aliases: ["mastercard"] },
  // "visa" alone is a travel document in both languages: "Visa" as written, in a text about cards
  // or payments and not travel, is the card scheme (exactHitMeansService)
  { name: "Visa", company: "Visa", kind: "payment", cardScheme: true, exactCase: ["Visa"], aliases: ["carte visa", "cartes visa", "visa card", "visa cards", "reseau visa", "visa network"] },
  { name: "Doctolib", company: "Doctolib", kind: "public-service", aliases: ["doctolib"] },
  // named by its address, as French public portals are labelled (impots.gouv.fr, caf.fr): "Ameli"
  // and "ameli.fr" are one site, and the scorer folds neither into the other
  { name: "ameli.fr", company: "Assurance maladie", kind: "public-service", aliases: ["ameli", "ameli.fr", "compte ameli", "site de l'assurance maladie", "site internet de l'assurance maladie", "portail de l'assurance maladie"] },
  // the press names the tax site by what it is as often as by its address ("le site des impôts")
  { name: "impots.gouv", company: "DGFiP", kind: "public-service", aliases: ["impots.gouv", "impots.gouv.fr", "site des impots", "site internet des impots", "portail des impots", "site de la dgfip"] },
  { name: "France Travail", company: "France Travail", kind: "public-service", aliases: ["france travail", "pole emploi"], formerNames: [{ name: "Pôle emploi", until: "2024-01-01" }] },
  // "CAF" is also the African football confederation: only the capitals in French coverage
  { name: "CAF", company: "CAF", kind: "public-service", aliases: ["caf.fr", "caisse d'allocations familiales"], exactCase: ["CAF"] },
  { name: "La Poste", company: "La Poste", kind: "public-service", aliases: ["la poste", "laposte.fr", "groupe la poste"] },
  { name: "SNCF Connect", company: "SNCF", kind: "public-service", aliases: ["sncf connect", "oui.sncf", "voyages-sncf", "voyages-sncf.com", "site de la sncf", "site internet de la sncf", "application sncf", "appli sncf"], formerNames: [{ name: "Voyages-sncf.com", until: "2017-12-07" }, { name: "OUI.sncf", until: "2022-01-25" }] },
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
  // the identity service is "Microsoft Entra ID" since July 2023 ("Microsoft Entra" is the product family)
  { name: "Microsoft Entra ID", company: "Microsoft", kind: "cloud", parent: "Azure", aliases: ["microsoft entra id", "microsoft entra", "entra id", "azure ad", "azure active directory"], formerNames: [{ name: "Azure AD", until: "2023-07-11" }] },
  { name: "Exchange Online", company: "Microsoft", kind: "software", aliases: ["exchange online", "microsoft exchange"] },
  { name: "Google Maps", company: "Google", aliases: ["google maps"] },
  { name: "Nintendo eShop", company: "Nintendo", kind: "game", aliases: ["nintendo eshop", "eshop"] },
  { name: "Nintendo Network", company: "Nintendo", kind: "game", aliases: ["nintendo network"] },
  { name: "Qriocity", company: "Sony", aliases: ["qriocity"] },
  // --- platforms, software and games
  { name: "Skype", company: "Microsoft", kind: "software", aliases: ["skype"] },
  { name: "BlackBerry", company: "BlackBerry", kind: "telecom", aliases: ["blackberry", "research in motion"], exactCase: ["RIM"] },
  // BlackBerry's own services ran over its network and were reported one by one (2005-2019 for BBM)
  { name: "BlackBerry Messenger", company: "BlackBerry", parent: "BlackBerry", aliases: ["blackberry messenger", "bbm"] },
  { name: "BlackBerry Internet Service", company: "BlackBerry", parent: "BlackBerry", aliases: ["blackberry internet service"] },
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
  // operators' mobile money, run over their networks: down alone, or with the network's calls and texts
  { name: "Orange Money", company: "Orange", kind: "payment", parent: "Orange", aliases: ["orange money"] },
  { name: "Airtel Money", company: "Bharti Airtel", kind: "payment", parent: "Airtel", aliases: ["airtel money"] },
  // MTN's brand for its mobile money ("MoMo", as written: "momo" is also a word and a nickname)
  { name: "MTN MoMo", company: "MTN Group", kind: "payment", parent: "MTN", aliases: ["mtn momo", "mtn mobile money"], exactCase: ["MoMo"] },
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
  { name: "Max", company: "Warner Bros. Discovery", aliases: ["hbo max"], formerNames: [{ name: "HBO Max", until: "2023-05-23" }] },
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
  // --- more platforms whose outages the press covers: developer and business tools, AI assistants,
  // streaming, shopping, games. Names that are ordinary words ("Notion", "Square", "Line", "Kick")
  // are matched only as written with their capitals, or by a longer unambiguous form.
  { name: "Notion", company: "Notion Labs", kind: "software", aliases: ["notion.so", "notion app", "l'application notion"] },
  { name: "Asana", company: "Asana", kind: "software", aliases: ["asana"] },
  { name: "Bitbucket", company: "Atlassian", kind: "software", aliases: ["bitbucket"] },
  { name: "npm", company: "GitHub", kind: "software", aliases: ["npm registry", "registre npm", "npmjs"] },
  { name: "Docker Hub", company: "Docker", kind: "software", aliases: ["docker hub"] },
  { name: "Firebase", company: "Google", kind: "cloud", aliases: ["firebase"] },
  { name: "Twilio", company: "Twilio", kind: "cloud", aliases: ["twilio", "sendgrid"] },
  { name: "Mailchimp", company: "Intuit", kind: "software", aliases: ["mailchimp"] },
  { name: "Zendesk", company: "Zendesk", kind: "software", aliases: ["zendesk"] },
  { name: "HubSpot", company: "HubSpot", kind: "software", aliases: ["hubspot"] },
  { name: "Atlassian", company: "Atlassian", kind: "software", aliases: ["atlassian cloud"] },
  { name: "Microsoft Defender", company: "Microsoft", kind: "software", aliases: ["microsoft defender", "windows defender"] },
  { name: "Mistral AI", company: "Mistral AI", kind: "software", aliases: ["mistral ai", "le chat de mistral", "le chat mistral"] },
  { name: "DeepSeek", company: "DeepSeek", kind: "software", aliases: ["deepseek"] },
  { name: "Grok", company: "xAI", kind: "software", aliases: [], exactCase: ["Grok"] },
  { name: "Midjourney", company: "Midjourney", kind: "software", aliases: ["midjourney"] },
  { name: "Character.AI", company: "Character.AI", kind: "software", aliases: ["character.ai", "character ai"] },
  { name: "Paramount+", company: "Paramount", aliases: ["paramount+", "paramount plus"] },
  { name: "Peacock", company: "NBCUniversal", aliases: ["peacock tv"], exactCase: ["Peacock"] },
  { name: "Crunchyroll", company: "Sony", aliases: ["crunchyroll"] },
  { name: "DAZN", company: "DAZN", aliases: ["dazn"] },
  { name: "beIN Sports", company: "beIN Media", aliases: ["bein sports", "bein sport"] },
  { name: "Molotov", company: "FuboTV", aliases: ["molotov tv"], exactCase: ["Molotov"] },
  { name: "france.tv", company: "France Télévisions", aliases: ["france.tv", "francetv", "france.tv sport"] },
  { name: "TF1+", company: "TF1", aliases: ["tf1+", "mytf1", "tf1 plus"] },
  { name: "Amazon Music", company: "Amazon", aliases: ["amazon music"] },
  { name: "Tidal", company: "Block", aliases: ["tidal music"], exactCase: ["Tidal"] },
  { name: "Audible", company: "Amazon", aliases: [], exactCase: ["Audible"] },
  { name: "Kindle", company: "Amazon", aliases: ["kindle store"], exactCase: ["Kindle"] },
  { name: "Ring", company: "Amazon", aliases: ["ring doorbell", "ring doorbells", "sonnettes ring", "cameras ring"] },
  { name: "Waze", company: "Google", aliases: ["waze"] },
  { name: "Kick", company: "Kick", aliases: ["kick.com", "kick streaming"] },
  { name: "BeReal", company: "Voodoo", aliases: ["bereal"] },
  { name: "LINE", company: "LY Corporation", aliases: ["line messenger", "line app", "messagerie line"], exactCase: ["LINE"] },
  { name: "VK", company: "VK", aliases: ["vkontakte"], exactCase: ["VK"] },
  { name: "Weibo", company: "Sina", aliases: ["weibo"] },
  { name: "Yubo", company: "Twelve App", aliases: ["yubo"] },
  { name: "Zalando", company: "Zalando", aliases: ["zalando"] },
  { name: "Cdiscount", company: "Cnova", aliases: ["cdiscount"] },
  { name: "AliExpress", company: "Alibaba", aliases: ["aliexpress"] },
  { name: "Temu", company: "PDD Holdings", aliases: ["temu"] },
  { name: "Shein", company: "Shein", aliases: ["shein"] },
  { name: "Deliveroo", company: "Deliveroo", aliases: ["deliveroo"] },
  { name: "DoorDash", company: "DoorDash", aliases: ["doordash"] },
  { name: "Instacart", company: "Instacart", aliases: ["instacart"] },
  { name: "Pokémon Go", company: "Niantic", kind: "game", aliases: ["pokemon go"] },
  { name: "GTA Online", company: "Rockstar Games", kind: "game", aliases: ["gta online", "rockstar games launcher", "red dead online"] },
  { name: "GeForce Now", company: "Nvidia", kind: "game", aliases: ["geforce now"] },
  { name: "Genshin Impact", company: "HoYoverse", kind: "game", aliases: ["genshin impact"] },
  { name: "Diablo", company: "Blizzard", kind: "game", aliases: ["diablo iv", "diablo 4", "diablo iii", "diablo 3"] },
  { name: "World of Warcraft", company: "Blizzard", kind: "game", aliases: ["world of warcraft"] },
  { name: "Overwatch", company: "Blizzard", kind: "game", aliases: ["overwatch"] },
  { name: "Counter-Strike", company: "Valve", kind: "game", aliases: ["counter-strike", "counter strike", "cs2", "cs:go", "csgo"] },
  { name: "Destiny 2", company: "Bungie", kind: "game", aliases: ["destiny 2"] },
  { name: "PUBG", company: "Krafton", kind: "game", aliases: ["pubg", "playerunknown's battlegrounds"] },
  // --- payments and banks: a card network's or a bank's online service down is outage news
  { name: "Square", company: "Block", kind: "payment", aliases: ["square pos", "square payments", "square terminals", "square sellers"] },
  { name: "Cash App", company: "Block", kind: "payment", aliases: ["cash app"] },
  { name: "Zelle", company: "Early Warning Services", kind: "payment", aliases: ["zelle"] },
  { name: "Klarna", company: "Klarna", kind: "payment", aliases: ["klarna"] },
  { name: "Revolut", company: "Revolut", kind: "payment", aliases: ["revolut"] },
  { name: "N26", company: "N26", kind: "payment", aliases: [], exactCase: ["N26"] },
  { name: "Monzo", company: "Monzo", kind: "payment", aliases: ["monzo"] },
  { name: "Wise", company: "Wise", kind: "payment", aliases: ["wise.com", "transferwise"] },
  { name: "Lydia", company: "Lydia Solutions", kind: "payment", aliases: ["lydia app", "application lydia"], exactCase: ["Lydia"], personName: true },
  { name: "Adyen", company: "Adyen", kind: "payment", aliases: ["adyen"] },
  { name: "Worldline", company: "Worldline", kind: "payment", aliases: ["worldline"] },
  { name: "Interac", company: "Interac", kind: "payment", cardScheme: true, aliases: ["interac"] },
  // the French card network ("le réseau CB", "paiements par carte bancaire")
  { name: "Cartes Bancaires", company: "GIE CB", kind: "payment", cardScheme: true, aliases: ["cartes bancaires cb", "groupement des cartes bancaires", "reseau cb", "gie cb", "reseau cartes bancaires", "reseau des cartes bancaires", "gie cartes bancaires"] },
  { name: "BNP Paribas", company: "BNP Paribas", kind: "payment", aliases: ["bnp paribas", "bnp", "mes comptes bnp"] },
  { name: "Société Générale", company: "Société Générale", kind: "payment", aliases: ["societe generale", "sg.fr"] },
  { name: "Crédit Agricole", company: "Crédit Agricole", kind: "payment", aliases: ["credit agricole", "ma banque credit agricole"] },
  { name: "LCL", company: "Crédit Agricole", kind: "payment", aliases: [], exactCase: ["LCL"] },
  { name: "La Banque Postale", company: "La Poste", kind: "payment", aliases: ["la banque postale", "banque postale"] },
  { name: "Caisse d'Épargne", company: "BPCE", kind: "payment", aliases: ["caisse d'epargne", "caisses d'epargne"] },
  { name: "Banque Populaire", company: "BPCE", kind: "payment", aliases: ["banque populaire", "banques populaires"] },
  // CIC is Crédit Mutuel Alliance Fédérale's other bank brand: customers of each are named apart
  { name: "Crédit Mutuel", company: "Crédit Mutuel", kind: "payment", aliases: ["credit mutuel"] },
  { name: "CIC", company: "Crédit Mutuel", kind: "payment", aliases: ["banque cic", "credit industriel et commercial"], exactCase: ["CIC"] },
  { name: "Boursorama", company: "Société Générale", kind: "payment", aliases: ["boursorama", "boursobank"] },
  { name: "HSBC", company: "HSBC", kind: "payment", aliases: ["hsbc"] },
  { name: "Barclays", company: "Barclays", kind: "payment", aliases: ["barclays"] },
  { name: "Lloyds Bank", company: "Lloyds Banking Group", kind: "payment", aliases: ["lloyds bank", "lloyds banking group"], exactCase: ["Lloyds"] },
  // banks and payments whose apps and cards fail in the news (the groups' own brand names)
  // "Halifax" alone is also a city (Nova Scotia): the bank is named with what it is
  { name: "Halifax", company: "Lloyds Banking Group", kind: "payment", aliases: ["halifax bank", "halifax app", "halifax online banking", "halifax banking app", "halifax customers"] },
  { name: "RBC", company: "Royal Bank of Canada", kind: "payment", aliases: ["royal bank of canada", "rbc royal bank", "banque royale"], exactCase: ["RBC"] },
  { name: "TD Bank", company: "TD Bank Group", kind: "payment", aliases: ["td bank", "td canada trust", "banque td", "td easyweb"] },
  { name: "Wero", company: "European Payments Initiative", kind: "payment", aliases: [], exactCase: ["Wero"] },
  { name: "Paylib", company: "Paylib", kind: "payment", aliases: ["paylib"] },
  { name: "SumUp", company: "SumUp", kind: "payment", aliases: ["sumup"] },
  { name: "NatWest", company: "NatWest Group", kind: "payment", aliases: ["natwest"] },
  // NatWest Group's and Lloyds Banking Group's other brands (the groups' own lists, 2024); "Royal Bank
  // of Scotland" is matched before the "Bank of Scotland" inside it (the longest alias wins)
  { name: "RBS", company: "NatWest Group", kind: "payment", aliases: ["royal bank of scotland"], exactCase: ["RBS"] },
  { name: "Ulster Bank", company: "NatWest Group", kind: "payment", aliases: ["ulster bank"] },
  { name: "Coutts", company: "NatWest Group", kind: "payment", aliases: ["coutts"] },
  { name: "Bank of Scotland", company: "Lloyds Banking Group", kind: "payment", aliases: ["bank of scotland"] },
  // HSBC UK's telephone and online bank; "first direct" is also an ordinary phrase ("the first direct flight")
  { name: "First Direct", company: "HSBC", kind: "payment", aliases: ["first direct bank", "first direct app", "first direct customers"], exactCase: ["First Direct"] },
  // French online banks and neobanks
  { name: "Hello bank", company: "BNP Paribas", kind: "payment", aliases: ["hello bank"] },
  { name: "Fortuneo", company: "Crédit Mutuel Arkéa", kind: "payment", aliases: ["fortuneo"] },
  { name: "Qonto", company: "Qonto", kind: "payment", aliases: ["qonto"] },
  { name: "Nickel", company: "BNP Paribas", kind: "payment", aliases: ["compte nickel", "compte-nickel", "carte nickel", "cartes nickel", "neobanque nickel"] },
  // national instant-payment systems and mobile payment apps (run by central banks or banks' schemes);
  // names that are ordinary words ("Pix", "Swish", "Wave") only with what they are
  { name: "UPI", company: "NPCI", kind: "payment", rail: true, aliases: ["unified payments interface", "upi payments", "paiements upi"], exactCase: ["UPI"] },
  { name: "Paytm", company: "One 97 Communications", kind: "payment", aliases: ["paytm"] },
  { name: "PhonePe", company: "PhonePe", kind: "payment", aliases: ["phonepe"] },
  { name: "Pix", company: "Banco Central do Brasil", kind: "payment", rail: true, aliases: ["pix payments", "pix payment", "pix transfers", "paiements pix", "paiement pix", "sistema pix", "brazil's pix", "pix system", "pix instant payment", "pix instant payments"] },
  { name: "iDEAL", company: "European Payments Initiative", kind: "payment", aliases: [], exactCase: ["iDEAL", "iDeal"] },
  { name: "Swish", company: "Getswish", kind: "payment", aliases: ["swish app", "swish payments", "swish payment"], exactCase: ["Swish"] },
  // Norway's and Denmark's payment apps, one company since 2022, each still named by its own brand
  { name: "Vipps", company: "Vipps MobilePay", kind: "payment", aliases: ["vipps"] },
  { name: "MobilePay", company: "Vipps MobilePay", kind: "payment", aliases: ["mobilepay"] },
  { name: "BLIK", company: "Polski Standard Płatności", kind: "payment", aliases: ["blik payments"], exactCase: ["BLIK"] },
  { name: "Bizum", company: "Bizum", kind: "payment", aliases: ["bizum"] },
  { name: "Wave", company: "Wave Mobile Money", kind: "payment", aliases: ["wave mobile money", "wave money", "application wave", "appli wave", "app wave", "wave senegal", "wave cote d'ivoire", "wave app"] },
  { name: "Faster Payments", company: "Pay.UK", kind: "payment", rail: true, aliases: ["faster payments", "faster payments service"] },
  { name: "FedNow", company: "Federal Reserve", kind: "payment", rail: true, aliases: ["fednow"] },
  { name: "Fedwire", company: "Federal Reserve", kind: "payment", rail: true, aliases: ["fedwire"] },
  { name: "TARGET2", company: "European Central Bank", kind: "payment", rail: true, aliases: ["target2", "target 2 payment system"] },
  { name: "Santander", company: "Santander", kind: "payment", aliases: ["santander"] },
  { name: "TSB", company: "Sabadell", kind: "payment", aliases: ["tsb bank"], exactCase: ["TSB"] },
  // "Chase" alone is also a name and a place ("Chevy Chase")
  { name: "Chase", company: "JPMorgan Chase", kind: "payment", aliases: ["chase bank", "jpmorgan chase", "chase mobile app", "chase app"], exactCase: ["Chase"], personName: true },
  // the US brokerage (Charles Schwab Corporation); "Schwab" alone is also a surname ("Klaus Schwab")
  { name: "Charles Schwab", company: "Charles Schwab Corporation", kind: "payment", aliases: ["charles schwab", "schwab.com"], exactCase: ["Schwab"], personName: true },
  { name: "Bank of America", company: "Bank of America", kind: "payment", aliases: ["bank of america"] },
  { name: "Wells Fargo", company: "Wells Fargo", kind: "payment", aliases: ["wells fargo"] },
  { name: "Capital One", company: "Capital One", kind: "payment", aliases: ["capital one"] },
  // Belgium's, Switzerland's and Québec's banks and payment apps (the groups' own brand names, 2024)
  // the Belgian debit card scheme, as CB is the French one
  { name: "Bancontact", company: "Bancontact Payconiq Company", kind: "payment", cardScheme: true, aliases: ["bancontact"] },
  { name: "Payconiq", company: "Bancontact Payconiq Company", kind: "payment", aliases: ["payconiq"] },
  { name: "Belfius", company: "Belfius", kind: "payment", aliases: ["belfius"] },
  // "KBC" alone is also Kenya's public broadcaster: the bank is named with what it is
  { name: "KBC", company: "KBC Group", kind: "payment", aliases: ["kbc bank", "kbc mobile", "banque kbc", "kbc brussels", "app kbc", "appli kbc", "application kbc", "kbc app"] },
  { name: "BNP Paribas Fortis", company: "BNP Paribas", kind: "payment", aliases: ["bnp paribas fortis"] },
  { name: "ING", company: "ING Group", kind: "payment", aliases: ["ing bank", "ing belgique", "ing belgium", "ing direct"], exactCase: ["ING"] },
  { name: "Crelan", company: "Crelan", kind: "payment", aliases: ["crelan"] },
  // Switzerland's mobile payment app and its banks
  { name: "TWINT", company: "TWINT", kind: "payment", aliases: ["twint"] },
  { name: "PostFinance", company: "La Poste suisse", kind: "payment", aliases: ["postfinance"] },
  { name: "UBS", company: "UBS", kind: "payment", aliases: ["ubs e-banking", "ubs mobile"], exactCase: ["UBS"] },
  // "banque nationale" alone is any country's central bank
  { name: "Banque Nationale", company: "Banque Nationale du Canada", kind: "payment", aliases: ["banque nationale du canada", "national bank of canada"] },
  { name: "Desjardins", company: "Desjardins", kind: "payment", aliases: ["caisse desjardins", "caisses desjardins", "mouvement desjardins", "desjardins bank", "accesd"] },
  // --- public online services (French state services are named by their site or by what they do)
  { name: "FranceConnect", company: "DINUM", kind: "public-service", aliases: ["franceconnect", "france connect"] },
  { name: "ANTS", company: "ANTS", kind: "public-service", aliases: ["ants.gouv.fr", "agence nationale des titres securises"], exactCase: ["ANTS"] },
  { name: "Parcoursup", company: "Ministère de l'Enseignement supérieur", kind: "public-service", aliases: ["parcoursup"] },
  { name: "Pronote", company: "Index Éducation", kind: "public-service", aliases: ["pronote"] },
  { name: "EcoleDirecte", company: "Aplim", kind: "public-service", aliases: ["ecoledirecte", "ecole directe"] },
  { name: "URSSAF", company: "URSSAF", kind: "public-service", aliases: ["urssaf", "urssaf.fr"] },
  { name: "service-public.fr", company: "DILA", kind: "public-service", aliases: ["service-public.fr"] },
  { name: "MaPrimeRénov'", company: "ANAH", kind: "public-service", aliases: ["maprimerenov", "ma prime renov"] },
  { name: "Mon Espace Santé", company: "Assurance maladie", kind: "public-service", aliases: ["mon espace sante"] },
  { name: "itsme", company: "Belgian Mobile ID", kind: "public-service", aliases: ["itsme"] },
  { name: "SAAQclic", company: "SAAQ", kind: "public-service", aliases: ["saaqclic"] },
  { name: "ArriveCAN", company: "Government of Canada", kind: "public-service", aliases: ["arrivecan"] },
  { name: "GOV.UK", company: "UK Government", kind: "public-service", aliases: ["gov.uk"] },
  // public online services named by their agency or by what they do (tax, benefits, health), 2010-2025
  { name: "HMRC", company: "HMRC", kind: "public-service", aliases: ["hmrc online", "hmrc website", "hmrc online services", "hmrc's website", "hmrc app"], exactCase: ["HMRC"] },
  { name: "IRS", company: "IRS", kind: "public-service", aliases: ["irs.gov", "internal revenue service", "irs website", "irs free file", "irs direct file"], exactCase: ["IRS"] },
  { name: "NHS App", company: "NHS England", kind: "public-service", aliases: ["nhs app", "nhs login", "nhs 111 online"] },
  { name: "myGov", company: "Services Australia", kind: "public-service", aliases: ["mygov", "my gov website"] },
  { name: "Centrelink", company: "Services Australia", kind: "public-service", aliases: ["centrelink"] },
  { name: "Login.gov", company: "GSA", kind: "public-service", aliases: ["login.gov"] },
  { name: "HealthCare.gov", company: "CMS", kind: "public-service", aliases: ["healthcare.gov"] },
  // --- transport operators' apps and sites, named by their app ("l'app CFF") or their own name for it;
  // the operator's bare name is its trains ("les CFF", "SBB trains"), which are not an online service
  // Swiss Federal Railways' app: SBB Mobile in German, CFF Mobile in French, FFS Mobile in Italian
  { name: "SBB Mobile", company: "SBB CFF FFS", aliases: ["sbb mobile", "cff mobile", "ffs mobile", "sbb app", "app sbb", "sbb's app", "cff app", "app cff", "app des cff", "appli cff", "appli des cff", "application cff", "application des cff", "application mobile des cff"] },
  { name: "DB Navigator", company: "Deutsche Bahn", aliases: ["db navigator"] },
  { name: "Trainline", company: "Trainline", aliases: ["trainline"] },
  // --- airlines (kind carrier): their booking, check-in and departure systems fail as online services do;
  // names that are ordinary words alone ("Delta", "United", "American", "Swiss") only in their full form
  { name: "Air France", company: "Air France-KLM", kind: "carrier", aliases: ["air france"] },
  { name: "KLM", company: "Air France-KLM", kind: "carrier", aliases: ["klm royal dutch airlines"], exactCase: ["KLM"] },
  { name: "Air Canada", company: "Air Canada", kind: "carrier", aliases: ["air canada"] },
  { name: "Air Transat", company: "Transat A.T.", kind: "carrier", aliases: ["air transat"] },
  { name: "WestJet", company: "WestJet", kind: "carrier", aliases: ["westjet"] },
  { name: "Porter Airlines", company: "Porter Aviation", kind: "carrier", aliases: ["porter airlines"] },
  { name: "British Airways", company: "IAG", kind: "carrier", aliases: ["british airways"] },
  { name: "easyJet", company: "easyJet", kind: "carrier", aliases: ["easyjet"] },
  { name: "Ryanair", company: "Ryanair", kind: "carrier", aliases: ["ryanair"] },
  { name: "Lufthansa", company: "Lufthansa Group", kind: "carrier", aliases: ["lufthansa"] },
  { name: "Brussels Airlines", company: "Lufthansa Group", kind: "carrier", aliases: ["brussels airlines"] },
  { name: "Swiss International Air Lines", company: "Lufthansa Group", kind: "carrier", aliases: ["swiss international air lines"] },
  { name: "Transavia", company: "Air France-KLM", kind: "carrier", aliases: ["transavia"] },
  { name: "Corsair", company: "Corsair", kind: "carrier", aliases: ["corsair international", "compagnie corsair"] },
  { name: "Delta Air Lines", company: "Delta Air Lines", kind: "carrier", aliases: ["delta air lines", "delta airlines"] },
  { name: "United Airlines", company: "United Airlines Holdings", kind: "carrier", aliases: ["united airlines"] },
  { name: "American Airlines", company: "American Airlines Group", kind: "carrier", aliases: ["american airlines"] },
  { name: "Southwest Airlines", company: "Southwest Airlines", kind: "carrier", aliases: ["southwest airlines"] },
  { name: "Alaska Airlines", company: "Alaska Air Group", kind: "carrier", aliases: ["alaska airlines"] },
  { name: "Hawaiian Airlines", company: "Alaska Air Group", kind: "carrier", aliases: ["hawaiian airlines"] },
  { name: "JetBlue", company: "JetBlue", kind: "carrier", aliases: ["jetblue"] },
  { name: "Qantas", company: "Qantas", kind: "carrier", aliases: ["qantas"] },
  { name: "Virgin Atlantic", company: "Virgin Atlantic", kind: "carrier", aliases: ["virgin atlantic"] },
  { name: "Royal Air Maroc", company: "Royal Air Maroc", kind: "carrier", aliases: ["royal air maroc"] },
  { name: "Air Algérie", company: "Air Algérie", kind: "carrier", aliases: ["air algerie"] },
  { name: "Air Sénégal", company: "Air Sénégal", kind: "carrier", aliases: ["air senegal"] },
  { name: "Air Côte d'Ivoire", company: "Air Côte d'Ivoire", kind: "carrier", aliases: ["air cote d'ivoire"] },
  { name: "Emirates", company: "Emirates Group", kind: "carrier", aliases: ["emirates airline"] },
  // --- clouds, CDNs, DNS, hosting
  { name: "Dyn DNS", company: "Dyn", kind: "cdn", aliases: ["dyn dns", "dyn inc", "dyn managed dns"], exactCase: ["Dyn", "DYN"] },
  { name: "Oracle Cloud", company: "Oracle", kind: "cloud", aliases: ["oracle cloud"] },
  { name: "IBM Cloud", company: "IBM", kind: "cloud", aliases: ["ibm cloud"] },
  { name: "Alibaba Cloud", company: "Alibaba", kind: "cloud", aliases: ["alibaba cloud", "aliyun"] },
  { name: "DigitalOcean", company: "DigitalOcean", kind: "cloud", aliases: ["digitalocean", "digital ocean"] },
  { name: "Hetzner", company: "Hetzner", kind: "cloud", aliases: ["hetzner"] },
  { name: "Scaleway", company: "Iliad", kind: "cloud", aliases: ["scaleway"] },
  { name: "Linode", company: "Akamai", kind: "cloud", aliases: ["linode"] },
  // European and world hosting providers (their own brand names, 2024; IONOS was 1&1 until 2018)
  { name: "IONOS", company: "IONOS", kind: "cloud", aliases: ["ionos", "1&1 ionos"] },
  { name: "Infomaniak", company: "Infomaniak", kind: "cloud", aliases: ["infomaniak"] },
  { name: "Vultr", company: "Vultr", kind: "cloud", aliases: ["vultr"] },
  { name: "Gandi", company: "Gandi", kind: "cloud", aliases: ["gandi.net"], exactCase: ["Gandi"] },
  { name: "o2switch", company: "o2switch", kind: "cloud", aliases: ["o2switch"] },
  { name: "Hostinger", company: "Hostinger", kind: "cloud", aliases: ["hostinger"] },
  { name: "GoDaddy", company: "GoDaddy", kind: "cloud", aliases: ["godaddy"] },
  { name: "Netlify", company: "Netlify", kind: "cloud", aliases: ["netlify"] },
  { name: "Imperva", company: "Thales", kind: "cdn", aliases: ["imperva"] },
  { name: "Rackspace", company: "Rackspace", kind: "cloud", aliases: ["rackspace"] },
  { name: "Equinix", company: "Equinix", kind: "cloud", aliases: ["equinix"] },
  { name: "Edgecast", company: "Edgio", kind: "cdn", aliases: ["edgecast", "edgio", "verizon digital media"] },
  { name: "UltraDNS", company: "Vercara", kind: "cdn", aliases: ["ultradns", "neustar ultradns"] },
  { name: "Quad9", company: "Quad9", kind: "cdn", aliases: ["quad9"] },
  { name: "Fly.io", company: "Fly.io", kind: "cloud", aliases: ["fly.io"] },
  { name: "Supabase", company: "Supabase", kind: "cloud", aliases: ["supabase"] },
  { name: "Auth0", company: "Okta", kind: "cloud", aliases: ["auth0"] },
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
  // the Netherlands' cable and mobile operator (Vodafone and Liberty Global's joint venture since 2016)
  { name: "Ziggo", company: "VodafoneZiggo", kind: "telecom", aliases: ["ziggo", "vodafoneziggo"] },
  { name: "Telefónica", company: "Telefónica", kind: "telecom", aliases: ["telefonica", "movistar"] },
  { name: "Deutsche Telekom", company: "Deutsche Telekom", kind: "telecom", aliases: ["deutsche telekom"] },
  { name: "Jio", company: "Reliance", kind: "telecom", aliases: ["reliance jio"], exactCase: ["Jio"] },
  { name: "Airtel", company: "Bharti Airtel", kind: "telecom", home: "India", footprint: ["Chad", "Congo", "DR Congo", "Gabon", "Kenya", "Madagascar", "Niger", "Nigeria", "Rwanda", "Tanzania", "Uganda", "Zambia"], aliases: ["airtel"] },
  { name: "MTN", company: "MTN Group", kind: "telecom", home: "South Africa", footprint: ["Nigeria", "Ghana", "Cameroon", "Ivory Coast", "Benin", "Guinea", "Congo", "Uganda", "Rwanda", "Zambia", "Sudan", "Liberia"], aliases: ["mtn"] },
  { name: "Safaricom", company: "Safaricom", kind: "telecom", aliases: ["safaricom"] },
  { name: "Vodacom", company: "Vodacom", kind: "telecom", home: "South Africa", footprint: ["DR Congo", "Tanzania", "Mozambique"], aliases: ["vodacom"] },
  { name: "Moov Africa", company: "Maroc Telecom", kind: "telecom", home: "Morocco", footprint: ["Benin", "Burkina Faso", "Ivory Coast", "Gabon", "Mali", "Niger", "Togo", "Chad", "Mauritania"], aliases: ["moov africa"], exactCase: ["Moov"] },
  { name: "Maroc Telecom", company: "Maroc Telecom", kind: "telecom", aliases: ["maroc telecom"] },
  { name: "Ooredoo", company: "Ooredoo", kind: "telecom", home: "Qatar", footprint: ["Tunisia", "Algeria", "Iraq"], aliases: ["ooredoo"] },
  { name: "Djezzy", company: "Djezzy", kind: "telecom", aliases: ["djezzy"] },
  { name: "Mauritius Telecom", company: "Mauritius Telecom", kind: "telecom", aliases: ["mauritius telecom", "my.t"] },
  { name: "Digicel", company: "Digicel", kind: "telecom", aliases: ["digicel"] },
  // operators of Ireland, the UK, Belgium and Canada not named above (their own brand names, 2024)
  { name: "Eir", company: "Eir", kind: "telecom", aliases: ["eir broadband", "eir mobile"], exactCase: ["Eir", "eir"] },
  { name: "Plusnet", company: "BT Group", kind: "telecom", aliases: ["plusnet"] },
  { name: "Scarlet", company: "Proximus", kind: "telecom", network: "Proximus", aliases: ["scarlet telecom", "scarlet belgium", "scarlet belgique"] },
  { name: "Eastlink", company: "Eastlink", kind: "telecom", aliases: ["eastlink"] },
  { name: "SaskTel", company: "SaskTel", kind: "telecom", aliases: ["sasktel"] },
  // mobile brands on another operator's network: the groups' low-cost brands and MVNOs with one
  // host network (from the operators' own descriptions, around 2024; MVNOs on several networks, as
  // Straight Talk or Lebara, have no one network to name)
  { name: "Sosh", company: "Orange", kind: "telecom", network: "Orange", aliases: ["sosh"] },
  { name: "RED by SFR", company: "Altice", kind: "telecom", network: "SFR", aliases: ["red by sfr"] },
  { name: "B&You", company: "Bouygues", kind: "telecom", network: "Bouygues Telecom", aliases: ["b&you", "b & you", "b and you"] },
  { name: "La Poste Mobile", company: "La Poste Telecom", kind: "telecom", network: "SFR", aliases: ["la poste mobile"] },
  { name: "Metro by T-Mobile", company: "Deutsche Telekom", kind: "telecom", network: "T-Mobile", aliases: ["metro by t-mobile", "metropcs", "metro pcs"] },
  { name: "Mint Mobile", company: "Deutsche Telekom", kind: "telecom", network: "T-Mobile", aliases: ["mint mobile"] },
  { name: "Cricket Wireless", company: "AT&T", kind: "telecom", network: "AT&T", aliases: ["cricket wireless"] },
  { name: "Visible", company: "Verizon", kind: "telecom", network: "Verizon", aliases: ["visible wireless", "visible mobile"] },
  { name: "giffgaff", company: "Virgin Media O2", kind: "telecom", network: "O2", aliases: ["giffgaff"] },
  { name: "Tesco Mobile", company: "Tesco Mobile", kind: "telecom", network: "O2", aliases: ["tesco mobile"] },
  { name: "Chatr", company: "Rogers Communications", kind: "telecom", network: "Rogers", aliases: ["chatr"] },
  { name: "Lucky Mobile", company: "BCE", kind: "telecom", network: "Bell", aliases: ["lucky mobile"] },
  { name: "Virgin Plus", company: "BCE", kind: "telecom", network: "Bell", aliases: ["virgin plus", "virgin mobile canada"] },
  { name: "VOO", company: "Orange Belgium", kind: "telecom", aliases: [], exactCase: ["VOO"] },
  { name: "Fido", company: "Rogers Communications", kind: "telecom", network: "Rogers", aliases: [], exactCase: ["Fido"] },
  { name: "Koodo", company: "Telus", kind: "telecom", network: "Telus", aliases: ["koodo"] },
  { name: "Freedom Mobile", company: "Québecor", kind: "telecom", aliases: ["freedom mobile"] },
  { name: "Spectrum", company: "Charter Communications", kind: "telecom", aliases: ["spectrum internet", "charter spectrum", "charter communications"] },
  { name: "CenturyLink", company: "Lumen", kind: "telecom", aliases: ["centurylink", "lumen technologies"] },
  { name: "Three", company: "CK Hutchison", kind: "telecom", aliases: ["three uk", "three mobile"] },
  { name: "Sky", company: "Comcast", kind: "telecom", aliases: ["sky broadband", "sky mobile", "sky tv", "sky q"] },
  { name: "TPG", company: "TPG Telecom", kind: "telecom", aliases: ["tpg telecom"] },
  { name: "KDDI", company: "KDDI", kind: "telecom", aliases: ["kddi", "au by kddi"] },
  { name: "NTT Docomo", company: "NTT", kind: "telecom", aliases: ["ntt docomo", "docomo"] },
  { name: "SoftBank", company: "SoftBank", kind: "telecom", aliases: ["softbank"] },
  { name: "KT", company: "KT", kind: "telecom", aliases: ["korea telecom"], exactCase: ["KT"] },
  { name: "SK Telecom", company: "SK Telecom", kind: "telecom", aliases: ["sk telecom"] },
  { name: "Singtel", company: "Singtel", kind: "telecom", aliases: ["singtel"] },
  { name: "Etisalat", company: "e&", kind: "telecom", aliases: ["etisalat"] },
  { name: "Zain", company: "Zain", kind: "telecom", aliases: [], exactCase: ["Zain"] },
  { name: "STC", company: "stc", kind: "telecom", aliases: ["saudi telecom"], exactCase: ["STC"] },
  { name: "Glo", company: "Globacom", kind: "telecom", aliases: ["globacom"], exactCase: ["Glo"] },
  { name: "Mobilis", company: "Algérie Télécom", kind: "telecom", aliases: ["mobilis"] },
  { name: "Algérie Télécom", company: "Algérie Télécom", kind: "telecom", aliases: ["algerie telecom"] },
  { name: "Tunisie Telecom", company: "Tunisie Telecom", kind: "telecom", aliases: ["tunisie telecom"] },
  { name: "Inwi", company: "Inwi", kind: "telecom", aliases: ["inwi"] },
  { name: "Expresso", company: "Expresso Telecom", kind: "telecom", aliases: ["expresso senegal", "expresso telecom"] },
  { name: "Camtel", company: "Camtel", kind: "telecom", aliases: ["camtel"] },
  { name: "Africell", company: "Africell", kind: "telecom", aliases: ["africell"] },
  { name: "Tigo", company: "Millicom", kind: "telecom", aliases: ["tigo"] },
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
export const COMPANIES: string[] = ["meta", "microsoft", "amazon", "apple", "alphabet", "openai", "google", "bytedance", "sony", "valve", "iliad", "altice", "spacex", "nintendo", "yahoo", "riot games", "atlassian", "anthropic", "oracle", "ibm", "alibaba", "tencent", "research in motion",
  // banking groups named beside their brands ("selon le groupe BPCE"), not services themselves
  "bpce", "groupe bpce", "natwest group", "lloyds banking group", "credit mutuel alliance federale", "credit mutuel arkea"];

// Words right before a bare "X" that show it names the social network ("le réseau social X",
// "on X", "Musk's X"); the folded text is tested, so these are lower case.
// "a data center used by X", "leased by X": an owner or tenant named after a passive verb is a company.
export const X_BEFORE = /(?:(?:used|leased|rented|operated|owned|run) by|(?:utilise|loue|exploite)e?s? par|reseau social|reseaux sociaux|plateforme|platform|social network|social media (?:site|platform)|site|application|app|service|on|sur|via|de|du|rival|musk's|musk,|d'elon musk|elon musk's|company|entreprise|societe) $/;
// Words right after it ("X (ex-Twitter)", "X, formerly Twitter", "X Corp", "X users", "X has not commented").
export const X_AFTER = /^(?: ?\(ex-?twitter|, formerly|,? anciennement| \(formerly|, ex-twitter| corp| users| utilisateurs| outage| down| panne| est en panne| is down| went down| suffered| a connu| has been| was down| de musk| d'elon musk| owner| proprietaire| has not commented| did not (?:respond|comment)| declined to comment| n'a pas (?:commente|repondu|reagi))/;
