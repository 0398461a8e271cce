// How status pages name themselves: "<Service> Status", "GitHub Status - Incident History",
// "Statut de <Service>", "<Service> Service Health". The words around the service's own name
// (seen on Atlassian Statuspage, incident.io, Instatus and operators' own pages) are dropped.
export const STATUS_PAGE_NAME_AFFIXES: RegExp[] = [
  /\s*[-–—|:]?\s*(?:incident history|historique des incidents)\s*$/i,
  /\s*[-–—|:]?\s*(?:system |service |platform )?(?:status(?: page)?|health(?: dashboard)?|service health|statuts?|état des services|état du service)\s*$/i,
  /^\s*(?:statuts?|état(?: des services)?)\s+(?:de |du |d['’])\s*/i,
];
