// A payment rail (UPI, Pix, Faster Payments) is the infrastructure banks and payment apps move money
// through: a story that names a bank or an app failing first and the rail after it ("Acme app
// outage leaves customers unable to pay via Pix", "Zorvex users hit by failed UPI payments") tells
// how that one's customers could not pay, not that the rail failed; a story about the rail names
// it first ("UPI down: Acme and Zorvex users hit").
import type { ServiceRole } from "../domain/types";
import type { ServiceHit } from "./service-hit";

/** Sets to `mentioned` each rail said to fail after another service the same roles say failed is named. */
export function railsAsMeans(hits: ServiceHit[], roles: Map<string, ServiceRole>): void {
  const first = new Map<string, number>();
  for (const h of hits) if (!first.has(h.entry.name)) first.set(h.entry.name, h.index);
  const failedFirst = Math.min(...[...first].filter(([name]) => roles.get(name) === "failed" && !isRail(hits, name)).map(([, at]) => at));
  for (const [name, at] of first) if (isRail(hits, name) && roles.get(name) === "failed" && failedFirst < at) roles.set(name, "mentioned");
}

function isRail(hits: ServiceHit[], name: string): boolean {
  return hits.some((h) => h.entry.name === name && h.entry.rail === true);
}
