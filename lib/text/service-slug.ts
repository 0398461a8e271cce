// The URL slug of a service name: "Google Cloud" -> "google-cloud", "Télégram" -> "telegram",
// "X (Twitter)" -> "x-twitter". The one slug maker: incident slugs (lib/cluster/make-slug.ts),
// /services/<slug> pages and their feeds all use it, so a link and the page it names agree.
import { foldText } from "./fold-text";

/** The lower-case, accent-free, hyphenated slug of a name. */
export function serviceSlug(name: string): string {
  return foldText(name)
    .replace(/&/g, " and ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
