// A status page is authoritative about itself: the service an update is about is the page's
// own (its name, or the name configured for the source), whether or not the project knows it.
import type { DocumentForExtraction, ServiceMention } from "../domain/types";
import { STATUS_PAGE_NAME_AFFIXES } from "./data/status-page-names";
import { findServices } from "./find-services";
import { makeTextView, spanOf, type TextView } from "./text-view";
import { foldText } from "../text/fold-text";
import { brandOwner } from "./whole-brand-name";

/** The page's service ("GitHub Status" → GitHub), or null when the page has no usable name. */
export function statusPageService(name: string | null | undefined): string | null {
  let s = (name ?? "").trim();
  for (const affix of STATUS_PAGE_NAME_AFFIXES) s = s.replace(affix, "").trim();
  return s.length > 0 ? s : null;
}

/**
 * An official statement's source that names itself as a status page ("Slack Status", "Statut de
 * Nuage Pro") is that page even when it reaches us as a plain statement (a feed, a copied update):
 * the name must carry the page words, so "Acme Newsroom" or "OpenStatus" name nothing.
 */
export function ownStatusPage(sourceName: string | null | undefined): string | null {
  const whole = (sourceName ?? "").trim();
  const name = statusPageService(whole);
  return name && name !== whole ? name : null;
}

/** The services of a status update (or of a statement from a status page): the page's own first and failed, the others it names only mentioned. */
export function statusServices(view: TextView, found: ServiceMention[], doc: DocumentForExtraction, lang: "fr" | "en"): ServiceMention[] {
  const plain = doc.kind !== "status" && doc.kind !== "official";
  const name = doc.kind === "status" ? (statusPageService(doc.statusDetail?.service) ?? statusPageService(doc.sourceName)) : plain ? pageNamedInText(view, doc.sourceName, found) : ownStatusPage(doc.sourceName);
  if (!name) return found;
  // a page named after a known service ("Discord Status") takes its canonical name and owner
  const known = findServices(makeTextView(name, ""), lang).find((h) => h.index === 0 && h.end >= name.length - 1)?.entry;
  const own: ServiceMention = { name: known?.name ?? name, company: known?.company ?? unknownOwner(name), role: "failed", span: spanOf(view, 0, view.titleEnd) };
  // a plain item only guessed to be the page's keeps what its sentences say of the others (a part
  // of the service the update names failing, "LiveDNS", stays a knock-on or failed service)
  return [own, ...found.filter((s) => s.name !== own.name).map((s) => (plain ? s : { ...s, role: "mentioned" as const }))];
}

/** A feed gives no kind: a plain item from a source that names itself a status page ("Acme
 * Status") is that page's update when its text names the page's service ("All Acme services are
 * operating normally") or names no service at all (a page writes its region and components, "All
 * services in eu-west-2 have recovered", and never its own name); an outlet's item about another
 * service keeps what it names. */
function pageNamedInText(view: TextView, sourceName: string | null | undefined, found: ServiceMention[]): string | null {
  const name = ownStatusPage(sourceName);
  if (!name) return null;
  if (found.length === 0) return name;
  const folded = foldText(name);
  const at = view.folded.indexOf(folded);
  const edge = (i: number) => i < 0 || i >= view.folded.length || !/[\p{L}\p{N}]/u.test(view.folded[i]);
  for (let i = at; i >= 0; i = view.folded.indexOf(folded, i + 1)) if (edge(i - 1) && edge(i + folded.length)) return name;
  return null;
}

// an unknown page's firm only where its name is a brand part's ("Zorvex Cloud Status" is Zorvex's):
// a page's own name stays ownerless otherwise, as it was read before
function unknownOwner(name: string): string | null {
  const owner = brandOwner(name);
  return owner === name ? null : owner;
}
