// How status pages name themselves: "<Service> Status", "GitHub Status - Incident History",
// "Statut de <Service>", "État des services <Service>", "<Service> Service Health". The words
// around the service's own name (seen on Atlassian Statuspage, incident.io, Instatus and
// operators' own pages) are dropped; each needs a word boundary, so "Statusphere" stays whole.
export const STATUS_PAGE_NAME_AFFIXES: RegExp[] = [
  /(?:^|\s*[-–—|:]\s*|\s+)(?:incident history|historique des incidents)\s*$/i,
  /(?:^|\s*[-–—|:]\s*|\s+)(?:(?:system|service|platform|systems|services)\s+)?(?:status(?:\s+page)?|health(?:\s+dashboard)?|statuts?)\s*$/i,
  /^\s*(?:statuts?|état)(?:\s+des\s+services|\s+du\s+service)?(?:\s+(?:de|du|des)\s+|\s+d['’]\s*|\s+)(?=\S)/i,
];
