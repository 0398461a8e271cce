// Everything the export and the incident page show about one group of documents.
import type { ExtractedDocument, IncidentExport } from "../domain/types";
import { buildTimeline } from "./build-timeline";
import { causeHistory, withOwnWordsConfirmed } from "./cause-history";
import { collectImpacts } from "./collect-impacts";
import { collectVoices } from "./collect-voices";
import { RESOLVED_AFTER_HOURS } from "./data/weights";
import { makeTitles } from "./make-titles";
import { pickCause } from "./pick-cause";
import { pickPhases } from "./pick-phases";
import { placeYearlessTimes } from "./place-yearless-times";
import { rankServices } from "./rank-services";
import { statusPageState } from "./status-page-state";
import { readInIncidentZone } from "./read-in-incident-zone";
import { reconcileTimes, type ReconciledTimes } from "./reconcile-times";

/** Builds the incident (titles, services, times, cause, timeline, lists) from its documents; `now` decides "ongoing". */
export function buildIncident(slug: string, docs: ExtractedDocument[], now: Date): IncidentExport {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new Error("buildIncident: `now` must be a valid Date");
  const sorted = readInIncidentZone(placeYearlessTimes(withOwnWordsConfirmed([...docs].sort(byPublication))));
  const { services, affected } = rankServices(sorted);
  const times = reconcileTimes(sorted);
  const cause = pickCause(sorted);
  const phases = pickPhases(sorted, times);
  const voices = collectVoices(sorted);
  return {
    slug,
    ...makeTitles(services),
    services,
    ...(affected.length > 0 ? { affectedServices: affected } : {}),
    startedAt: times.start?.at ?? null,
    endedAt: times.end?.at ?? null,
    durationMinutes: times.durationMinutes,
    status: incidentStatus(sorted, times, now),
    cause,
    timeline: buildTimeline(sorted, times, cause, phases, voices),
    conflicts: times.conflicts,
    ...voices,
    impacts: collectImpacts(sorted),
    documents: sorted.map((d) => ({ url: d.url, title: d.title, lang: d.lang, publishedAt: d.publishedAt, kind: d.kind, source: d.sourceName })),
    endKind: times.endKind ?? null,
    phases,
    factSources: factSources(times, cause),
    causeHistory: causeHistory(sorted),
  };
}

/** The documents behind each headline fact; a duration computed from start and end cites both. */
function factSources(times: ReconciledTimes, cause: IncidentExport["cause"]): NonNullable<IncidentExport["factSources"]> {
  const start = times.start?.sources ?? [];
  const end = times.end?.sources ?? [];
  const duration = times.durationMinutes === null ? [] : times.durationSources ?? [];
  return { start, end, duration, cause: cause?.sources ?? [] };
}

/** Resolved once anything says it is over, or once it started long enough ago; else ongoing. */
function incidentStatus(docs: ExtractedDocument[], times: ReconciledTimes, now: Date): IncidentExport["status"] {
  // the operator's status page is authoritative: an open status incident is ongoing whatever the press says
  const official = statusPageState(docs, now);
  if (official) return official;
  if (times.end && !times.end.partial) return "resolved";
  if (docs.some((d) => d.facts.times.some((t) => t.role === "recovery" || t.role === "end"))) return "resolved";
  // without a start, the first publication is the latest the outage can have begun
  const begun = times.start?.at ?? docs.map((d) => d.publishedAt).filter((p): p is string => Boolean(p)).sort()[0] ?? null;
  if (begun && now.getTime() - Date.parse(begun) > RESOLVED_AFTER_HOURS * 3_600_000) return "resolved";
  return "ongoing";
}

function byPublication(a: ExtractedDocument, b: ExtractedDocument): number {
  const pa = a.publishedAt ?? "\uffff";
  const pb = b.publishedAt ?? "\uffff";
  return pa < pb ? -1 : pa > pb ? 1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0;
}
