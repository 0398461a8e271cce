// The status page's own timeline: each update the operator posted, verbatim, with its status,
// components and impact, marked official so the page can show it as the operator's word.
import type { ExtractedDocument, TimelineEntry } from "../domain/types";
import { ENTRY_TEXT } from "./data/wording";

/** The timeline entry of a status update at `at`, or null for other documents. */
export function statusUpdateEntry(d: ExtractedDocument, at: string): TimelineEntry | null {
  if (d.kind !== "status") return null;
  const u = d.facts.statusUpdate;
  // updates stored before their text travelled with the facts keep the title-only entry
  if (!u) return { at, precision: "minute", kind: "update", text: `${ENTRY_TEXT.update}: ${d.title}`, sources: [d.url], official: true, status: d.statusValue ?? undefined };
  return {
    at, precision: "minute", kind: "update", text: u.text || d.title, sources: [d.url],
    official: true, status: u.status, components: u.components, impact: u.impact,
  };
}
