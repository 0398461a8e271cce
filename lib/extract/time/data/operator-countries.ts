// National telecom operators of the services catalogue (lib/extract/data/services.ts, by canonical
// name) and the country-code domain of the one country they serve, whose zone CCTLD_ZONES gives
// (so Canada is Eastern and Australia Sydney, as for outlets there). Sources: the operators' own
// descriptions of where they operate (public company profiles). Left out on purpose: groups present
// in many countries (Orange, Vodafone, MTN, Vodacom, Ooredoo, Moov Africa: an unlocated hit says no
// country; national-networks renames a located one "MTN Guinée") and operators of countries spanning
// several zones with no majority press zone (AT&T, Verizon, T-Mobile, Comcast, Spectrum, CenturyLink).
export const OPERATOR_COUNTRIES: Record<string, string> = {
  Rogers: "ca", Bell: "ca", Telus: "ca", "Vidéotron": "ca", Fizz: "ca", Cogeco: "ca", Shaw: "ca", Fido: "ca", Koodo: "ca", "Freedom Mobile": "ca",
  SFR: "fr", "Bouygues Telecom": "fr", Free: "fr", Sosh: "fr", "RED by SFR": "fr",
  Proximus: "be", Telenet: "be", "Orange Belgium": "be", VOO: "be",
  Swisscom: "ch", Salt: "ch", Sunrise: "ch",
  BT: "uk", EE: "uk", O2: "uk", "Virgin Media": "uk", Three: "uk", Sky: "uk",
  Optus: "au", Telstra: "au", TPG: "au",
  Jio: "in", Airtel: "in",
  Safaricom: "ke", "M-Pesa": "ke",
  "Maroc Telecom": "ma", Djezzy: "dz", "Mauritius Telecom": "mu",
};
