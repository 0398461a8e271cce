import type { CauseCategory, IncidentExport, Lang, TimelineEntry } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { describeEntry } from "../lib/i18n/describe-entry";
import { formatDate, formatDateTime } from "../lib/i18n/format";
import { OtherLanguage } from "./other-language";
import { SourceLinks } from "./source-links";
import { StatusUpdateMeta } from "./status-update-meta";

type Doc = IncidentExport["documents"][number];

/** The timeline entries in time order, numbered like the chart's marks, each with its sources. */
export function TimelineList({ entries, docs, cause, lang, t }: { entries: TimelineEntry[]; docs: Map<string, Doc>; cause: CauseCategory | null; lang: Lang; t: Messages }) {
  return (
    <ol className="space-y-4 border-l-2 border-slate-200 pl-5 dark:border-slate-700" data-testid="timeline-list">
      {entries.map((e, i) => ({ e, i, said: describeEntry(e, docs, cause, lang) })).map(({ e, i, said }) => (
        <li key={`${e.at}-${i}`} className="relative" data-at={e.at} data-kind={e.kind}>
          <span aria-hidden="true" className="absolute -left-[2.1rem] top-0 flex h-6 w-6 items-center justify-center rounded-full bg-slate-800 text-xs font-bold text-white dark:bg-slate-200 dark:text-slate-950">
            {i + 1}
          </span>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {/* an entry known only to the day shows the day, not the midday it is placed at */}
            <time dateTime={e.precision === "day" ? e.at.slice(0, 10) : e.at} className="font-mono">{e.precision === "day" ? formatDate(e.at, lang) : formatDateTime(e.at, lang)}</time>
            {e.precision !== "minute" && <abbr className="ml-1 no-underline" title={t.approximateHelp}>(≈)</abbr>}
            {" · "}
            <span className="font-semibold text-slate-900 dark:text-slate-100">{t.entryKind[e.kind] ?? e.kind}</span>
          </p>
          <StatusUpdateMeta entry={e} t={t} />
          <p className={e.official ? "mt-0.5 whitespace-pre-line" : "mt-0.5"}>
            {said.generated}
            {said.generated && said.quoted && t.colon + " "}
            {said.quoted && <OtherLanguage text={said.quoted.text} textLang={said.quoted.lang} lang={lang} />}
          </p>
          <SourceLinks urls={e.sources} docs={docs} t={t} />
        </li>
      ))}
    </ol>
  );
}
