// The API page's wording in both languages; the addresses are the contract of README.md
// ("HTTP (served by the site)"), which stays the reference.
import type { Lang } from "../../domain/types";

interface ApiDocs { title: string; intro: string; sections: { id: string; title: string; rows: [string, string][] }[] }

export const API_DOCS: Record<Lang, ApiDocs> = {
  en: {
    title: "API and feeds",
    intro: "Everything on this site can be read by programs: JSON for incidents and search, feeds for following new incidents and their updates. Answers carry ETag and Last-Modified.",
    sections: [
      { id: "json", title: "JSON", rows: [
        ["/api/incidents", "Incidents, newest first. Query: q (words), service, from and to (YYYY-MM-DD), lang (articles in fr or en), cursor (next page)."],
        ["/api/incidents/<slug>", "One incident: services, start, end, duration, cause with its status and sources, timeline, documents."],
        ["/api/search?q=…", "Incidents and articles matching words, as on the search page."],
      ] },
      { id: "feeds", title: "Feeds", rows: [
        ["/feed.xml · /feed.atom · /feed.json", "Every incident, as RSS 2.0, Atom and JSON Feed."],
        ["/services/<service>/feed.xml", "Incidents of one service (RSS)."],
        ["/incidents/<slug>/feed.xml", "Every update of one incident (RSS)."],
      ] },
    ],
  },
  fr: {
    title: "API et flux",
    intro: "Tout ce site peut être lu par des programmes : du JSON pour les incidents et la recherche, des flux pour suivre les nouveaux incidents et leurs mises à jour. Les réponses portent ETag et Last-Modified.",
    sections: [
      { id: "json", title: "JSON", rows: [
        ["/api/incidents", "Les incidents, du plus récent au plus ancien. Paramètres : q (mots), service, from et to (AAAA-MM-JJ), lang (articles en fr ou en), cursor (page suivante)."],
        ["/api/incidents/<slug>", "Un incident : services, début, fin, durée, cause avec son statut et ses sources, chronologie, documents."],
        ["/api/search?q=…", "Les incidents et articles qui contiennent ces mots, comme la page de recherche."],
      ] },
      { id: "feeds", title: "Flux", rows: [
        ["/feed.xml · /feed.atom · /feed.json", "Tous les incidents, en RSS 2.0, Atom et JSON Feed."],
        ["/services/<service>/feed.xml", "Les incidents d'un service (RSS)."],
        ["/incidents/<slug>/feed.xml", "Chaque mise à jour d'un incident (RSS)."],
      ] },
    ],
  },
};
