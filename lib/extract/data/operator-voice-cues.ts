// How an operator's own writing shows itself whatever feed carries it (a status page's entry, a
// postmortem on its blog, a communiqué to its customers), in French and English. Folded phrases; a
// trailing "*" accepts any word ending. Gathered from the genres themselves: Statuspage and its
// clones, engineering-blog incident reports, telecom and bank communiqués (Africa, Europe, Québec).

// A report's heading, at the start of the title, where a news headline names what happened ("Incident
// report: …", "Post-mortem : incident électrique …", "Communiqué relatif aux perturbations …",
// "Statement on today's service disruption", "Point de situation sur l'indisponibilité …").
export const REPORT_TITLE_HEADS: string[] = [
  "incident report", "incident review", "incident summary", "post-incident review", "post-incident report",
  "post incident review", "post incident report", "postmortem", "post-mortem", "post mortem",
  "rapport d'incident", "compte rendu d'incident", "retour sur l'incident", "communique", "press statement",
  "statement on", "statement regarding", "service update", "service incident update", "point de situation",
  "an update on", "update on today's", "update on this morning's", "update on yesterday's",
];
// (not "What happened on …", a newspaper explainer's opening as often as a postmortem's)

// A status entry's closing state after its title ("GitLab.com degraded performance — Resolved",
// "Network issues affecting European data centres (Resolved)", "Difficultés de connexion – résolu").
// The dash stands apart: "Hackers self-identified" ends on a hyphenated word, not a state.
export const TITLE_STATE_TAIL = /(?:\s[-|]\s*|\()(?:resolved|resolu|monitoring|investigating|identified|identifie)\)?\s*$/;

// The operator addressing its own customers, in the third person of a communiqué ("X informe son
// aimable clientèle", "wishes to advise its valued customers", "tient à s'excuser auprès de ses
// joueurs") or in the salutation of a letter ("Dear valued customer", "Chers clients").
export const CUSTOMER_ADDRESS_CUES: string[] = [
  "informe son aimable clientele", "informe sa clientele", "informe sa fidele clientele", "informe ses clients",
  "informe ses abonnes", "informe ses usagers", "informe l'ensemble de ses clients", "informe l'ensemble de sa clientele",
  "tient a s'excuser aupres de ses", "wishes to advise its", "wishes to inform its", "would like to inform its",
  "we would like to inform", "dear valued customer*", "dear customer*", "chers clients", "chere cliente", "cher client",
  "chers abonnes", "chers utilisateurs", "chers usagers",
];

// What an operator calls its own in the first person ("many of our customers lost service", "une
// partie de notre réseau", "one of our data centers"): a reporter writes "its customers" unless quoting.
export const OWN_THINGS: string[] = [
  "customers", "clients", "clientele", "users", "utilisateurs", "utilisatrices", "abonnes", "members", "players",
  "joueurs", "service", "services", "network", "reseau", "reseaux", "platform", "plateforme", "systems", "systemes",
  "infrastructure", "data center", "data centers", "data centre", "data centres", "datacenter", "datacenters",
  "centre de donnees", "centres de donnees", "teams", "equipes", "engineers", "ingenieurs",
  "region", "regions", "servers", "serveurs",
];
// Not "app" or "site": a news page's own furniture says "Download our app", "We use cookies to improve
// our site" at the top of its text.
