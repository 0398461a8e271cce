// Incident slugs: "2021-10-04-facebook-instagram-whatsapp", unique, readable, stable once given.
import { serviceSlug } from "../text/service-slug";

const MAX_SERVICES = 4;
const MAX_LENGTH = 80;

/** The slug prefix of an incident whose documents give no day at all (lib/cluster/incident-day.ts). */
export const UNDATED_PREFIX = "undated";

/** A unique slug from the incident's start (or day; null when no document gives one) and its
 * services; `taken` says what is in use. */
export function makeSlug(startedAtOrDay: string | null, services: string[], taken: (slug: string) => boolean): string {
  const day = startedAtOrDay === null ? UNDATED_PREFIX : startedAtOrDay.slice(0, 10);
  if (startedAtOrDay !== null && (!/^\d{4}-\d{2}-\d{2}$/.test(day) || Number.isNaN(Date.parse(`${day}T00:00:00Z`))))
    throw new Error(`makeSlug: expected an ISO date or timestamp, got ${JSON.stringify(startedAtOrDay)}`);
  const parts = [...new Set(services.map(serviceSlug).filter((p) => p.length > 0))].slice(0, MAX_SERVICES);
  const base = `${day}-${parts.length ? parts.join("-") : "outage"}`.slice(0, MAX_LENGTH).replace(/-+$/, "");
  if (!taken(base)) return base;
  for (let n = 2; n < 100_000; n++) {
    const candidate = `${base}-${n}`;
    if (!taken(candidate)) return candidate;
  }
  throw new Error(`makeSlug: no free slug for ${base}`);
}
