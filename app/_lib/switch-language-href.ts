// The link that switches the UI language: same page, with ?lang=xx (the proxy stores it in a cookie).
import type { Lang } from "../../lib/domain/types";

/** `path` (which may carry a query) with lang set to `lang`. */
export function switchLanguageHref(path: string, lang: Lang): string {
  const u = new URL(path, "http://x");
  u.searchParams.set("lang", lang);
  return u.pathname + u.search;
}
