import type { TimelineEntry } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";

/** The operator's marks on a status-page update: official, its status, components and impact. */
export function StatusUpdateMeta({ entry, t }: { entry: TimelineEntry; t: Messages }) {
  if (!entry.official) return null;
  const status = entry.status ? t.statusPhase[entry.status] ?? entry.status : null;
  return (
    <p className="mt-0.5 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-slate-700 dark:text-slate-300" data-testid="status-update">
      <span className="rounded bg-blue-800 px-1.5 py-0.5 font-semibold uppercase tracking-wide text-white dark:bg-blue-300 dark:text-slate-950">{t.officialUpdate}</span>
      {status && <span className="font-semibold" data-status={entry.status}>{status}</span>}
      {entry.components && entry.components.length > 0 && (
        <span>
          {t.updateComponents}{t.colon} {entry.components.join(", ")}
        </span>
      )}
      {entry.impact && (
        <span>
          {t.updateImpact}{t.colon} {entry.impact.replace(/_/g, " ")}
        </span>
      )}
    </p>
  );
}
