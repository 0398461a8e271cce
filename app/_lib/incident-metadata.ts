// <head> of an incident page: title, description, Open Graph, and feed autodiscovery links.
import type { Metadata } from "next";
import type { IncidentExport, Lang } from "../../lib/domain/types";
import type { Messages } from "../../lib/i18n/data/messages";
import { formatDate, formatDuration } from "../../lib/i18n/format";

/** Metadata for an incident in the reader's language. */
export function incidentMetadata(inc: IncidentExport, lang: Lang, t: Messages): Metadata {
  const title = lang === "fr" ? inc.titleFr : inc.title;
  const bits = [
    inc.services.join(", "),
    inc.startedAt ? formatDate(inc.startedAt, lang) : null,
    inc.durationMinutes != null ? `${t.duration}${t.colon} ${formatDuration(inc.durationMinutes, lang)}` : null,
    inc.cause ? `${t.cause}${t.colon} ${t.causeCategory[inc.cause.category]} (${t.causeStatus[inc.cause.status]})` : null,
  ];
  const description = bits.filter(Boolean).join(" · ");
  const path = `/incidents/${inc.slug}`;
  return {
    title,
    description,
    alternates: {
      canonical: path,
      types: {
        "application/rss+xml": [
          { url: `${path}/feed.xml`, title: `${title} (RSS)` },
          { url: "/feed.xml", title: `${t.siteName} (RSS)` },
        ],
      },
    },
    openGraph: {
      type: "article",
      title,
      description,
      url: path,
      siteName: t.siteName,
      locale: lang === "fr" ? "fr_FR" : "en_GB",
      ...(inc.startedAt ? { publishedTime: inc.startedAt } : {}),
    },
    twitter: { card: "summary", title, description },
  };
}
