import type { Conflict, IncidentExport, Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { explainConflict } from "../lib/i18n/explain-conflict";
import { formatDateTime, formatDuration } from "../lib/i18n/format";
import { SourceLinks } from "./source-links";

type Doc = IncidentExport["documents"][number];

function show(field: Conflict["field"], v: string | number | null, lang: Lang): string {
  if (v === null) return "—";
  if (field === "duration") return typeof v === "number" ? formatDuration(v, lang) : String(v);
  return typeof v === "string" && !Number.isNaN(Date.parse(v)) ? formatDateTime(v, lang) : String(v);
}

/** Disagreements between sources side by side: each value with who states it, the one used and why. */
export function ConflictList({ conflicts, docs, lang, t }: { conflicts: Conflict[]; docs: Map<string, Doc>; lang: Lang; t: Messages }) {
  return (
    <div className="space-y-5">
      {conflicts.map((c, i) => (
        <div key={`${c.field}-${i}`} className="rounded-lg border border-slate-200 p-3 dark:border-slate-800" data-testid="conflict">
          <h3 className="font-semibold">{t.conflictField[c.field]}</h3>
          <ul className="mt-2 grid gap-2 sm:grid-cols-2">
            {c.values.map((v, j) => {
              const used = c.chosen !== null && String(c.chosen) === String(v.value);
              return (
                <li key={j} className={`rounded border p-2 ${used ? "border-emerald-700 bg-emerald-50 dark:border-emerald-400 dark:bg-emerald-950" : "border-slate-200 dark:border-slate-700"}`}>
                  <p className="font-mono text-sm">{show(c.field, v.value, lang)}{used && <strong className="ml-2 font-sans text-emerald-900 dark:text-emerald-200">✓ {t.conflictUsed}</strong>}</p>
                  <SourceLinks urls={v.sources} docs={docs} t={t} />
                </li>
              );
            })}
          </ul>
          <p className="mt-2 text-sm"><span className="font-medium">{t.conflictWhy}{t.colon}</span> {explainConflict(c, lang)}</p>
        </div>
      ))}
    </div>
  );
}
