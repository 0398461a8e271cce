// Request headers the proxy sets for the pages (names shared by proxy.ts and the readers), and how
// both routers read them back.
import type { Lang } from "../../lib/domain/types";
import { parseLocale, resolveLocale } from "../../lib/i18n/resolve-locale";

export const LANG_HEADER = "x-outage-lang";
export const PATH_HEADER = "x-outage-path";

/** The UI language the proxy chose, or recomputed from the lang cookie and Accept-Language if it did not run. */
export function requestLocale(header: (name: string) => string | null | undefined, cookie: string | undefined): Lang {
  return parseLocale(header(LANG_HEADER)) ?? resolveLocale({ cookie, acceptLanguage: header("accept-language") });
}

/** The current path (and query without `lang`) the proxy recorded, if it is one of ours; else `fallback`. */
export function requestPath(header: (name: string) => string | null | undefined, fallback: string): string {
  const p = header(PATH_HEADER);
  return p && p.startsWith("/") && !p.startsWith("//") ? p : fallback;
}
