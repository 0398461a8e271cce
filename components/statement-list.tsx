import type { IncidentExport, Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { STORY_WORDING } from "../lib/i18n/data/story-wording";
import { OtherLanguage } from "./other-language";
import { SourceLinks } from "./source-links";

/** ", role, organisation" after a named speaker (the role in the page's language); "?" when nothing is known. */
function speakerDetails(s: IncidentExport["statements"][number], lang: Lang, named: boolean): string {
  const rest = [s.role && (STORY_WORDING[lang].roles[s.role] ?? s.role), s.organisation].filter(Boolean).join(", ");
  return named ? (rest ? `, ${rest}` : "") : rest || "?";
}

/** A quote's language: its document's. */
function quoteLang(url: string, docs: Map<string, Doc>, fallback: Lang): Lang {
  const l = docs.get(url)?.lang;
  return l === "fr" || l === "en" ? l : fallback;
}

type Doc = IncidentExport["documents"][number];

/** Quotes with their speakers (role, organisation), official ones marked, each with its source. */
export function StatementList({ statements, docs, lang, t }: { statements: IncidentExport["statements"]; docs: Map<string, Doc>; lang: Lang; t: Messages }) {
  return (
    <div className="space-y-4">
      {statements.map((s, i) => (
        <figure key={i} className="border-l-4 border-slate-300 pl-4 dark:border-slate-600" data-testid="statement">
          <blockquote className="italic"><OtherLanguage text={lang === "fr" ? `« ${s.quote} »` : `“${s.quote}”`} textLang={quoteLang(s.source, docs, lang)} lang={lang} /></blockquote>
          <figcaption className="mt-1 text-sm text-slate-700 dark:text-slate-300">
            — {s.speaker || s.role || s.organisation ? (
              <>
                {s.speaker && <span lang={quoteLang(s.source, docs, lang)}>{s.speaker}</span>}
                {speakerDetails(s, lang, !!s.speaker)}
              </>
            ) : t.unattributed(docs.get(s.source)?.source || docs.get(s.source)?.title || "")}
            {s.official && <span className="ml-2 rounded bg-slate-200 px-1 text-xs font-semibold uppercase text-slate-800 dark:bg-slate-700 dark:text-slate-100">{t.official}</span>}
            <SourceLinks urls={[s.source]} docs={docs} t={t} />
          </figcaption>
        </figure>
      ))}
    </div>
  );
}
