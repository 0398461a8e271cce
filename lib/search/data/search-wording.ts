// The search page's strings in both site languages.
export const SEARCH_WORDING = {
  en: {
    title: "Search", label: "Search incidents and articles", placeholder: "e.g. Meta outage, BGP, 2021",
    submit: "Search", filters: "Filters", service: "Service", from: "From", to: "To", lang: "Article language",
    cause: "Cause", any: "Any", apply: "Apply", incidents: "Incidents", articles: "Articles",
    none: "Nothing matches this search.", prompt: "Type words to search French and English articles and incidents.",
    invalid: "These search parameters are not valid:", next: "Next page", prev: "Previous page", incident: "Incident",
    incidentCount: (n: number) => (n === 1 ? "1 incident matches" : `${n} incidents match`),
    suggest: "Try fewer words, another spelling, or one of these services:", pageN: (n: number) => `page ${n}`,
    articleCount: (n: number, more: boolean) => (more ? `${n} articles on this page, more on the next` : n === 1 ? "1 article" : `${n} articles`),
  },
  fr: {
    title: "Recherche", label: "Rechercher des incidents et des articles", placeholder: "ex. panne Meta, BGP, 2021",
    submit: "Rechercher", filters: "Filtres", service: "Service", from: "Du", to: "Au", lang: "Langue de l'article",
    cause: "Cause", any: "Toutes", apply: "Appliquer", incidents: "Incidents", articles: "Articles",
    none: "Aucun résultat pour cette recherche.", prompt: "Saisissez des mots pour chercher dans les articles et incidents, en français et en anglais.",
    invalid: "Ces paramètres de recherche ne sont pas valides :", next: "Page suivante", prev: "Page précédente", incident: "Incident",
    incidentCount: (n: number) => (n <= 1 ? `${n} incident correspond` : `${n} incidents correspondent`),
    suggest: "Essayez avec moins de mots, une autre orthographe, ou l'un de ces services :", pageN: (n: number) => `page ${n}`,
    articleCount: (n: number, more: boolean) => (more ? `${n} articles sur cette page, d'autres à la suivante` : n <= 1 ? `${n} article` : `${n} articles`),
  },
};

export type SearchWording = (typeof SEARCH_WORDING)["en"];
