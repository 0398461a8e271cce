import type { IncidentExport, Lang } from "../lib/domain/types";
import { STORY_WORDING } from "../lib/i18n/data/story-wording";
import { makeLead } from "../lib/lead/make-lead";
import { LocalTime } from "./local-time";
import { hostOf, safeHref } from "../app/_lib/safe-href";

type Doc = IncidentExport["documents"][number];

/** The generated opening paragraph; each clause is followed by links to the sources that state it. */
export function IncidentLead({ inc, docs, lang }: { inc: IncidentExport; docs: Map<string, Doc>; lang: Lang }) {
  const w = STORY_WORDING[lang];
  return (
    <p className="mt-4 text-lg leading-relaxed" data-testid="lead">
      {makeLead(inc, lang).map((c, i) => (
        <span key={i}>
          {i > 0 && " "}
          {c.text}
          {c.localAt && <> ({w.yourTime}{lang === "fr" ? "\u202f:" : ":"} <LocalTime iso={c.localAt} lang={lang} />).</>}
          {c.sources.length > 0 && (
            <sup className="ml-0.5 text-xs">
              {c.sources.slice(0, 3).map((u, j) => {
                const href = safeHref(u);
                return href ? <a key={u} href={href} rel="noopener noreferrer nofollow" className="ml-0.5 text-blue-800 underline hover:no-underline dark:text-blue-300" title={docs.get(u)?.source || hostOf(u)}>[{j + 1}]</a> : null;
              })}
            </sup>
          )}
        </span>
      ))}
    </p>
  );
}
