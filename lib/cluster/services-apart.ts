// Two groups that each hold two or more reports naming a service, with no service named on both
// sides, are two outages: an unnamed report (a reader's letter, a status update with no product
// name, "the internet is broken") that is a little like both must not bridge them. Two unrelated
// failures the same day (a CDN in Europe in the morning, a bank app in Brazil in the afternoon) are
// told in the same outage words, and a document naming no service pairs with both on its day alone.
import type { DocumentFeatures } from "./document-features";
import { shareService } from "./document-similarity";

/** Whether the groups `a` and `b` (each a list of document profiles) are told of different services. */
export function servicesApart(a: DocumentFeatures[], b: DocumentFeatures[]): boolean {
  const namedA = a.filter((d) => d.entities.size > 0);
  const namedB = b.filter((d) => d.entities.size > 0);
  // a lone report that names a service may have misread it: it keeps the average's say
  if (namedA.length < 2 || namedB.length < 2) return false;
  return !namedA.some((x) => namedB.some((y) => shareService(x, y)));
}
