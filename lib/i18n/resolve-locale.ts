// Choosing the UI language: an explicit ?lang= wins, then the lang cookie, then Accept-Language.
import type { Lang } from "../domain/types";

export const LOCALES: readonly Lang[] = ["en", "fr"];
export const DEFAULT_LOCALE: Lang = "en";
export const LOCALE_COOKIE = "lang";

/** The supported locale a raw value names ("fr", "FR", "fr-CA"), or null. */
export function parseLocale(value: string | null | undefined): Lang | null {
  const base = value?.trim().toLowerCase().split(/[-_]/)[0];
  return base && (LOCALES as readonly string[]).includes(base) ? (base as Lang) : null;
}

/** The best supported locale of an Accept-Language header (RFC 9110 §12.5.4 quality values). */
export function localeFromAcceptLanguage(header: string | null | undefined): Lang | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [tag, ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
      return { tag, q: q ? Number(q[1]) : 1, order };
    })
    .filter((r) => r.tag && Number.isFinite(r.q) && r.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const r of ranked) {
    const l = parseLocale(r.tag);
    if (l) return l;
  }
  return null;
}

/** The locale for a request from its query value, cookie value and Accept-Language header. */
export function resolveLocale(input: { query?: string | null; cookie?: string | null; acceptLanguage?: string | null }): Lang {
  return parseLocale(input.query) ?? parseLocale(input.cookie) ?? localeFromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE;
}
