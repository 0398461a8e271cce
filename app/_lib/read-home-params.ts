// The home page's query: ?service=<slug> (must name a known service) and ?cursor= (opaque).
import type { ServiceEntry } from "../../lib/db/site-service-history";
import { decodeIncidentCursor } from "../../lib/db/incident-cursor";

type Params = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? null;

/** The selected service (null when absent or unknown) and a well-formed cursor (else null). */
export function readHomeParams(params: Params, services: ServiceEntry[]): { service: ServiceEntry | null; cursor: string | null } {
  const slug = first(params.service)?.toLowerCase() ?? null;
  const service = slug ? services.find((s) => s.slug === slug) ?? null : null;
  let cursor = first(params.cursor);
  if (cursor) {
    try {
      decodeIncidentCursor(cursor);
    } catch {
      cursor = null; // a mangled link shows the first page rather than an error
    }
  }
  return { service, cursor };
}
