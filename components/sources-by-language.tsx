import type { IncidentExport, Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { formatDateTime } from "../lib/i18n/format";
import { hostOf, safeHref } from "../app/_lib/safe-href";

type Doc = IncidentExport["documents"][number] & { snapshotId?: number };

function groupByLang(docs: Doc[], first: Lang): [string, Doc[]][] {
  const groups = new Map<string, Doc[]>();
  for (const d of docs) groups.set(d.lang || "", [...(groups.get(d.lang || "") ?? []), d]);
  // the reader's language first, then the other known ones, unknown last
  const rank = (l: string) => (l === first ? 0 : l ? 1 : 2);
  return [...groups.entries()].sort((a, b) => rank(a[0]) - rank(b[0]) || a[0].localeCompare(b[0]));
}

/** Every document of the incident, grouped by language, with outlet, title and publication date. */
export function SourcesByLanguage({ docs, lang, t }: { docs: Doc[]; lang: Lang; t: Messages }) {
  return (
    <div className="space-y-5" data-testid="sources">
      {groupByLang(docs, lang).map(([l, group]) => (
        <section key={l || "unknown"} aria-label={t.sourcesInLanguage(l)}>
          <h3 className="mb-2 font-semibold">{t.sourcesInLanguage(l)} <span className="font-normal text-slate-600 dark:text-slate-400">({group.length})</span></h3>
          <ul className="space-y-2">
            {group.map((d) => {
              const href = safeHref(d.url);
              return (
                <li key={d.url} data-testid="source-item">
                  <span className="font-medium">{d.source || hostOf(d.url)}</span>
                  {d.kind !== "news" && <span className="ml-1 text-xs uppercase text-slate-600 dark:text-slate-400">({t.documentKind[d.kind] ?? d.kind})</span>}
                  {" — "}
                  {href ? (
                    <a href={href} rel="noopener noreferrer nofollow" lang={l || undefined} className="text-blue-800 underline hover:no-underline dark:text-blue-300">{d.title || hostOf(d.url)}</a>
                  ) : (
                    <span lang={l || undefined}>{d.title || d.url}</span>
                  )}
                  {d.snapshotId !== undefined && <a href={`/sources/${d.snapshotId}`} className="ml-1 text-sm text-slate-600 underline hover:no-underline dark:text-slate-400" data-testid="snapshot-link">({t.snapshot})</a>}
                  {d.publishedAt && <time dateTime={d.publishedAt} className="ml-2 text-sm text-slate-600 dark:text-slate-400">{formatDateTime(d.publishedAt, lang)}</time>}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </div>
  );
}
