// The parts of a cloud or CDN provider its customers manage their services through (its control
// plane), which can fail while the traffic it carries keeps flowing (Cloudflare's dashboard and API
// for two days in November 2023; the Azure portal): named by the press after the provider in
// English ("Cloudflare's dashboard", "the AWS console") and before it in French ("le tableau de
// bord de Cloudflare", "la console d'AWS"). Folded words; the value is the part's name in an
// incident ("Cloudflare dashboard"), as providers name these parts in their own status pages.
export const PART_AFTER: Record<string, string> = {
  dashboard: "dashboard", dashboards: "dashboard", api: "API", apis: "API", "control plane": "control plane",
  console: "console", "management console": "console", portal: "portal", "admin panel": "dashboard",
  "application programming interface": "API", "application programming interfaces": "API",
};
// After a part's word, these make it a description of the provider's traffic failing ("AWS API
// service failures", "Cloudflare API errors"), not the part failing on its own.
export const TRAFFIC_AFTER = /^ (?:service|services|calls|requests|errors?|transactions|failures|latency|endpoints?|traffic|gateway|responses)\b/;
export const PART_BEFORE: Record<string, string> = {
  "tableau de bord": "dashboard", "tableaux de bord": "dashboard", api: "API", "interface de programmation": "API",
  "plan de controle": "control plane", console: "console", portail: "portal", "interface d'administration": "dashboard",
};
