// Parsing the JSON-valued columns the site reads, failing loudly on a corrupt row.
import type { IncidentExport } from "../domain/types";

/** A JSON array of strings stored as text (Incident.services); anything else is an empty list. */
export function parseJsonArray(text: string | null): string[] {
  if (!text) return [];
  try {
    const v: unknown = JSON.parse(text);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

/** The stored IncidentExport of Incident.detail, with every list present even if an old row lacks it. */
export function parseDetail(text: string, slug: string): IncidentExport {
  let v: Partial<IncidentExport>;
  try {
    v = JSON.parse(text) as Partial<IncidentExport>;
  } catch (e) {
    throw new Error(`db: Incident.detail of ${slug} is not JSON (${(e as Error).message})`);
  }
  return {
    slug,
    title: v.title ?? slug,
    titleFr: v.titleFr ?? v.title ?? slug,
    services: v.services ?? [],
    startedAt: v.startedAt ?? null,
    endedAt: v.endedAt ?? null,
    durationMinutes: v.durationMinutes ?? null,
    status: v.status === "ongoing" ? "ongoing" : "resolved",
    cause: v.cause ?? null,
    timeline: v.timeline ?? [],
    conflicts: v.conflicts ?? [],
    statements: v.statements ?? [],
    reactions: v.reactions ?? [],
    impacts: v.impacts ?? [],
    documents: v.documents ?? [],
    // added fields (README's export section): absent from rows stored before them
    ...(v.endKind !== undefined ? { endKind: v.endKind } : {}),
    ...(v.phases ? { phases: v.phases } : {}),
    ...(v.factSources ? { factSources: v.factSources } : {}),
    ...(v.causeHistory ? { causeHistory: v.causeHistory } : {}),
    ...(v.affectedServices ? { affectedServices: v.affectedServices } : {}),
  };
}
