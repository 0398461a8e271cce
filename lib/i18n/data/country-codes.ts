// ISO 3166-1 codes of the canonical country names extraction gives impacts (the English names of
// lib/extract/data/countries.ts), so pages can name them in their own language with Intl.DisplayNames.
export const COUNTRY_CODES: Record<string, string> = {
  France: "FR", "United States": "US", "United Kingdom": "GB", Germany: "DE", Spain: "ES", Portugal: "PT", Italy: "IT",
  Belgium: "BE", Switzerland: "CH", Canada: "CA", Morocco: "MA", Algeria: "DZ", Tunisia: "TN", Senegal: "SN",
  "Ivory Coast": "CI", Benin: "BJ", Cameroon: "CM", Nigeria: "NG", Kenya: "KE", "South Africa": "ZA", Egypt: "EG",
  India: "IN", Pakistan: "PK", Japan: "JP", China: "CN", Singapore: "SG", Australia: "AU", Brazil: "BR", Mexico: "MX",
  Netherlands: "NL", Ireland: "IE", Turkey: "TR", Russia: "RU", Ukraine: "UA", Indonesia: "ID", Philippines: "PH",
  Argentina: "AR", Colombia: "CO", Poland: "PL", Sweden: "SE", Israel: "IL", "Saudi Arabia": "SA",
  "United Arab Emirates": "AE", Lebanon: "LB",
};
