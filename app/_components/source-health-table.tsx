import type { SourceHealth } from "../../lib/db/site-reads";
import type { Lang } from "../../lib/domain/types";
import type { Messages } from "../../lib/i18n/data/messages";
import { formatDateTime, formatNumber } from "../../lib/i18n/format";
import { hostOf, safeHref } from "../_lib/safe-href";

const cell = "px-2 py-2 text-left align-top";

/** One row per followed source: name and link, kind, last fetch, HTTP status, error, failures, documents. */
export function SourceHealthTable({ sources, lang, t }: { sources: SourceHealth[]; lang: Lang; t: Messages }) {
  return (
    <div className="overflow-x-auto focus-visible:outline-2 focus-visible:outline-blue-600" tabIndex={0} role="region" aria-label={t.followedSources}>
      <table className="w-full text-sm" data-testid="sources-table">
        <caption className="sr-only">{t.followedSources}</caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            {[t.sourceName, t.sourceKind, t.lastFetch, t.lastStatus, t.failures, t.documents, t.lastError].map((h) => <th key={h} scope="col" className={cell}>{h}</th>)}
          </tr>
        </thead>
        <tbody>
          {sources.map((s) => {
            const href = safeHref(s.url);
            const failing = s.consecutiveFailures > 0;
            return (
              <tr key={s.url} className="border-b border-slate-200 dark:border-slate-800" data-testid="source-row">
                <th scope="row" className={`${cell} font-medium`}>
                  {href ? <a href={href} rel="noopener noreferrer nofollow" className="text-blue-800 underline hover:no-underline dark:text-blue-300">{s.name || hostOf(s.url)}</a> : s.name || s.url}
                  {s.official && <span className="ml-1 text-xs uppercase text-slate-600 dark:text-slate-400">({t.official})</span>}
                </th>
                <td className={cell}>{s.kind}{s.lang ? ` · ${s.lang}` : ""}</td>
                <td className={`${cell} whitespace-nowrap`}>{s.lastFetchedAt ? formatDateTime(s.lastFetchedAt, lang) : t.never}</td>
                <td className={cell}>{s.lastStatus ?? "—"}</td>
                <td className={cell}>
                  <span className={failing ? "font-semibold text-red-700 dark:text-red-400" : "text-emerald-800 dark:text-emerald-300"}>
                    {failing ? `${formatNumber(s.consecutiveFailures, lang)} (${t.failing})` : t.healthy}
                  </span>
                </td>
                <td className={cell}>{formatNumber(s.documentCount, lang)}</td>
                <td className={`${cell} max-w-xs break-words text-slate-700 dark:text-slate-300`}>
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
