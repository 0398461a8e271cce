// Politeness: at most N requests at a time to one host, and a cap on requests overall.
import pLimit, { type LimitFunction } from "p-limit";

const PER_HOST = 2;
const OVERALL = 16;
const hosts = new Map<string, LimitFunction>();
const overall = pLimit(OVERALL);

/** Runs `task` once both the host's slot (2 per host) and a global slot are free. */
export function limitHost<T>(url: string, task: () => Promise<T>): Promise<T> {
  const host = new URL(url).host.toLowerCase();
  let limit = hosts.get(host);
  if (!limit) {
    limit = pLimit(PER_HOST);
    hosts.set(host, limit);
  }
  return limit(() => overall(task));
}
