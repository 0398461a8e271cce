// Services of the catalogue (lib/extract/data/services.ts, by canonical name) that serve one country
// only, with that country's code domain, whose zone CCTLD_ZONES gives: a national tax or health
// portal, a national bank or payment network, a national rail booking site. Their users and
// statements are in that country, so an article of unknown place tells their outage in its clock
// (HMRC's "shortly after 2 p.m." is London's). From the services' own descriptions of whom they
// serve (general knowledge). Left out on purpose: services of several countries (Doctolib, Revolut,
// BNP Paribas, TD Bank) and those of countries spanning several zones with no majority press zone
// (the United States: IRS, Login.gov, HealthCare.gov).
export const NATIONAL_SERVICE_COUNTRIES: Record<string, string> = {
  "GOV.UK": "uk", "HMRC online services": "uk", "NHS App": "uk", Barclays: "uk", "Lloyds Bank": "uk", Halifax: "uk", NatWest: "uk", TSB: "uk", Monzo: "uk",
  giffgaff: "uk", "Tesco Mobile": "uk", TalkTalk: "uk",
  "impots.gouv": "fr", "ameli.fr": "fr", CAF: "fr", "France Travail": "fr", FranceConnect: "fr", ANTS: "fr", Parcoursup: "fr",
  Pronote: "fr", EcoleDirecte: "fr", URSSAF: "fr", "service-public.fr": "fr", "MaPrimeRénov'": "fr", "Mon Espace Santé": "fr", "SNCF Connect": "fr",
  "La Banque Postale": "fr", "Caisse d'Épargne": "fr", "Banque Populaire": "fr", "Crédit Mutuel": "fr", LCL: "fr", Boursorama: "fr", "Cartes Bancaires": "fr", Paylib: "fr",
  Desjardins: "ca", Interac: "ca", SAAQclic: "ca", ArriveCAN: "ca", Chatr: "ca", "Lucky Mobile": "ca", "Virgin Plus": "ca",
  myGov: "au", Centrelink: "au",
  itsme: "be",
};
