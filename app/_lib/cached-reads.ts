// The pages' reads through Next's data cache. Each entry is keyed by the database's data version
// (PRAGMA data_version, which moves whenever the ingest process commits), so a page shows fresh
// data on the first request after an ingest without any call from the ingest; tags let
// POST /admin/revalidate (ADMIN_TOKEN) drop entries when the database is not a local SQLite file.
import { cache } from "react";
import { unstable_cache } from "next/cache";
import * as reads from "../../lib/db/site-reads";

export const SITE_TAG = "site-data";
const REVALIDATE_SECONDS = 300;

/** The data version, read once per request. */
export const getVersion = cache(() => reads.getDataVersion());

function cachedRead<A extends unknown[], R>(name: string, fn: (...args: A) => Promise<R>, tags: (...args: A) => string[]) {
  return async (...args: A): Promise<R> => {
    const version = await getVersion();
    const run = unstable_cache(() => fn(...args), [name, version, JSON.stringify(args)], {
      tags: [SITE_TAG, ...tags(...args)],
      revalidate: REVALIDATE_SECONDS,
    });
    return run();
  };
}

export const listIncidents = cachedRead("listIncidents", reads.listIncidents, () => ["incidents"]);
export const listOngoingIncidents = cachedRead("listOngoingIncidents", reads.listOngoingIncidents, () => ["incidents"]);
export const getIncidentBySlug = cache(
  cachedRead("getIncidentBySlug", reads.getIncidentBySlug, (slug: string) => [`incident:${slug}`.slice(0, 250)]),
);
export const listRelatedIncidents = cachedRead("listRelatedIncidents", reads.listRelatedIncidents, () => ["incidents"]);
export const listServices = cachedRead("listServices", reads.listServices, () => ["incidents"]);
export const getServiceHistory = cachedRead("getServiceHistory", reads.getServiceHistory, () => ["incidents"]);
export const listSourceHealth = cachedRead("listSourceHealth", reads.listSourceHealth, () => ["sources"]);
