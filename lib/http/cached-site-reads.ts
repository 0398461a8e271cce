// The pages' reads, each reused until the database changes (see stamp-memo.ts).
import * as reads from "../db/site-reads";
import { memoByStamp } from "./stamp-memo";

export const listIncidents = memoByStamp(reads.listIncidents);
export const listOngoingIncidents = memoByStamp(reads.listOngoingIncidents);
export const listServices = memoByStamp(reads.listServices);
export const getServiceHistory = memoByStamp(reads.getServiceHistory);
export const listSourceHealth = memoByStamp(reads.listSourceHealth, 1);
