import type { Messages } from "../lib/i18n/data/messages";

/** Ongoing (red) or resolved (grey). */
export function StatusPill({ status, t }: { status: "ongoing" | "resolved"; t: Messages }) {
  return status === "ongoing" ? (
    <span className="inline-block rounded bg-red-700 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-white dark:bg-red-500 dark:text-slate-950">{t.statusOngoing}</span>
  ) : (
    <span className="inline-block rounded bg-slate-200 px-1.5 py-0.5 text-xs font-semibold uppercase tracking-wide text-slate-800 dark:bg-slate-700 dark:text-slate-100">{t.statusResolved}</span>
  );
}
