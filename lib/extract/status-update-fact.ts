// A status update as the operator wrote it: its text verbatim, its status, the components it
// names and the incident's impact, with the status incident it belongs to.
import type { DocumentForExtraction, StatusUpdateFact } from "../domain/types";

/** The update itself, for status documents that know their status incident; undefined otherwise. */
export function statusUpdateFact(doc: DocumentForExtraction): StatusUpdateFact | undefined {
  const detail = doc.statusDetail;
  if (doc.kind !== "status" || !detail?.incident) return undefined;
  return {
    incident: detail.incident,
    page: detail.page,
    status: (doc.statusValue ?? "update").toLowerCase(),
    text: doc.text.trim(),
    components: doc.components ?? [],
    impact: detail.impact ?? null,
  };
}
