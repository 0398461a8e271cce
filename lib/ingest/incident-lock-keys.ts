// Which index keys a clustering step must lock so that two workers never decide about the same
// outage at once (issue 21), while reports of different outages are processed side by side.
// Two documents meet when one's lookup keys hold a key the other is filed under
// (lib/cluster/index-keys.ts); so a step must conflict with another whenever a lookup key of one is
// an index key of the other. A report naming a service and a day looks up and is filed under
// `service|day` keys: those are exclusive (same service, days close: the same outage, most likely).
// Its other keys (`*|day`, `?|day`, `service|any`, `service|undated`) are shared by every dated report of those days
// or of that service, so it holds them shared; they are looked up or filed under by the rare reports
// that name no service or no day, which hold all their keys exclusively. Every key one step looks
// up and another files under then has an exclusive holder on at least one side.
import type { ExtractedDocument } from "../domain/types";
import { ANY_DAY, ANY_SERVICE, NO_SERVICE, UNDATED, NAMED, WRITTEN, indexKeys, lookupKeys } from "../cluster/index-keys";
import type { LockKeys } from "../db/processing-lock";

const isWildcard = (key: string) => key.startsWith(`${ANY_SERVICE}|`) || key.startsWith(`${NO_SERVICE}|`) || key.endsWith(`|${ANY_DAY}`) || key.endsWith(`|${UNDATED}`);

/** The keys to hold while re-clustering these documents (seeds and the documents of the incidents read). */
export function incidentLockKeys(docs: Pick<ExtractedDocument, "facts" | "publishedAt">[]): LockKeys {
  const exclusive = new Set<string>();
  const shared = new Set<string>();
  for (const d of docs) {
    const lookups = lookupKeys(d.facts, d.publishedAt);
    const filed = indexKeys(d.facts, d.publishedAt);
    // a report with a named service and a day has `service|day` keys; the others have only wildcards
    const common = [...lookups, ...filed].some((k) => !isWildcard(k));
    // the `n:name|day` keys it looks up for the names its fact sentences write are held exclusively
    // by the reports of those services, which are filed under them, and the `w:name|day` keys it is
    // filed under by those that look them up: it holds both shared, so two reports writing one
    // word ("The", a town) do not wait for each other
    for (const k of lookups) (common && (isWildcard(k) || k.startsWith(NAMED)) ? shared : exclusive).add(k);
    for (const k of filed) (common && (isWildcard(k) || k.startsWith(WRITTEN)) ? shared : exclusive).add(k);
  }
  for (const k of exclusive) shared.delete(k);
  return { exclusive: [...exclusive].sort(), shared: [...shared].sort() };
}
