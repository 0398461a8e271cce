// The pages' reads, each reused until the database changes (see stamp-memo.ts).
import * as incidents from "../db/incident-reads";
import * as services from "../db/site-service-history";
import * as sources from "../db/site-source-health";
import { memoByStamp } from "./stamp-memo";

export const listIncidentSummaries = memoByStamp(incidents.listIncidentSummaries);
export const listOngoingIncidents = memoByStamp(incidents.listOngoingIncidents);
export const listServices = memoByStamp(services.listServices);
export const getServiceHistory = memoByStamp(services.getServiceHistory);
export const listSourceHealth = memoByStamp(sources.listSourceHealth, 1);
