import type { CauseStatus } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";

const tone: Record<CauseStatus, string> = {
  confirmed: "border-emerald-700 bg-emerald-50 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-200",
  reported: "border-sky-700 bg-sky-50 text-sky-900 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-200",
  speculated: "border-amber-700 bg-amber-50 text-amber-900 dark:border-amber-400 dark:bg-amber-950 dark:text-amber-200",
};

/** How sure we are of a cause: confirmed by the operator, reported by the press, or speculated. */
export function CauseBadge({ status, t }: { status: CauseStatus; t: Messages }) {
  return (
    <span className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium ${tone[status]}`} title={t.causeStatusHelp[status]}>
      {t.causeStatus[status]}
    </span>
  );
}
