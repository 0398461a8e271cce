// Whether a document introduces a name as the maker of a game or an app, not as a service.
import { MAKER_BEFORE_NAME } from "./data/service-kind-nouns";
import { foldText } from "../text/fold-text";
import { wholeName } from "./times-named";
import type { TextView } from "./text-view";

/**
 * Whether the text writes a maker noun right before the name ("studio Greyforge", "l'éditeur
 * américain Aplim"): a studio said to be knocked offline is its game failing ("Greyforge's fantasy
 * MMO knocked offline"), and an incident is named after the product, not its maker.
 */
export function introducedAsMaker(view: TextView, name: string): boolean {
  for (const m of view.folded.matchAll(wholeName(foldText(name)))) if (MAKER_BEFORE_NAME.test(view.folded.slice(Math.max(0, m.index - 40), m.index))) return true;
  return false;
}
