// The search page's strings in both site languages.
export const SEARCH_WORDING = {
  en: {
    title: "Search", label: "Search incidents and articles", placeholder: "e.g. pannes Meta, BGP, Azure",
    submit: "Search", filters: "Filters", service: "Service", from: "From", to: "To", lang: "Article language",
    cause: "Cause", any: "Any", apply: "Apply", incidents: "Incidents", articles: "Articles",
    none: "Nothing matches this search.", prompt: "Type words to search French and English articles and incidents.",
    invalid: "These search parameters are not valid:", next: "Next page", prev: "Previous page", incident: "Incident",
  },
  fr: {
    title: "Recherche", label: "Rechercher des incidents et des articles", placeholder: "ex. pannes Meta, BGP, Azure",
    submit: "Rechercher", filters: "Filtres", service: "Service", from: "Du", to: "Au", lang: "Langue de l'article",
    cause: "Cause", any: "Toutes", apply: "Appliquer", incidents: "Incidents", articles: "Articles",
    none: "Aucun résultat pour cette recherche.", prompt: "Saisissez des mots pour chercher dans les articles et incidents, en français et en anglais.",
    invalid: "Ces paramètres de recherche ne sont pas valides :", next: "Page suivante", prev: "Page précédente", incident: "Incident",
  },
} as const;

export type SearchWording = (typeof SEARCH_WORDING)["en" | "fr"];
