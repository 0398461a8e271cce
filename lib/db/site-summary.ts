// The columns an incident card needs and their reshaping into IncidentSummary.
import type { CauseCategory, CauseStatus } from "../domain/types";
import type { IncidentSummary } from "../domain/incident-summary";
import { parseJsonArray } from "./site-json";

export const summaryRowSelect = {
  id: true, slug: true, titleEn: true, titleFr: true, services: true, startedAt: true, startPrecision: true, endedAt: true,
  durationMinutes: true, status: true, causeCategory: true, causeSummary: true, causeStatus: true,
  updatedAt: true, _count: { select: { documents: true } },
} as const;

export interface SummaryRow {
  id: number; slug: string; titleEn: string; titleFr: string; services: string; startedAt: Date | null; startPrecision: string | null; endedAt: Date | null;
  durationMinutes: number | null; status: string; causeCategory: string | null; causeSummary: string | null;
  causeStatus: string | null; updatedAt: Date; _count: { documents: number };
}

/** A selected Incident row as a card. */
export function toIncidentSummary(row: SummaryRow): IncidentSummary {
  return {
    slug: row.slug,
    titleEn: row.titleEn,
    titleFr: row.titleFr,
    services: parseJsonArray(row.services),
    startedAt: row.startedAt?.toISOString() ?? null,
    startDayOnly: row.startPrecision === "day",
    endedAt: row.endedAt?.toISOString() ?? null,
    durationMinutes: row.durationMinutes,
    status: row.status === "ongoing" ? "ongoing" : "resolved",
    cause: row.causeCategory
      ? { category: row.causeCategory as CauseCategory, status: (row.causeStatus ?? "reported") as CauseStatus, summary: row.causeSummary ?? "" }
      : null,
    sourceCount: row._count.documents,
    updatedAt: row.updatedAt.toISOString(),
  };
}
