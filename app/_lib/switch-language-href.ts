// The link that switches the UI language: same page, with ?lang=xx (the proxy stores it in a cookie).
import type { Lang } from "../../lib/domain/types";

/** `path` (which may carry a query) with lang set to `lang`; on /en and /fr, the other one. */
export function switchLanguageHref(path: string, lang: Lang): string {
  const u = new URL(path, "http://x");
  if (/^\/(en|fr)\/?$/.test(u.pathname)) u.pathname = `/${lang}`;
  u.searchParams.set("lang", lang);
  return u.pathname + u.search;
}
