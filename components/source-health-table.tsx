import type { SourceHealth } from "../lib/db/site-source-health";
import type { Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { formatDateTime, formatNumber } from "../lib/i18n/format";
import { parseLocale } from "../lib/i18n/resolve-locale";
import { hostOf, safeHref } from "../app/_lib/safe-href";

const cell = "px-2 py-2 text-left align-top";
// on phones each row becomes a card: cells stack, each labelled by its column's name
const card = "flex gap-2 px-0 py-0.5 sm:table-cell sm:px-2 sm:py-2 before:min-w-[9rem] before:font-semibold before:content-[attr(data-label)] sm:before:content-none";

/** One row per followed source: name and link, kind, last fetch, HTTP status, error, failures, documents. */
export function SourceHealthTable({ sources, lang, t }: { sources: SourceHealth[]; lang: Lang; t: Messages }) {
  return (
    <div className="sm:overflow-x-auto focus-visible:outline-2 focus-visible:outline-blue-600" tabIndex={0} role="region" aria-label={t.followedSources}>
      <table className="block w-full text-sm sm:table" data-testid="sources-table">
        <caption className="sr-only">{t.followedSources}</caption>
        <thead className="hidden sm:table-header-group">
          <tr className="border-b border-slate-300 dark:border-slate-700">
            {[t.sourceName, t.sourceKind, t.lastFetch, t.lastStatus, t.failures, t.documents, t.lastError].map((h) => <th key={h} scope="col" className={cell}>{h}</th>)}
          </tr>
        </thead>
        <tbody className="block sm:table-row-group">
          {sources.map((s) => {
            const href = safeHref(s.url);
            const failing = s.consecutiveFailures > 0;
            return (
              <tr key={s.url} className="mb-3 block rounded border border-slate-200 p-3 sm:mb-0 sm:table-row sm:rounded-none sm:border-0 sm:border-b sm:p-0 dark:border-slate-800" data-testid="source-row">
                <th scope="row" className="block py-1 text-left align-top font-medium sm:table-cell sm:px-2 sm:py-2">
                  {href ? <a href={href} rel="noopener noreferrer nofollow" className="text-blue-800 underline hover:no-underline dark:text-blue-300">{s.name || hostOf(s.url)}</a> : s.name || s.url}
                  {s.official && <span className="ml-1 text-xs uppercase text-slate-600 dark:text-slate-400">({t.official})</span>}
                </th>
                <td className={card} data-label={t.sourceKind}>{t.sourceKindName[s.kind] ?? s.kind}{s.lang ? ` · ${t.langName[parseLocale(s.lang) ?? s.lang] ?? s.lang}` : ""}</td>
                <td className={`${card} sm:whitespace-nowrap`} data-label={t.lastFetch}>{s.lastFetchedAt ? formatDateTime(s.lastFetchedAt, lang) : t.never}</td>
                <td className={card} data-label={t.lastStatus}>{s.lastStatus ?? "—"}</td>
                <td className={card} data-label={t.failures}>
                  <span className={failing ? "font-semibold text-red-700 dark:text-red-400" : "text-emerald-800 dark:text-emerald-300"}>
                    {formatNumber(s.consecutiveFailures, lang)}{failing && ` (${t.failing})`}
                  </span>
                </td>
                <td className={card} data-label={t.documents}>{formatNumber(s.documentCount, lang)}</td>
                <td className={`${card} ${s.lastError || s.pagesFailed > 0 ? "" : "hidden"} break-words text-slate-700 sm:max-w-xs dark:text-slate-300`} data-label={t.lastError}>
                  {s.lastError ?? ""}
                  {s.pagesFailed > 0 && <span className="block" data-testid="pages-failed">{t.pagesFailed(s.pagesFailed)}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
