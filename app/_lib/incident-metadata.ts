// <head> of an incident page beyond what every page has (PageHead: title, description, canonical,
// feeds): language alternates, Open Graph and the Twitter card, as plain tag descriptions the page
// renders into next/head.
import type { IncidentExport, Lang } from "../../lib/domain/types";
import type { Messages } from "../../lib/i18n/data/messages";
import { formatDate, formatDuration } from "../../lib/i18n/format";
import { LOCALES } from "../../lib/i18n/resolve-locale";

export type HeadTag =
  | { tag: "meta"; name?: string; property?: string; content: string }
  | { tag: "link"; rel: string; href: string; type?: string; title?: string; hrefLang?: string };

/** The page of `slug` in `lang` (the language-neutral /incidents/<slug> negotiates instead). */
export const incidentPath = (slug: string, lang?: Lang) => `${lang ? `/${lang}` : ""}/incidents/${slug}`;

/** The one-line summary used as description: services, date, duration, cause. */
export function incidentDescription(inc: IncidentExport, lang: Lang, t: Messages): string {
  return [
    inc.services.join(", "),
    inc.startedAt ? formatDate(inc.startedAt, lang) : null,
    inc.durationMinutes != null ? `${t.duration}${t.colon} ${formatDuration(inc.durationMinutes, lang)}` : null,
    inc.cause ? `${t.cause}${t.colon} ${t.causeCategory[inc.cause.category]} (${t.causeStatus[inc.cause.status]})` : null,
  ].filter(Boolean).join(" · ");
}

/** The incident's title in `lang`. */
export const incidentTitle = (inc: IncidentExport, lang: Lang) => (lang === "fr" ? inc.titleFr : inc.title);

/** Alternates, Open Graph and Twitter tags for an incident in `lang`; `base` prefixes URLs (SITE_URL, or ""). */
export function incidentShareTags(inc: IncidentExport, lang: Lang, t: Messages, base: string): HeadTag[] {
  const title = incidentTitle(inc, lang);
  const description = incidentDescription(inc, lang, t);
  return [
    ...LOCALES.map((l): HeadTag => ({ tag: "link", rel: "alternate", hrefLang: l, href: base + incidentPath(inc.slug, l) })),
    { tag: "link", rel: "alternate", hrefLang: "x-default", href: base + incidentPath(inc.slug) },
    { tag: "meta", property: "og:type", content: "article" },
    { tag: "meta", property: "og:title", content: title },
    { tag: "meta", property: "og:description", content: description },
    { tag: "meta", property: "og:url", content: base + incidentPath(inc.slug, lang) },
    { tag: "meta", property: "og:site_name", content: t.siteName },
    { tag: "meta", property: "og:locale", content: lang === "fr" ? "fr_FR" : "en_GB" },
    ...(inc.startedAt ? [{ tag: "meta", property: "article:published_time", content: inc.startedAt } as HeadTag] : []),
    { tag: "meta", name: "twitter:card", content: "summary" },
    { tag: "meta", name: "twitter:title", content: title },
    { tag: "meta", name: "twitter:description", content: description },
  ];
}
