// Runs before every page: decides the UI language (?lang= > cookie > Accept-Language), remembers
// an explicit choice in a cookie, and sets the CSP. App Router pages get a per-request nonce;
// incident pages redirect to their cached per-language URL (/<lang>/incidents/<slug>), which
// has no inline script, so their policy allows scripts from our origin only.
import { NextResponse, type NextRequest } from "next/server";
import { buildCsp, buildStaticCsp, makeNonce } from "./app/_lib/build-csp";
import { LANG_HEADER, PATH_HEADER } from "./app/_lib/request-headers";
import type { Lang } from "./lib/domain/types";
import { LOCALE_COOKIE, parseLocale, resolveLocale } from "./lib/i18n/resolve-locale";

/** Adds the language and current path (and the CSP) to the request, and the CSP (+cookie) to the response. */
export function proxy(request: NextRequest) {
  const query = request.nextUrl.searchParams.get("lang");
  const cookie = request.cookies.get(LOCALE_COOKIE)?.value;
  const lang = resolveLocale({ query, cookie, acceptLanguage: request.headers.get("accept-language") });
  const incident = INCIDENT_PATH.exec(request.nextUrl.pathname);
  const response = incident ? incidentResponse(request, lang, incident) : pageResponse(request, lang, isScriptFree(request.nextUrl.pathname));
  response.headers.set("x-content-type-options", "nosniff");
  response.headers.set("referrer-policy", "strict-origin-when-cross-origin");
  const chosen = parseLocale(query);
  if (chosen && chosen !== parseLocale(cookie)) {
    response.cookies.set(LOCALE_COOKIE, chosen, { path: "/", maxAge: 60 * 60 * 24 * 365, sameSite: "lax" });
  }
  return response;
}

// the Pages Router pages (pages/): no inline script, at most a same-origin file
const isScriptFree = (p: string) =>
  p === "/" || p === "/search" || p === "/sources" || p === "/services" || p === "/api-docs" || /^\/(en|fr)\/?$/.test(p) ||
  /^\/services\/[^/]+$/.test(p) || /^\/sources\/\d+$/.test(p);

// /incidents/<slug> (language negotiated) or /en|fr/incidents/<slug> (language in the path)
const INCIDENT_PATH = /^(?:\/(en|fr))?\/incidents\/([^/]+)\/?$/;

/**
 * Incident pages are cached per URL, so their language lives in the path: the language-neutral
 * URL redirects (307, not cached by others) to the reader's language, and the cached page gets a
 * CSP without nonce, as it has no inline script.
 */
function incidentResponse(request: NextRequest, lang: Lang, [, pathLang, slug]: RegExpExecArray): NextResponse {
  if (!pathLang) {
    const target = new URL(`/${lang}/incidents/${slug}`, request.url);
    for (const [k, v] of request.nextUrl.searchParams) if (k !== "lang") target.searchParams.append(k, v);
    const response = NextResponse.redirect(target, 307);
    response.headers.set("vary", "Accept-Language, Cookie");
    response.headers.set("cache-control", "private, no-store");
    return response;
  }
  const response = NextResponse.next();
  response.headers.set("content-security-policy", buildStaticCsp());
  return response;
}

/** Pages without any inline script (Pages Router, no framework JS) get the nonce-free policy. */
function pageResponse(request: NextRequest, lang: Lang, scriptFree: boolean): NextResponse {
  const csp = scriptFree ? buildStaticCsp() : buildCsp(makeNonce(), process.env.NODE_ENV === "development");
  const rest = new URLSearchParams(request.nextUrl.searchParams);
  rest.delete("lang");
  const qs = rest.toString();

  const headers = new Headers(request.headers);
  headers.set("content-security-policy", csp); // Next reads the nonce for its own scripts from here
  headers.set(LANG_HEADER, lang);
  headers.set(PATH_HEADER, request.nextUrl.pathname + (qs ? `?${qs}` : ""));

  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  response.headers.set("vary", "Accept-Language, Cookie");
  return response;
}

export const config = {
  // feeds, the JSON API and static files carry no HTML, so they skip the nonce work
  matcher: ["/((?!api/|_next/static|_next/image|favicon\\.ico|robots\\.txt|.*\\.xml|feed\\.atom|feed\\.json).*)"],
};
