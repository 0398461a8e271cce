// Keys of the (service x day) index: a document or an incident is filed under each of them, and
// the candidates for a new document are the incidents sharing any key with it.
import type { ArticleFacts, ServiceMention } from "../domain/types";
import { addDays, dayOfIso } from "./day-arithmetic";

/** Index keys of one document: `service|YYYY-MM-DD` for days D-2..D+2 around its outage day. */
export function indexKeys(facts: ArticleFacts, publishedAt?: string | null): string[] {
  const day = facts.outageDay ?? dayOfIso(publishedAt ?? null);
  // an operator's post naming no service is filed under the company it speaks for
  const names = facts.services.length > 0 || !facts.speaksFor ? keyedNames(facts.services) : [keyName(facts.speaksFor)];
  if (names.length === 0) return [];
  // undated documents still get a key per service so they can meet other undated ones
  const days = day ? [-2, -1, 0, 1, 2].map((d) => addDays(day, d)) : ["undated"];
  const keys = names.flatMap((n) => days.map((d) => `${n}|${d}`));
  return [...new Set(keys)].sort();
}

/** The failed services and their owners (a "Meta" document must meet "Facebook" ones); else any service. */
function keyedNames(services: ServiceMention[]): string[] {
  const failed = services.filter((s) => s.role === "failed" || s.role === "knock-on");
  const chosen = failed.length > 0 ? failed : services;
  const names = chosen.flatMap((s) => (s.company ? [s.name, s.company] : [s.name]));
  return [...new Set(names.map(keyName).filter((n) => n.length > 0))];
}

/** Lower-case, accent-free form of a service name used in keys and similarity. */
export function keyName(name: string): string {
  return name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
}
