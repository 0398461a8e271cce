// The home page's data, shared by / (language from the request) and /en, /fr (from the path).
// Kept out of the page files: a page importing another page's helper would pull the database
// into the browser bundle, since Next strips server code only from a page's own data functions.
import type { ParsedUrlQuery } from "node:querystring";
import type { IncidentSummary } from "../../lib/domain/incident-summary";
import type { ServiceEntry } from "../../lib/db/site-service-history";
import type { Lang } from "../../lib/domain/types";
import { decodeIncidentCursor } from "../../lib/db/incident-cursor";
import { listIncidentSummaries, listOngoingIncidents, listServices } from "../../lib/http/cached-site-reads";
import { asProps } from "./page-request";
import { readHomeParams } from "./read-home-params";

export type HomeProps = {
  lang: Lang; path: string; services: ServiceEntry[]; service: ServiceEntry | null;
  ongoing: IncidentSummary[]; latest: IncidentSummary[]; more: string | null;
};

/** The home page's props for a reader of `lang` on `path`, with the service filter and cursor of `query`. */
export async function homeProps({ lang, path }: { lang: Lang; path: string }, query: ParsedUrlQuery): Promise<{ props: HomeProps }> {
  const services = await listServices();
  const { service, cursor } = readHomeParams(query, services);
  const [ongoing, latest] = await Promise.all([
    cursor ? Promise.resolve([]) : listOngoingIncidents(service?.name),
    listIncidentSummaries({ service: service?.name, cursor: cursor ? decodeIncidentCursor(cursor) : null, limit: 20, status: "resolved" }),
  ]);
  const here = path.split("?")[0] || "/";
  const more = latest.nextCursor ? `${here}?${new URLSearchParams({ ...(service ? { service: service.slug } : {}), cursor: latest.nextCursor })}` : null;
  return { props: asProps({ lang, path, services, service, ongoing, latest: latest.items, more }) };
}
