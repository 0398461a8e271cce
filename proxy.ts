// Runs before every page: gives the request a CSP nonce, decides the UI language
// (?lang= > cookie > Accept-Language) and remembers an explicit choice in a cookie.
import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, makeNonce } from "./app/_lib/build-csp";
import { LANG_HEADER, NONCE_HEADER, PATH_HEADER } from "./app/_lib/request-headers";
import { LOCALE_COOKIE, parseLocale, resolveLocale } from "./lib/i18n/resolve-locale";

/** Adds the nonce, CSP, language and current path to the request, and the CSP (+cookie) to the response. */
export function proxy(request: NextRequest) {
  const nonce = makeNonce();
  const csp = buildCsp(nonce, process.env.NODE_ENV === "development");
  const query = request.nextUrl.searchParams.get("lang");
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  const lang = resolveLocale({ query, cookie, acceptLanguage: request.headers.get("accept-language") });
  const rest = new URLSearchParams(request.nextUrl.searchParams);
  rest.delete("lang");
  const qs = rest.toString();

  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("content-security-policy", csp);
  headers.set(LANG_HEADER, lang);
  headers.set(PATH_HEADER, request.nextUrl.pathname + (qs ? `?${qs}` : ""));

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", "strict-origin-when-cross-origin");
  response.headers.set("vary", "Accept-Language, Cookie");
  const chosen = parseLocale(query);
  if (chosen && chosen !== parseLocale(cookie)) {
    response.cookies.set(LOCALE_COOKIE, chosen, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  return response;
}

export const config = {
  // feeds, the JSON API and static files carry no HTML, so they skip the nonce work
  matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|robots\\.txt|.*\\.xml|feed\\.atom).*)"],
};
