import type { TimelineEntry } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";

/** The phase the operator's status page gives now (its latest update's status), when one speaks. */
export function StatusPhase({ timeline, t }: { timeline: TimelineEntry[]; t: Messages }) {
  const latest = timeline.filter((e) => e.official && e.status).sort((a, b) => Date.parse(a.at) - Date.parse(b.at)).at(-1);
  if (!latest?.status) return null;
  return (
    <span className="text-xs font-semibold" data-testid="status-phase" title={t.officialUpdate}>
      {t.statusPhase[latest.status] ?? latest.status}
    </span>
  );
}
