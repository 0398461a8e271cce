// On its own status page the operator is the speaker: a cause it states there without hedging is
// confirmed ("We identified a faulty configuration change"), not a press report.
import type { CauseFact, DocumentKind } from "../domain/types";

/** Causes of a status update raised from "reported" to "confirmed"; other documents' unchanged. */
export function statusPageCauses(causes: CauseFact[], kind: DocumentKind): CauseFact[] {
  if (kind !== "status") return causes;
  return causes.map((c) => (c.status === "reported" ? { ...c, status: "confirmed" as const } : c));
}
