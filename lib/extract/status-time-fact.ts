// A Statuspage update is itself a time fact: "investigating" posted at 11:48 UTC says the operator
// knew at 11:48; "resolved" says when it ended.
import type { DocumentForExtraction, TimeFact } from "../domain/types";
import { STATUS_VALUE_ROLES } from "./data/time-role-cues";
import { spanOf, type TextView } from "./text-view";

/** The time fact a status update's own timestamp gives, or null for other documents. */
export function statusTimeFact(view: TextView, doc: DocumentForExtraction): TimeFact | null {
  if (doc.kind !== "status" || !doc.publishedAt || Number.isNaN(doc.publishedAt.getTime())) return null;
  const role = STATUS_VALUE_ROLES[(doc.statusValue ?? "").toLowerCase()];
  if (!role) return null;
  const utc = doc.publishedAt.toISOString().replace(/\.\d{3}Z$/, "Z");
  const span = spanOf(view, 0, Math.max(view.titleEnd, Math.min(view.full.length, 120)));
  return {
    role,
    time: { kind: "instant", utc, granularity: "minute", localDate: utc.slice(0, 10), zone: "UTC", zoneExplicit: true, phrase: span.text, index: span.start },
    confidence: 0.9,
    span,
  };
}
