import type { IncidentExport, Lang } from "../../lib/domain/types";
import type { Messages } from "../../lib/i18n/data/messages";
import { SourceLinks } from "./source-links";

type Doc = IncidentExport["documents"][number];

/** Quotes with their speakers (role, organisation), official ones marked, each with its source. */
export function StatementList({ statements, docs, lang, t }: { statements: IncidentExport["statements"]; docs: Map<string, Doc>; lang: Lang; t: Messages }) {
  return (
    <div className="space-y-4">
      {statements.map((s, i) => (
        <figure key={i} className="border-l-4 border-slate-300 pl-4 dark:border-slate-600" data-testid="statement">
          <blockquote className="italic">{lang === "fr" ? `« ${s.quote} »` : `“${s.quote}”`}</blockquote>
          <figcaption className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            — {[s.speaker, s.role, s.organisation].filter(Boolean).join(", ") || t.unattributed(docs.get(s.source)?.source || docs.get(s.source)?.title || "")}
            {s.official && <span className="ml-2 rounded bg-slate-200 px-1 text-xs font-semibold uppercase text-slate-800 dark:bg-slate-700 dark:text-slate-100">{t.official}</span>}
            <SourceLinks urls={[s.source]} docs={docs} />
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
