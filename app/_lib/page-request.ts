// What a Pages Router page knows about its request: the UI language the proxy chose and the
// current path (for the language switch), recomputed from cookie/Accept-Language if it did not run.
import type { IncomingMessage } from "node:http";
import type { Lang } from "../../lib/domain/types";
import { LOCALE_COOKIE } from "../../lib/i18n/resolve-locale";
import { requestLocale, requestPath } from "./request-headers";

export function readPageRequest(req: IncomingMessage & { cookies?: Partial<Record<string, string>> }, fallbackPath: string): { lang: Lang; path: string } {
  const header = (name: string) => [req.headers[name]].flat()[0];
  return { lang: requestLocale(header, req.cookies?.[LOCALE_COOKIE]), path: requestPath(header, fallbackPath) };
}

/** Props travel as JSON: this drops undefined fields and turns dates into strings, as Next requires. */
export function asProps<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
