// Services of the catalogue (lib/extract/data/services.ts, by canonical name) that serve one country,
// and the country-code domain of that country, whose zone CCTLD_ZONES gives (so Canada is Eastern and
// Australia Sydney, as for outlets there): national telecom operators, a state's own online services
// (tax, benefits, health, schools, ID) and domestic banks and payment schemes. Sources: the operators'
// and banks' own descriptions of where they operate (public company profiles), and the agencies' remits.
// Left out on purpose: groups present in many countries (Orange, Vodafone, MTN, Vodacom, Ooredoo, Moov
// Africa, BNP Paribas, HSBC, Revolut, PayPal: an unlocated hit says no country; national-networks renames
// a located one "MTN Guinée"), and services of countries spanning several zones with no majority press
// zone (AT&T, Verizon, T-Mobile, Comcast, Spectrum, CenturyLink; the IRS, Login.gov, US and Canadian-US banks).
export const OPERATOR_COUNTRIES: Record<string, string> = {
  Rogers: "ca", Bell: "ca", Telus: "ca", "Vidéotron": "ca", Fizz: "ca", Cogeco: "ca", Shaw: "ca", Fido: "ca", Koodo: "ca", "Freedom Mobile": "ca", Chatr: "ca", "Lucky Mobile": "ca", "Virgin Plus": "ca",
  SFR: "fr", "Bouygues Telecom": "fr", Free: "fr", Sosh: "fr", "RED by SFR": "fr",
  Proximus: "be", Telenet: "be", "Orange Belgium": "be", VOO: "be",
  Swisscom: "ch", Salt: "ch", Sunrise: "ch",
  BT: "uk", EE: "uk", O2: "uk", "Virgin Media": "uk", Three: "uk", Sky: "uk", giffgaff: "uk", "Tesco Mobile": "uk", TalkTalk: "uk",
  Optus: "au", Telstra: "au", TPG: "au",
  Jio: "in", Airtel: "in",
  Safaricom: "ke", "M-Pesa": "ke",
  "Maroc Telecom": "ma", Djezzy: "dz", "Mauritius Telecom": "mu",
  // a state's online services: its own residents' tax, benefits, health, schools and ID
  Doctolib: "fr", "ameli.fr": "fr", "impots.gouv": "fr", "France Travail": "fr", CAF: "fr", "La Poste": "fr", "SNCF Connect": "fr",
  FranceConnect: "fr", ANTS: "fr", Parcoursup: "fr", Pronote: "fr", EcoleDirecte: "fr", URSSAF: "fr", "service-public.fr": "fr",
  "MaPrimeRénov'": "fr", "Mon Espace Santé": "fr", itsme: "be", SAAQclic: "ca", ArriveCAN: "ca",
  "GOV.UK": "uk", HMRC: "uk", "NHS App": "uk", myGov: "au", Centrelink: "au",
  // domestic banks and payment schemes
  "Société Générale": "fr", "Crédit Agricole": "fr", LCL: "fr", "La Banque Postale": "fr", "Caisse d'Épargne": "fr",
  "Banque Populaire": "fr", "Crédit Mutuel": "fr", Boursorama: "fr", "Cartes Bancaires": "fr", Paylib: "fr", Lydia: "fr",
  "Lloyds Bank": "uk", Halifax: "uk", NatWest: "uk", TSB: "uk", Monzo: "uk", Barclays: "uk", RBC: "ca", Desjardins: "ca", Interac: "ca",
  // India's real-time payment scheme (run by NPCI) and the wallets built on it, used only in India
  UPI: "in", Paytm: "in", PhonePe: "in",
};
