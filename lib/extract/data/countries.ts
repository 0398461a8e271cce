// Country names as French and English press write them (folded), with one canonical English name,
// for the "affected countries" impact. Common outage-coverage countries only.
export const COUNTRIES: Record<string, string[]> = {
  France: ["france"], "United States": ["etats-unis", "etats unis", "united states", "u.s.", "usa", "amerique"],
  "United Kingdom": ["royaume-uni", "united kingdom", "uk", "grande-bretagne", "britain"], Germany: ["allemagne", "germany"],
  Spain: ["espagne", "spain"], Portugal: ["portugal"], Italy: ["italie", "italy"], Belgium: ["belgique", "belgium"],
  Switzerland: ["suisse", "switzerland"], Canada: ["canada"], Morocco: ["maroc", "morocco"], Algeria: ["algerie", "algeria"],
  Tunisia: ["tunisie", "tunisia"], Senegal: ["senegal"], "Ivory Coast": ["cote d'ivoire", "ivory coast"],
  Benin: ["benin"], Cameroon: ["cameroun", "cameroon"], Nigeria: ["nigeria"], Kenya: ["kenya"],
  "South Africa": ["afrique du sud", "south africa"], Egypt: ["egypte", "egypt"], India: ["inde", "india"],
  Pakistan: ["pakistan"], Japan: ["japon", "japan"], China: ["chine", "china"], Singapore: ["singapour", "singapore"],
  Australia: ["australie", "australia"], "New Zealand": ["nouvelle-zelande", "nouvelle zelande", "new zealand"], Brazil: ["bresil", "brazil"], Mexico: ["mexique", "mexico"],
  Netherlands: ["pays-bas", "netherlands"], Ireland: ["irlande", "ireland"], Turkey: ["turquie", "turkey", "turkiye"],
  Russia: ["russie", "russia"], Ukraine: ["ukraine"], Indonesia: ["indonesie", "indonesia"], Philippines: ["philippines"],
  Argentina: ["argentine", "argentina"], Colombia: ["colombie", "colombia"], Poland: ["pologne", "poland"],
  Sweden: ["suede", "sweden"], Israel: ["israel"], "Saudi Arabia": ["arabie saoudite", "saudi arabia"],
  "United Arab Emirates": ["emirats arabes unis", "united arab emirates", "uae"], Lebanon: ["liban", "lebanon"],
  // where a national operator's outage is news (MTN, Orange, Airtel, Vodacom... subsidiaries)
  Guinea: ["guinee", "guinea"], Chad: ["tchad", "chad"], Sudan: ["soudan", "sudan"], Mali: ["mali"], Niger: ["niger"],
  "Burkina Faso": ["burkina faso", "burkina"], Congo: ["congo"], "DR Congo": ["rdc", "rd congo", "drc"], Gabon: ["gabon"],
  Togo: ["togo"], Ghana: ["ghana"], Uganda: ["ouganda", "uganda"], Tanzania: ["tanzanie", "tanzania"], Rwanda: ["rwanda"],
  Zambia: ["zambie", "zambia"], Mozambique: ["mozambique"], Madagascar: ["madagascar"], Mauritius: ["maurice", "mauritius"],
  Mauritania: ["mauritanie", "mauritania"], Liberia: ["liberia"], "Sierra Leone": ["sierra leone"], Ethiopia: ["ethiopie", "ethiopia"],
  Haiti: ["haiti"], Qatar: ["qatar"], Jordan: ["jordanie", "jordan"], Iraq: ["irak", "iraq"],
  "Sri Lanka": ["sri lanka"], "Costa Rica": ["costa rica"]
};

// How national companies' names write the country ("MTN Guinée", "Orange Côte d'Ivoire", "Airtel
// Tchad", "Vodafone UK"): in French where French is an official or the usual business language,
// as the short form for a few English names; elsewhere the English name ("MTN Sudan").
export const BRAND_COUNTRY_NAMES: Readonly<Record<string, string>> = {
  "United Kingdom": "UK", "United States": "US", "United Arab Emirates": "UAE",
  France: "France", Belgium: "Belgique", Switzerland: "Suisse", Morocco: "Maroc", Algeria: "Algérie", Tunisia: "Tunisie",
  Senegal: "Sénégal", "Ivory Coast": "Côte d'Ivoire", Benin: "Bénin", Cameroon: "Cameroun", Guinea: "Guinée", Chad: "Tchad",
  Mali: "Mali", Niger: "Niger", "Burkina Faso": "Burkina Faso", Congo: "Congo", "DR Congo": "RDC", Gabon: "Gabon", Togo: "Togo",
  Madagascar: "Madagascar", Mauritania: "Mauritanie", Haiti: "Haïti", Lebanon: "Liban",
};
