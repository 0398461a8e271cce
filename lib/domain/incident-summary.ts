// An incident as a card on the home, service and incident pages: what lib/db's reads return for
// lists, and what the pages' components render.
import type { CauseCategory, CauseStatus } from "./types";

export interface IncidentSummary {
  slug: string;
  titleEn: string;
  titleFr: string;
  services: string[];
  startedAt: string | null;
  endedAt: string | null;
  durationMinutes: number | null;
  status: "ongoing" | "resolved";
  cause: { category: CauseCategory; status: CauseStatus; summary: string } | null;
  sourceCount: number;
  updatedAt: string;
}
