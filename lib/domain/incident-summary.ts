// An incident as a card on the home, service and incident pages: what lib/db's reads return for
// lists, and what the pages' components render. The export's fields, with the English title under
// its column's name, the cause without its sources, and what a card adds.
import type { IncidentCause, IncidentExport } from "./types";

export type IncidentSummary = Pick<IncidentExport, "slug" | "titleFr" | "services" | "startedAt" | "endedAt" | "durationMinutes" | "status"> & {
  titleEn: string;
  /** the start is known only to the day: show the date, not a clock */
  startDayOnly: boolean;
  cause: Pick<IncidentCause, "category" | "status" | "summary"> | null;
  sourceCount: number;
  updatedAt: string;
};
