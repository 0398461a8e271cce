import type { IncidentExport, Lang, TimelineEntry } from "../../lib/domain/types";
import type { Messages } from "../../lib/i18n/data/messages";
import { formatDateTime } from "../../lib/i18n/format";
import { SourceLinks } from "./source-links";
import { StatusUpdateMeta } from "./status-update-meta";

type Doc = IncidentExport["documents"][number];

/** The timeline entries in time order, numbered like the chart's marks, each with its sources. */
export function TimelineList({ entries, docs, lang, t }: { entries: TimelineEntry[]; docs: Map<string, Doc>; lang: Lang; t: Messages }) {
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-5 dark:border-slate-700" data-testid="timeline-list">
      {entries.map((e, i) => (
        <li key={`${e.at}-${i}`} className="relative" data-at={e.at} data-kind={e.kind}>
          <span aria-hidden="true" className="absolute -left-[2.1rem] top-0 flex h-6 w-6 items-center justify-center rounded-full bg-slate-800 text-xs font-bold text-white dark:bg-slate-200 dark:text-slate-950">
            {i + 1}
          </span>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            <time dateTime={e.at} className="font-mono">{formatDateTime(e.at, lang)}</time>
            {e.precision !== "minute" && <span className="ml-1">(≈)</span>}
            {" · "}
            <span className="font-semibold text-slate-900 dark:text-slate-100">{t.entryKind[e.kind] ?? e.kind}</span>
          </p>
          <StatusUpdateMeta entry={e} t={t} />
          <p className={e.official ? "mt-0.5 whitespace-pre-line" : "mt-0.5"}>{e.text}</p>
          <SourceLinks urls={e.sources} docs={docs} />
        </li>
      ))}
    </ol>
  );
}
