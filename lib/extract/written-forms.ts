// How a document's body writes one known service each time it names it. The catalogue files a
// service under one name, but the press has its own: it spells a brand out where the catalogue
// keeps its acronym ("Royal Bank of Scotland" for RBS), writes the service brand where the
// catalogue files the operator ("Xfinity" for Comcast), or splits a word the catalogue joins
// ("Ecole Directe"). Titles are left out: headlines shorten names to fit.
import { foldText } from "../text/fold-text";
import type { ServiceHit } from "./service-hit";
import type { TextView } from "./text-view";

/** The body's forms of the hits' service, one per mention in text order, or undefined when every one folds to `name`. */
export function writtenForms(view: TextView, hits: ServiceHit[], name: string): string[] | undefined {
  const forms = hits.filter((h) => h.index >= view.titleEnd).map((h) => view.full.slice(h.index, h.end).replace(/\s+/g, " "));
  return forms.some((f) => foldText(f) !== foldText(name)) ? forms : undefined;
}
