// The company a labelled article is about, for a harder cross-validation split (`npm run eval:cv --
// --split company`): all of one company's outages, and the look-alike news about it, held out
// together, as on unseen articles that tell of other outages of companies the corpus has. An outage
// article takes its incident's first labelled service, a non-outage article the first service it
// names; the company is the catalogue's owner of that service (else its platform, else its name).
// An article naming no known service stays its own group.
import { SERVICES, type ServiceEntry } from "../lib/extract/data/services";
import { readDocument } from "../lib/extract/extract-article";
import { foldText } from "../lib/text/fold-text";
import type { LabelledArticle } from "./corpus-labels";

export function companyKey(a: LabelledArticle): string {
  const entry = a.outage ? a.services.map(catalogued).find((e) => e) : named(a);
  if (entry) return `company:${foldText(entry.company ?? entry.parent ?? entry.name)}`;
  return a.outage && a.services.length ? `company:${foldText(a.services[0])}` : a.group;
}

// The catalogue entry of a labelled service name (the finder's reading of it, else the entry of that name).
function catalogued(service: string): ServiceEntry | undefined {
  const doc = { url: "", kind: "news" as const, lang: "en", title: service, text: "", publishedAt: null, sourceName: null, sourceZone: null };
  return firstNamed(readDocument(doc).hits) ?? SERVICES.find((s) => s.name === service);
}

function named(a: LabelledArticle): ServiceEntry | undefined {
  return firstNamed(readDocument(a.doc).hits);
}

// the first catalogue service (or national network of one) in text order; a service the finder
// inferred from words ("the bank's app") has no company
function firstNamed(hits: ReturnType<typeof readDocument>["hits"]): ServiceEntry | undefined {
  return [...hits].filter((h) => h.entry.company !== null || SERVICES.includes(h.entry)).sort((x, y) => x.index - y.index)[0]?.entry;
}
