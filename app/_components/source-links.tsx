import type { IncidentExport } from "../../lib/domain/types";
import { hostOf, safeHref } from "../_lib/safe-href";

type Doc = IncidentExport["documents"][number];

/** Links to the documents behind a fact, named by outlet; unsafe URLs are shown as plain text. */
export function SourceLinks({ urls, docs }: { urls: string[]; docs: Map<string, Doc> }) {
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
          </li>
        );
      })}
    </ul>
  );
}

/** Documents by URL, for naming the sources of each fact. */
export function indexDocuments(docs: Doc[]): Map<string, Doc> {
  return new Map(docs.map((d) => [d.url, d]));
}
