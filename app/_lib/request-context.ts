// What an App Router page knows about the request: its language, path and the site's base URL.
import { cookies, headers } from "next/headers";
import type { Lang } from "../../lib/domain/types";
import { messages, type Messages } from "../../lib/i18n/data/messages";
import { LOCALE_COOKIE, parseLocale, resolveLocale } from "../../lib/i18n/resolve-locale";
import { LANG_HEADER, PATH_HEADER } from "./request-headers";

/** The UI language chosen by the proxy (recomputed from cookie/Accept-Language if it did not run). */
export async function getLocale(): Promise<Lang> {
  const h = await headers();
  const fromProxy = parseLocale(h.get(LANG_HEADER));
  if (fromProxy) return fromProxy;
  const c = await cookies();
  return resolveLocale({ cookie: c.get(LOCALE_COOKIE)?.value, acceptLanguage: h.get("accept-language") });
}

/** The locale and its UI strings. */
export async function getMessages(): Promise<{ lang: Lang; t: Messages }> {
  const lang = await getLocale();
  return { lang, t: messages[lang] };
}

/** The current path and query without `lang`, for the language switch link. */
export async function getCurrentPath(): Promise<string> {
  const p = (await headers()).get(PATH_HEADER);
  return p && p.startsWith("/") && !p.startsWith("//") ? p : "/";
}

/** The public base URL: SITE_URL when configured, otherwise the request's own host. */
export async function getSiteUrl(): Promise<URL> {
  const configured = process.env.SITE_URL?.trim();
  if (configured) return new URL(configured);
  const h = await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host") ?? "localhost:3000";
  const proto = h.get("x-forwarded-proto") === "https" ? "https" : "http";
  // a bogus Host header must not break rendering
  try {
    return new URL(`${proto}://${host}`);
  } catch {
    return new URL("http://localhost:3000");
  }
}
