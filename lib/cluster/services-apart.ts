// Two groups that each hold two or more reports naming a service, with no service named on both
// sides, are two outages: an unnamed report (a reader's letter, a status update with no product
// name, "the internet is broken") that is a little like both must not bridge them. Two unrelated
// failures the same day (a CDN in Europe in the morning, a bank app in Brazil in the afternoon) are
// told in the same outage words, and a document naming no service pairs with both on its day alone.
// A report naming no failed service that writes the service of a report of its group counts towards
// the two: it confirms that name ("Tamarind app falls over for a second time" beside "Tamarind
// customers locked out of app", while a CDN's customers' sites failed that morning), where a lone
// name no other report writes may be a misreading and keeps the average's say.
// Only failed services count as in common: a service one side names in passing ("quelques heures
// après la coupure de Free, et sans lien avec elle, c'est Doctolib") tells of the other outage that
// day, and since such names also count in pairs (written-services.ts) it must not bridge two groups
// that each have two reports of their own service (own set 2: Free and Doctolib the same day).
import type { DocumentFeatures } from "./document-features";
import { shareFailedService } from "./document-similarity";
import { writtenServices } from "./written-services";

/** Whether the groups `a` and `b` (each a list of document profiles) are told of different services. */
export function servicesApart(a: DocumentFeatures[], b: DocumentFeatures[]): boolean {
  const namedA = a.filter((d) => d.entities.size > 0);
  const namedB = b.filter((d) => d.entities.size > 0);
  if (namedA.length === 0 || namedB.length === 0) return false;
  if (confirmingReports(a, namedA) < 2 || confirmingReports(b, namedB) < 2) return false;
  return !namedA.some((x) => namedB.some((y) => shareFailedService(x, y)));
}

/** How many reports of `group` name a service or write one that a report of it names. */
function confirmingReports(group: DocumentFeatures[], named: DocumentFeatures[]): number {
  const writing = group.filter((d) => d.entities.size === 0 && named.some((n) => writtenServices(d, n).size > 0));
  return named.length + writing.length;
}
