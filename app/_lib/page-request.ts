// What a Pages Router page knows about its request: the UI language the proxy chose and the
// current path (for the language switch), recomputed from cookie/Accept-Language if it did not run.
import type { IncomingMessage } from "node:http";
import type { Lang } from "../../lib/domain/types";
import { LOCALE_COOKIE, parseLocale, resolveLocale } from "../../lib/i18n/resolve-locale";
import { LANG_HEADER, PATH_HEADER } from "./request-headers";

export function readPageRequest(req: IncomingMessage & { cookies?: Partial<Record<string, string>> }, fallbackPath: string): { lang: Lang; path: string } {
  const header = (name: string) => [req.headers[name]].flat()[0];
  const lang = parseLocale(header(LANG_HEADER))
    ?? resolveLocale({ cookie: req.cookies?.[LOCALE_COOKIE], acceptLanguage: header("accept-language") });
  const p = header(PATH_HEADER);
  return { lang, path: p && p.startsWith("/") && !p.startsWith("//") ? p : fallbackPath };
}

/** Props travel as JSON: this drops undefined fields and turns dates into strings, as Next requires. */
export function asProps<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
