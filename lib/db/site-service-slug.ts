// The URL slug of a service name: "Google Cloud" -> "google-cloud", "X" -> "x".
// Pure, shared by pages and feeds so /services/<slug> and /services/<slug>/feed.xml agree.

/** The lowercase, accent-free, hyphenated slug of a service name. */
export function serviceSlug(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
