// A status update is itself a time fact: "investigating" posted at 11:48 UTC says the operator
// knew at 11:48; "resolved" says when it ended. The status incident's own start (Statuspage's
// started_at, Google Cloud's begin) and resolution are stated by the operator too.
import type { DocumentForExtraction, TimeFact, TimeRole } from "../domain/types";
import { STATUS_VALUE_ROLES } from "./data/time-role-cues";
import { spanOf, type TextView } from "./text-view";

/** The time facts a status update's timestamps give; none for other documents. */
export function statusTimeFacts(view: TextView, doc: DocumentForExtraction): TimeFact[] {
  if (doc.kind !== "status" || !doc.publishedAt || Number.isNaN(doc.publishedAt.getTime())) return [];
  const span = spanOf(view, 0, Math.max(view.titleEnd, Math.min(view.full.length, 120)));
  const out: TimeFact[] = [];
  const role = STATUS_VALUE_ROLES[(doc.statusValue ?? "").toLowerCase()];
  if (role) out.push(fact(role, doc.publishedAt, span, 0.9));
  const started = instant(doc.statusDetail?.startedAt);
  if (started) out.push(fact("start", started, span, 0.95));
  const resolved = instant(doc.statusDetail?.resolvedAt);
  // the resolved update states the same end already
  if (resolved && role !== "end") out.push(fact("end", resolved, span, 0.95));
  return out;
}

function instant(iso: string | null | undefined): Date | null {
  const d = iso ? new Date(iso) : null;
  return d && !Number.isNaN(d.getTime()) ? d : null;
}

function fact(role: TimeRole, at: Date, span: TimeFact["span"], confidence: number): TimeFact {
  const utc = at.toISOString().replace(/\.\d{3}Z$/, "Z");
  return {
    role,
    time: { kind: "instant", utc, granularity: "minute", localDate: utc.slice(0, 10), zone: "UTC", zoneExplicit: true, phrase: span.text, index: span.start },
    confidence,
    span,
  };
}
