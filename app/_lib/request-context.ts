// What an App Router page knows about the request: its language, path and the site's base URL.
import { cookies, headers } from "next/headers";
import type { Lang } from "../../lib/domain/types";
import { messages, type Messages } from "../../lib/i18n/data/messages";
import { LOCALE_COOKIE } from "../../lib/i18n/resolve-locale";
import { configuredSiteUrl, requestOrigin } from "../../lib/http/public-origin";
import { requestLocale, requestPath } from "./request-headers";

/** The UI language chosen by the proxy (recomputed from cookie/Accept-Language if it did not run). */
export async function getLocale(): Promise<Lang> {
  const h = await headers();
  return requestLocale((name) => h.get(name), (await cookies()).get(LOCALE_COOKIE)?.value);
}

/** The locale and its UI strings. */
export async function getMessages(): Promise<{ lang: Lang; t: Messages }> {
  const lang = await getLocale();
  return { lang, t: messages[lang] };
}

/** The current path and query without `lang`, for the language switch link. */
export async function getCurrentPath(): Promise<string> {
  const h = await headers();
  return requestPath((name) => h.get(name), "/");
}

/** The public base URL: SITE_URL when configured, otherwise the request's own host. */
export async function getSiteUrl(): Promise<URL> {
  const configured = configuredSiteUrl();
  if (configured) return new URL(configured);
  const h = await headers();
  // a bogus Host header must not break rendering: requestOrigin falls back to the given URL
  return new URL(requestOrigin((n) => h.get(n), "http://localhost:3000"));
}
