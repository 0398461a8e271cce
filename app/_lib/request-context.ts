// What an App Router page knows about the request: its language, path and the site's base URL.
import { cookies, headers } from "next/headers";
import type { Lang } from "../../lib/domain/types";
import { messages, type Messages } from "../../lib/i18n/data/messages";
import { LOCALE_COOKIE } from "../../lib/i18n/resolve-locale";
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
