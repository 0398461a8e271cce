import type { IncidentExport } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { hostOf, safeHref } from "../app/_lib/safe-href";

type Doc = IncidentExport["documents"][number];
/** A document as pages cite it: with the id of its stored snapshot (/sources/<id>) when known. */
export type CitedDoc = Doc & { snapshotId?: number };

/** Links to the documents behind a fact, named by outlet; unsafe URLs are shown as plain text. */
export function SourceLinks({ urls, docs, t }: { urls: string[]; docs: Map<string, CitedDoc>; t: Messages }) {
  if (urls.length === 0) return null;
  return (
    <ul className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm">
      {urls.map((u) => {
        const href = safeHref(u);
        const doc = docs.get(u);
        const label = doc?.source || hostOf(u);
        return (
          <li key={u}>
            {href ? (
              <a href={href} rel="noopener noreferrer nofollow" className="text-blue-800 underline hover:no-underline dark:text-blue-300" title={doc?.title || undefined}>
                {label}
              </a>
            ) : (
              <span className="text-slate-600 dark:text-slate-400">{label}</span>
            )}
            {doc?.snapshotId !== undefined && (
              <a href={`/sources/${doc.snapshotId}`} className="ml-1 text-xs text-slate-600 underline hover:no-underline dark:text-slate-400" data-testid="snapshot-link">
                ({t.snapshot})
              </a>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Documents by URL, for naming the sources of each fact, with their snapshot ids when given. */
export function indexDocuments(docs: Doc[], snapshots: Record<string, number> = {}): Map<string, CitedDoc> {
  return new Map(docs.map((d) => [d.url, snapshots[d.url] === undefined ? d : { ...d, snapshotId: snapshots[d.url] }]));
}
