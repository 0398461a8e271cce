import type { IncidentExport, Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { formatNumber } from "../lib/i18n/format";
import { countryNames } from "../lib/i18n/country-names";
import { OtherLanguage } from "./other-language";
import { SourceLinks } from "./source-links";

const docLang = (l: string | undefined, fallback: Lang): Lang => (l === "fr" || l === "en" ? l : fallback);

type Doc = IncidentExport["documents"][number];

/** Reactions (rivals' posts, hashtags, markets...) with who reacted. */
export function ReactionList({ reactions, docs, lang, t }: { reactions: IncidentExport["reactions"]; docs: Map<string, Doc>; lang: Lang; t: Messages }) {
  return (
    <ul className="space-y-3">
      {reactions.map((r, i) => (
        <li key={i}>
          {r.who && <span className="font-semibold">{r.who}{" — "}</span>}
          <OtherLanguage text={r.text} textLang={docLang(docs.get(r.source)?.lang, lang)} lang={lang} />
          <SourceLinks urls={[r.source]} docs={docs} t={t} />
        </li>
      ))}
    </ul>
  );
}

/** Impact figures: numbers of reports, share of problems, countries, users. */
export function ImpactList({ impacts, docs, lang, t }: { impacts: IncidentExport["impacts"]; docs: Map<string, Doc>; lang: Lang; t: Messages }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-2">
      {impacts.map((m, i) => (
        <div key={i} className="rounded border border-slate-200 p-3 dark:border-slate-800">
          <dt className="text-sm text-slate-700 dark:text-slate-300">{t.impactKind[m.kind] ?? m.kind}{m.label ? ` (${m.label})` : ""}</dt>
          <dd className="text-xl font-semibold">
            {typeof m.value === "number" ? formatNumber(m.value, lang) + (m.kind === "problem-share" ? " %" : "") : m.kind === "countries" ? countryNames(m.value, lang) : m.value}
          </dd>
          {m.by && <dd className="text-sm text-slate-700 dark:text-slate-300">{t.countedBy(m.by)}</dd>}
          <dd><SourceLinks urls={m.sources ?? [m.source]} docs={docs} t={t} /></dd>
        </div>
      ))}
    </dl>
  );
}
