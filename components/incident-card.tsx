import type { IncidentSummary } from "../lib/domain/incident-summary";
import type { Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { formatDate, formatDuration, formatList, formatTime } from "../lib/i18n/format";
import { detectLanguage } from "../lib/extract/detect-language";
import { CauseBadge } from "./cause-badge";
import { OtherLanguage } from "./other-language";
import { StatusPill } from "./status-pill";
import { incidentPath } from "../app/_lib/incident-metadata";

/** One incident in a list: title, services, date, duration, cause with its certainty, number of sources.
 * `knockOn`: on a service's history, this service went down because one of the listed services failed. */
export function IncidentCard({ incident: i, lang, t, knockOn = false }: { incident: IncidentSummary; lang: Lang; t: Messages; knockOn?: boolean }) {
  const title = lang === "fr" ? i.titleFr : i.titleEn;
  return (
    <article className="min-w-0 [overflow-wrap:anywhere] rounded-lg border border-slate-200 p-4 hover:border-slate-400 dark:border-slate-800 dark:hover:border-slate-600" data-testid="incident-card">
      <h3 className="text-lg font-semibold leading-snug">
        <a href={incidentPath(i.slug, lang)} className="hover:underline focus-visible:outline-2 focus-visible:outline-blue-600">{title}</a>
      </h3>
      <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700 dark:text-slate-300">
        {i.status === "ongoing" && <StatusPill status="ongoing" t={t} />}
        {knockOn && <span className="font-medium text-amber-800 dark:text-amber-300" data-testid="knock-on">{t.knockOnCard}</span>}
        <span>{formatList(i.services, lang)}</span>
        {i.startedAt && (
          <time dateTime={i.startDayOnly ? i.startedAt.slice(0, 10) : i.startedAt}>
            {i.startDayOnly ? formatDate(i.startedAt, lang) : `${formatDate(i.startedAt, lang)}, ${formatTime(i.startedAt, lang)} UTC`}
          </time>
        )}
        {i.durationMinutes != null && <span>{t.duration}{t.colon} {formatDuration(i.durationMinutes, lang)}</span>}
        <span>{t.sourcesCount(i.sourceCount)}</span>
      </p>
      <p className="mt-2 text-sm">
        {i.cause ? (
          <>
            <span className="font-medium">{t.causeCategory[i.cause.category] ?? i.cause.category}</span>{" "}
            <CauseBadge status={i.cause.status} t={t} />
            {i.cause.summary && <span className="mt-1 block text-slate-700 dark:text-slate-300"><OtherLanguage text={i.cause.summary} textLang={detectLanguage(null, i.cause.summary)} lang={lang} /></span>}
          </>
        ) : (
          <span className="text-slate-600 dark:text-slate-400">{t.causeUnknown}</span>
        )}
      </p>
    </article>
  );
}
