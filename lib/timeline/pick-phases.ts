// The outage told as phases: the faulty change, users' trouble, the operator's steps, the recoveries
// and what outlasted the fix. Incident reports separate them because the window of the trigger
// (a bad file live for 78 minutes) is not the window of user impact (machines down for days).
import type { ExtractedDocument, IncidentPhases, PhaseInstant } from "../domain/types";
import type { ReconciledInstant, ReconciledTimes } from "./reconcile-times";
import { statedGroups } from "./stated-groups";

/** Each phase the sources date, with its sources; the impact's start and end are the reconciled ones. */
export function pickPhases(docs: ExtractedDocument[], times: ReconciledTimes): IncidentPhases {
  const partials = statedGroups(docs, "partial-recovery");
  const fullRecovery = times.end && times.endKind === "full-recovery" ? phase(times.end) : null;
  // the latest partial recovery that is not after the full one ("99% back" then "all back")
  const partial = [...partials].reverse().find((p) => !fullRecovery || p.at <= fullRecovery.at) ?? null;
  return {
    trigger: statedGroups(docs, "trigger")[0] ?? null,
    impactStart: times.start ? phase(times.start) : null,
    acknowledged: statedGroups(docs, "acknowledged")[0] ?? null,
    mitigated: times.mitigatedAt ? phase(times.mitigatedAt) : null,
    partialRecovery: partial,
    fullRecovery,
    residual: residualOf(docs),
  };
}

function phase(i: ReconciledInstant): PhaseInstant {
  return { at: i.at, precision: i.precision, sources: i.sources };
}

/** Residual impact sentences, the same sentence from several documents once. */
function residualOf(docs: ExtractedDocument[]): IncidentPhases["residual"] {
  const out = new Map<string, { text: string; sources: string[] }>();
  for (const d of docs)
    for (const r of d.facts.residual ?? []) {
      const key = r.text.toLowerCase().replace(/\s+/g, " ").slice(0, 80);
      const e = out.get(key) ?? { text: r.text.replace(/\s+/g, " ").trim(), sources: [] };
      if (!e.sources.includes(d.url)) e.sources.push(d.url);
      out.set(key, e);
    }
  return [...out.values()];
}
