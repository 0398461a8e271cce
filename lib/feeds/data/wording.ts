// Feed wording in both site languages (feeds take ?lang=fr).
export const FEED_WORDING = {
  en: {
    allTitle: "Outage Atlas: online service outages",
    allDescription: "Timelines of outages of online services, from French and English sources.",
    serviceDescription: (s: string) => `Timelines of ${s} outages, from French and English sources.`,
    author: "Outage Atlas",
    serviceTitle: (s: string) => `Outage Atlas: ${s} outages`,
    updatesTitle: (t: string) => `Outage Atlas: updates on ${t}`,
    services: "Services", started: "Started", ended: "Ended", ongoing: "ongoing", unknown: "unknown",
    duration: "Duration", cause: "Cause", minutes: "min",
    status: { confirmed: "confirmed", reported: "reported", speculated: "speculated" },
  },
  fr: {
    allTitle: "Outage Atlas : pannes des services en ligne",
    allDescription: "Chronologies des pannes de services en ligne, d'après des sources françaises et anglaises.",
    serviceDescription: (s: string) => `Chronologies des pannes de ${s}, d'après des sources françaises et anglaises.`,
    author: "Outage Atlas",
    serviceTitle: (s: string) => `Outage Atlas : pannes de ${s}`,
    updatesTitle: (t: string) => `Outage Atlas : suivi de ${t}`,
    services: "Services", started: "Début", ended: "Fin", ongoing: "en cours", unknown: "inconnu",
    duration: "Durée", cause: "Cause", minutes: "min",
    status: { confirmed: "confirmée", reported: "rapportée", speculated: "supposée" },
  },
} as const;
