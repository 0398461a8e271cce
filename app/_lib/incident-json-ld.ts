// schema.org description of an incident page: an Event with its dates, status and sources.
import type { IncidentExport, Lang } from "../../lib/domain/types";
import { safeHref } from "./safe-href";

/** The JSON-LD object for an incident (serialize with serializeJsonLd before embedding). */
export function incidentJsonLd(inc: IncidentExport, pageUrl: string, lang: Lang): Record<string, unknown> {
  return {
    "@context": "https://schema.org",
    "@type": "Event",
    name: lang === "fr" ? inc.titleFr : inc.title,
    url: pageUrl,
    inLanguage: lang,
    ...(inc.startedAt ? { startDate: inc.startedAt } : {}),
    ...(inc.endedAt ? { endDate: inc.endedAt } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: "https://schema.org/OnlineEventAttendanceMode",
    location: { "@type": "VirtualLocation", url: pageUrl },
    about: inc.services.map((s) => ({ "@type": "Service", name: s })),
    ...(inc.cause ? { description: inc.cause.summary } : {}),
    subjectOf: inc.documents
      .map((d) => ({ d, href: safeHref(d.url) }))
      .filter((x) => x.href)
      .slice(0, 50)
      .map(({ d, href }) => ({ "@type": "NewsArticle", url: href, headline: d.title, inLanguage: d.lang || undefined, datePublished: d.publishedAt ?? undefined, publisher: d.source ? { "@type": "Organization", name: d.source } : undefined })),
  };
}
