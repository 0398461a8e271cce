// Words that name a time zone in French and English news, mapped to IANA zones (tz database).
// Sources: IANA tzdata zone1970.tab (one representative zone per country), common newsroom
// abbreviations (AP/Reuters style: ET, PT, GMT...), Québec's HNE/HAE notation, and the
// nationality adjectives French outlets use ("heure marocaine", "heure béninoise").
// All names are written folded: lower case, no accents, straight apostrophe.
// Offsets always come from the zone database through luxon, never from these names.

/** Upper-case abbreviations, matched case-sensitively after a clock ("11 a.m. PT", "21 h 30 GMT"). */
export const ZONE_ABBREVIATIONS: Record<string, string> = {
  UTC: "UTC", GMT: "UTC", TU: "UTC", UT: "UTC", Z: "UTC",
  ET: "America/New_York", EST: "America/New_York", EDT: "America/New_York",
  CT: "America/Chicago", CST: "America/Chicago", CDT: "America/Chicago",
  MT: "America/Denver", MST: "America/Denver", MDT: "America/Denver",
  PT: "America/Los_Angeles", PST: "America/Los_Angeles", PDT: "America/Los_Angeles",
  AKT: "America/Anchorage", AKST: "America/Anchorage", AKDT: "America/Anchorage",
  HT: "Pacific/Honolulu", HST: "Pacific/Honolulu",
  AT: "America/Halifax", AST: "America/Halifax", ADT: "America/Halifax",
  NT: "America/St_Johns", NST: "America/St_Johns", NDT: "America/St_Johns",
  HNE: "America/Toronto", HAE: "America/Toronto", HE: "America/Toronto",
  HNC: "America/Winnipeg", HAC: "America/Winnipeg",
  HNR: "America/Edmonton", HAR: "America/Edmonton",
  HNP: "America/Vancouver", HAP: "America/Vancouver",
  HNA: "America/Halifax", HAA: "America/Halifax",
  BST: "Europe/London", WET: "Europe/Lisbon", WEST: "Europe/Lisbon",
  CET: "Europe/Paris", CEST: "Europe/Paris", MET: "Europe/Paris", MEST: "Europe/Paris", MEZ: "Europe/Berlin", MESZ: "Europe/Berlin",
  HEC: "Europe/Paris", HNEC: "Europe/Paris", HAEC: "Europe/Paris",
  EET: "Europe/Athens", EEST: "Europe/Athens", MSK: "Europe/Moscow",
  WAT: "Africa/Lagos", CAT: "Africa/Maputo", EAT: "Africa/Nairobi", SAST: "Africa/Johannesburg",
  IST: "Asia/Kolkata", PKT: "Asia/Karachi", SGT: "Asia/Singapore", HKT: "Asia/Hong_Kong",
  JST: "Asia/Tokyo", KST: "Asia/Seoul", AWST: "Australia/Perth",
  AEST: "Australia/Sydney", AEDT: "Australia/Sydney", ACST: "Australia/Adelaide", ACDT: "Australia/Adelaide",
  NZST: "Pacific/Auckland", NZDT: "Pacific/Auckland",
  BRT: "America/Sao_Paulo",
};

/** Regions and directions used with "heure de/du/de la ..." or "... time". */
export const ZONE_REGIONS: Record<string, string[]> = {
  UTC: ["utc", "gmt", "greenwich", "temps universel", "temps universel coordonne", "universal time", "coordinated universal time", "zulu", "universelle", "heure universelle"],
  "America/New_York": ["est", "l'est", "cote est", "la cote est", "east coast", "eastern", "eastern standard", "eastern daylight", "est des etats-unis", "l'est des etats-unis", "new york", "new-yorkaise", "washington", "boston", "miami", "atlanta", "philadelphie", "philadelphia", "wall street",
    "virginie", "virginia", "virginie-occidentale", "west virginia", "virginie du nord", "northern virginia", "ohio", "floride", "florida",
    "caroline du nord", "north carolina", "new jersey", "maryland", "massachusetts", "pennsylvanie", "pennsylvania", "michigan", "detroit"],
  "America/Chicago": ["centre", "central", "central standard", "central daylight", "chicago", "dallas", "houston", "austin", "texas", "texane"],
  "America/Denver": ["rocheuses", "des rocheuses", "mountain", "mountain standard", "mountain daylight", "denver"],
  "America/Phoenix": ["arizona", "phoenix"],
  "America/Los_Angeles": ["pacifique", "cote ouest", "la cote ouest", "west coast", "pacific", "pacific standard", "pacific daylight", "californie", "california", "californienne", "californian", "los angeles", "san francisco", "seattle", "silicon valley", "la silicon valley", "menlo park", "cupertino", "mountain view", "palo alto", "redmond", "san jose", "vancouver", "las vegas", "portland"],
  "America/Halifax": ["atlantique", "atlantic", "halifax"],
  "America/Anchorage": ["alaska"],
  "Pacific/Honolulu": ["hawai", "hawaii"],
  "America/Toronto": ["quebec", "quebecoise", "montreal", "toronto", "ottawa", "ontario", "canadienne", "canada", "canadian",
    // Québec's other cities and regions, named by its regional press without the province ("un central de Jonquière")
    "saguenay", "chicoutimi", "jonquiere", "lac-saint-jean", "sherbrooke", "trois-rivieres", "gatineau", "longueuil", "rimouski",
    "drummondville", "abitibi", "gaspesie", "estrie", "mauricie", "outaouais", "laurentides", "monteregie"],
  "America/Winnipeg": ["winnipeg", "manitoba"],
  "America/Edmonton": ["edmonton", "calgary", "alberta"],
  "America/St_Johns": ["terre-neuve", "newfoundland"],
  "Europe/Paris": ["paris", "parisienne", "france", "francaise", "french", "lyon", "marseille", "toulouse", "bordeaux", "lille", "nantes", "strasbourg", "nice", "metropole", "europe centrale", "l'europe centrale", "central european", "central europe", "europeenne", "european", "bruxelles", "brussels", "belgique", "belgium", "belge", "belgian", "geneve", "geneva", "zurich", "berne", "lausanne", "suisse", "switzerland", "swiss", "luxembourg", "luxembourgeoise", "monaco", "monegasque"],
  "Europe/Berlin": ["berlin", "allemagne", "germany", "allemande", "german", "francfort", "frankfurt", "munich", "hambourg", "hamburg"],
  "Europe/Amsterdam": ["amsterdam", "pays-bas", "netherlands", "neerlandaise", "dutch", "hollande"],
  "Europe/Madrid": ["madrid", "barcelone", "barcelona", "espagne", "spain", "espagnole", "spanish"],
  "Europe/Rome": ["rome", "milan", "italie", "italy", "italienne", "italian"],
  "Europe/Vienna": ["vienne", "vienna", "autriche", "austria", "autrichienne", "austrian"],
  "Europe/Warsaw": ["varsovie", "warsaw", "pologne", "poland", "polonaise", "polish"],
  "Europe/Prague": ["prague"],
  "Europe/Stockholm": ["stockholm", "suede", "sweden", "suedoise", "swedish"],
  "Europe/Oslo": ["oslo", "norvege", "norway", "norvegienne", "norwegian"],
  "Europe/Copenhagen": ["copenhague", "copenhagen", "danemark", "denmark", "danoise", "danish"],
  "Europe/Helsinki": ["helsinki", "finlande", "finland", "finlandaise", "finnish"],
  "Europe/Athens": ["athenes", "athens", "grece", "greece", "grecque", "greek", "europe de l'est", "eastern european"],
  "Europe/Bucharest": ["bucarest", "bucharest", "roumanie", "romania", "roumaine", "romanian"],
  "Europe/Kyiv": ["kiev", "kyiv", "ukraine", "ukrainienne", "ukrainian"],
  "Europe/Istanbul": ["istanbul", "ankara", "turquie", "turkey", "turque", "turkish"],
  "Europe/Moscow": ["moscou", "moscow", "russie", "russia", "russe", "russian"],
  "Europe/London": ["londres", "london", "londonienne", "royaume-uni", "uk", "u.k.", "britain", "great britain", "angleterre", "england", "britannique", "british", "anglaise", "english", "edimbourg", "edinburgh", "manchester"],
  "Europe/Dublin": ["dublin", "irlande", "ireland", "irlandaise", "irish"],
  "Europe/Lisbon": ["lisbonne", "lisbon", "portugal", "portugaise", "portuguese"],
  "Atlantic/Reykjavik": ["reykjavik", "islande", "iceland", "islandaise", "icelandic"],
  "Africa/Casablanca": ["casablanca", "rabat", "marrakech", "tanger", "fes", "maroc", "morocco", "marocaine", "moroccan"],
  "Africa/Algiers": ["alger", "algiers", "oran", "algerie", "algeria", "algerienne", "algerian"],
  "Africa/Tunis": ["tunis", "sfax", "tunisie", "tunisia", "tunisienne", "tunisian"],
  "Africa/Tripoli": ["tripoli", "libye", "libya", "libyenne", "libyan"],
  "Africa/Cairo": ["le caire", "caire", "cairo", "egypte", "egypt", "egyptienne", "egyptian"],
  "Africa/Dakar": ["dakar", "senegal", "senegalaise", "senegalese"],
  "Africa/Abidjan": ["abidjan", "yamoussoukro", "cote d'ivoire", "ivory coast", "ivoirienne", "ivorian", "accra", "ghana", "ghaneenne", "ghanaian", "bamako", "mali", "malienne", "malian", "ouagadougou", "burkina", "burkina faso", "burkinabe", "conakry", "guinee", "guineenne", "lome", "togo", "togolaise", "togolese", "nouakchott", "mauritanie", "mauritanienne", "mauritania", "mauritanian",
    "freetown", "sierra leone", "sierra-leonaise", "sierra leonean", "monrovia", "liberia", "liberienne", "liberian",
    "banjul", "gambie", "gambia", "gambienne", "gambian", "bissau", "guinee-bissau", "guinea-bissau"],
  "Africa/Lagos": ["lagos", "abuja", "nigeria", "nigeriane", "nigerian", "cotonou", "porto-novo", "benin", "beninoise", "beninese", "niamey", "niger", "nigerienne", "douala", "yaounde", "cameroun", "cameroon", "camerounaise", "cameroonian", "libreville", "gabon", "gabonaise", "brazzaville", "congolaise", "kinshasa", "rdc", "n'djamena", "tchad", "tchadienne", "bangui", "centrafrique", "centrafricaine", "afrique de l'ouest", "l'afrique de l'ouest", "west africa"],
  "Africa/Maputo": ["lubumbashi", "kigali", "rwanda", "rwandaise", "bujumbura", "burundi", "burundaise", "lusaka", "zambie", "zambia", "zambian", "harare", "zimbabwe", "maputo", "mozambique", "afrique centrale", "central africa"],
  "Africa/Johannesburg": ["johannesburg", "pretoria", "le cap", "cape town", "afrique du sud", "south africa", "sud-africaine", "south african"],
  "Africa/Nairobi": ["nairobi", "kenya", "kenyane", "kenyan", "addis-abeba", "addis ababa", "ethiopie", "ethiopia", "ethiopienne", "djibouti", "djiboutienne", "dar es salaam", "tanzanie", "kampala", "ouganda", "uganda", "antananarivo", "madagascar", "malgache", "mayotte", "mahoraise", "comores", "comorienne", "afrique de l'est", "east africa"],
  "Indian/Reunion": ["la reunion", "reunion", "reunionnaise", "saint-denis de la reunion"],
  "Indian/Mauritius": ["maurice", "ile maurice", "mauritius", "mauricienne", "port-louis"],
  "Asia/Beirut": ["beyrouth", "beirut", "liban", "lebanon", "libanaise", "lebanese"],
  "Asia/Jerusalem": ["jerusalem", "tel aviv", "tel-aviv", "israel", "israelienne", "israeli"],
  "Asia/Riyadh": ["riyad", "riyadh", "arabie saoudite", "saudi arabia", "saoudienne", "saudi", "doha", "qatar", "qatarie", "qatari", "koweit", "kuwait"],
  "Asia/Dubai": ["dubai", "abou dabi", "abu dhabi", "emirats", "emirats arabes unis", "uae", "emiratie", "emirati"],
  "Asia/Tehran": ["teheran", "tehran", "iran", "iranienne", "iranian"],
  "Asia/Karachi": ["karachi", "islamabad", "pakistan", "pakistanaise", "pakistani"],
  "Asia/Kolkata": ["inde", "india", "indienne", "indian", "new delhi", "delhi", "mumbai", "bombay", "bangalore", "bengaluru", "chennai", "hyderabad"],
  "Asia/Bangkok": ["bangkok", "thailande", "thailand", "thai", "hanoi", "vietnam", "vietnamienne"],
  "Asia/Singapore": ["singapour", "singapore", "kuala lumpur", "malaisie", "malaysia"],
  "Asia/Jakarta": ["jakarta", "indonesie", "indonesia"],
  "Asia/Shanghai": ["pekin", "beijing", "shanghai", "shenzhen", "chine", "china", "chinoise", "chinese"],
  "Asia/Hong_Kong": ["hong kong", "hongkong"],
  "Asia/Taipei": ["taipei", "taiwan", "taiwanaise", "taiwanese"],
  "Asia/Manila": ["manille", "manila", "philippines", "philippine"],
  "Asia/Tokyo": ["tokyo", "osaka", "japon", "japan", "japonaise", "japanese"],
  "Asia/Seoul": ["seoul", "coree du sud", "coree", "south korea", "korea", "coreenne", "korean"],
  "Australia/Sydney": ["sydney", "melbourne", "canberra", "australie", "australia", "australienne", "australian"],
  "Australia/Perth": ["perth"],
  "Pacific/Auckland": ["auckland", "wellington", "nouvelle-zelande", "new zealand"],
  "Pacific/Noumea": ["noumea", "nouvelle-caledonie", "caledonienne"],
  "Pacific/Tahiti": ["tahiti", "papeete", "polynesie", "polynesienne"],
  "America/Martinique": ["martinique", "martiniquaise", "fort-de-france", "antilles", "antillaise"],
  "America/Guadeloupe": ["guadeloupe", "guadeloupeenne", "pointe-a-pitre"],
  "America/Cayenne": ["guyane", "guyanaise", "cayenne"],
  "America/Port-au-Prince": ["haiti", "haitienne", "haitian", "port-au-prince"],
  "America/Mexico_City": ["mexico", "mexique", "mexicaine", "mexican"],
  "America/Sao_Paulo": ["sao paulo", "rio de janeiro", "rio", "brasilia", "bresil", "brazil", "bresilienne", "brazilian"],
  "America/Argentina/Buenos_Aires": ["buenos aires", "argentine", "argentina", "argentinian"],
  "America/Santiago": ["santiago", "chili", "chile", "chilienne", "chilean"],
  "America/Bogota": ["bogota", "colombie", "colombia", "colombienne", "colombian"],
  "America/Lima": ["lima", "perou", "peru", "peruvienne", "peruvian"],
};

/** Region words that are not places: they never follow "à"/"in" after a clock ("17 h 40 à Paris" is a
 * zone, "à l'est" is not). */
export const NOT_PLACES = new Set(["est", "l'est", "centre", "central", "pacifique", "pacific", "atlantique", "atlantic",
  "eastern", "mountain", "metropole", "european", "europeenne", "utc", "gmt", "zulu", "central european", "central europe",
  "eastern standard", "eastern daylight", "central standard", "central daylight", "mountain standard", "mountain daylight",
  "pacific standard", "pacific daylight", "rocheuses", "des rocheuses", "universal time", "temps universel"]);

/** Zone assumed when the text states none and the outlet's zone is unknown (documented choice):
 * French-language outlets are mostly in France; English outage coverage is mostly US East Coast. */
export const DEFAULT_ZONE_BY_LANG: Record<"fr" | "en", string> = {
  fr: "Europe/Paris",
  en: "America/New_York",
};

/** Country-code top-level domains of outlets, and the zone most of the country's people live in
 * (IANA zone1970.tab; Canada: Eastern, where most of its French and English press is). Generic and
 * multi-zone countries' domains (.com, .us, .ru, .br) are absent: they say nothing of the clock. */
export const CCTLD_ZONES: Record<string, string> = {
  fr: "Europe/Paris", be: "Europe/Brussels", ch: "Europe/Zurich", lu: "Europe/Luxembourg", mc: "Europe/Monaco",
  uk: "Europe/London", ie: "Europe/Dublin", ca: "America/Toronto", ht: "America/Port-au-Prince",
  in: "Asia/Kolkata", pk: "Asia/Karachi", sg: "Asia/Singapore", ph: "Asia/Manila", my: "Asia/Kuala_Lumpur", lk: "Asia/Colombo",
  au: "Australia/Sydney", nz: "Pacific/Auckland",
  ke: "Africa/Nairobi", ug: "Africa/Kampala", tz: "Africa/Dar_es_Salaam", rw: "Africa/Kigali", et: "Africa/Addis_Ababa", mg: "Indian/Antananarivo",
  ng: "Africa/Lagos", gh: "Africa/Accra", za: "Africa/Johannesburg", zw: "Africa/Harare", zm: "Africa/Lusaka",
  sn: "Africa/Dakar", ci: "Africa/Abidjan", sl: "Africa/Freetown", lr: "Africa/Monrovia", gm: "Africa/Banjul", gw: "Africa/Bissau", ml: "Africa/Bamako", bf: "Africa/Ouagadougou", gn: "Africa/Conakry", tg: "Africa/Lome",
  bj: "Africa/Porto-Novo", ne: "Africa/Niamey", cm: "Africa/Douala", ga: "Africa/Libreville", cg: "Africa/Brazzaville", cd: "Africa/Kinshasa",
  td: "Africa/Ndjamena", mr: "Africa/Nouakchott", ma: "Africa/Casablanca", dz: "Africa/Algiers", tn: "Africa/Tunis", eg: "Africa/Cairo",
  mu: "Indian/Mauritius", re: "Indian/Reunion", lb: "Asia/Beirut", vn: "Asia/Ho_Chi_Minh",
};

/** Zones whose places, named in an article, say the outlet writes from there, per language: where a
 * French- or English-language press reports its own country's outages in local time (Québec,
 * francophone Africa, the Maghreb, the Indian Ocean, the Caribbean; the UK, India, East, West and
 * Southern Africa, Oceania, South-East Asia). For French, places elsewhere (a French article's
 * "Californie") are where a foreign company sits, not where the clock was read: a Paris newsroom
 * writes Paris time. English is written everywhere, and an English text of unknown place that keeps
 * naming one region outside the United States (a fire in Strasbourg, a carrier in Portugal) tells
 * events there in that region's clock (translated statements of a French operator, local wire
 * copy): see ENGLISH_DEFAULT_COUNTRY_ZONES. */
export const HOME_PRESS_ZONES: Record<"fr" | "en", string[]> = {
  fr: ["America/Toronto", "America/Winnipeg", "America/Edmonton", "America/Halifax", "America/Port-au-Prince",
    "America/Martinique", "America/Guadeloupe", "America/Cayenne", "Africa/Casablanca", "Africa/Algiers", "Africa/Tunis",
    "Africa/Dakar", "Africa/Abidjan", "Africa/Lagos", "Africa/Maputo", "Africa/Nairobi", "Indian/Reunion", "Indian/Mauritius",
    "Asia/Beirut", "Pacific/Noumea", "Pacific/Tahiti", "Asia/Bangkok"],
  en: ["Europe/London", "Europe/Dublin", "Asia/Kolkata", "Asia/Karachi", "Asia/Singapore", "Asia/Manila", "Australia/Sydney",
    "Australia/Perth", "Pacific/Auckland", "Africa/Nairobi", "Africa/Lagos", "Africa/Abidjan", "Africa/Johannesburg", "Africa/Maputo"],
};

/** The zones of the English default's country: a US place an English text keeps naming is as often
 * where a company sits ("Menlo Park, California") as where the outage was, and US outlets write
 * their zone when it is not New York's, so the default stands. */
export const ENGLISH_DEFAULT_COUNTRY_ZONES = new Set(["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix",
  "America/Los_Angeles", "America/Anchorage", "Pacific/Honolulu"]);

/** Place words that are also common words or first names: never counted when an article's text names
 * them ("Maurice" Dupont, a "réunion", "Rio", "nice", "chili", "turkey", the "Indian" Ocean); in an
 * outlet's name they are the place ("L'Express Maurice", "Réunion 1ère"). */
export const AMBIGUOUS_PLACES = new Set(["maurice", "reunion", "rio", "nice", "chili", "turkey", "indian"]);

/** Language and people words that are no place at all in an outlet's name or an article ("RFI English",
 * "the French regulator", "une entreprise européenne"). */
export const LANGUAGE_WORDS = new Set(["english", "french", "francaise", "anglaise", "european", "europeenne", "british", "britannique"]);
