// A cloud or CDN provider's control plane named as such ("Cloudflare Dashboard Down", "the
// Cloudflare dashboard and API were down", "le tableau de bord de Cloudflare"): the part is its own
// service, a product of the provider, so that an outage of the part alone is named by it.
import { INFRASTRUCTURE_KINDS, type ServiceEntry } from "./data/services";
import { PART_AFTER, PART_BEFORE, TRAFFIC_AFTER } from "./data/control-plane-parts";
import type { ServiceHit } from "./service-hit";
import type { TextView } from "./text-view";

const alternatives = (words: string[]) => words.sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, "\\s+")).join("|");
// "Cloudflare's dashboard", "Cloudflare Dashboard and its related API", "the AWS console or API"
const AFTER = new RegExp(`^(?:['’]s)? (${alternatives(Object.keys(PART_AFTER))})(?:(?:,| and| or) (?:its |their |the |related |associated )*(${alternatives(Object.keys(PART_AFTER))}))?(?![a-z])`);
// "le tableau de bord de Cloudflare", "l'API d'AWS"
const BEFORE = new RegExp(`(?:^|[^a-z])(?:l'|le |la |les |du |au )?(${alternatives(Object.keys(PART_BEFORE))}) (?:de |d')$`);

/**
 * The hits with each cloud or CDN provider named with a part of its control plane replaced by
 * that part (its own entry, the provider its parent), two parts named together giving two hits.
 */
export function controlPlaneParts(view: TextView, hits: ServiceHit[]): ServiceHit[] {
  return hits.flatMap((h) => {
    if (!INFRASTRUCTURE_KINDS.has(h.entry.kind ?? "platform") || h.entry.parent) return [h];
    const after = AFTER.exec(view.folded.slice(h.end, h.end + 80));
    if (after && !TRAFFIC_AFTER.test(view.folded.slice(h.end + after[0].length, h.end + after[0].length + 20))) {
      const first = { entry: partOf(h.entry, PART_AFTER[after[1].replace(/\s+/g, " ")]), index: h.index, end: h.end + after[0].indexOf(after[1]) + after[1].length };
      if (!after[2]) return [first];
      const at = h.end + after[0].lastIndexOf(after[2]);
      return [first, { entry: partOf(h.entry, PART_AFTER[after[2].replace(/\s+/g, " ")]), index: at, end: at + after[2].length }];
    }
    const before = BEFORE.exec(view.folded.slice(Math.max(0, h.index - 40), h.index));
    if (before) return [{ entry: partOf(h.entry, PART_BEFORE[before[1].replace(/\s+/g, " ")]), index: h.index, end: h.end }];
    return [h];
  });
}

/**
 * The hits with each part named back as its provider: where the provider's customers went down
 * with it (knock-on victims in the text), its traffic failed, whatever part of it the text names too.
 */
export function asWholeProviders(hits: ServiceHit[]): ServiceHit[] {
  return hits.map((h) => {
    const provider = PROVIDER.get(h.entry);
    return provider ? { ...h, entry: provider } : h;
  });
}

export function hasPart(hits: ServiceHit[]): boolean {
  return hits.some((h) => PROVIDER.has(h.entry));
}

const PROVIDER = new WeakMap<ServiceEntry, ServiceEntry>();
function partOf(provider: ServiceEntry, part: string): ServiceEntry {
  // a part's failure takes no customer down: it is software the customers manage with, no carrier
  const entry: ServiceEntry = { name: `${provider.name} ${part}`, company: provider.company, kind: "software", parent: provider.name, aliases: [] };
  PROVIDER.set(entry, provider);
  return entry;
}
