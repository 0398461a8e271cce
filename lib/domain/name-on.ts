// Which of a renamed service's names was its name on a given day (shared by extraction, which names
// a document's mention, and the timeline, which names an incident at its own day).
import type { ServiceMention } from "./types";

/** The name of the time among a service's names, oldest first (`until` null: today's name); day is YYYY-MM-DD. */
export function nameOn(names: NonNullable<ServiceMention["names"]>, day: string): string {
  return (names.find((n) => n.until === null || day < n.until) ?? names[names.length - 1]).name;
}
