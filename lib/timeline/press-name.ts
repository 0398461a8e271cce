// The name the press gives a known service where the catalogue files it otherwise: readers look an
// outage up by the name the coverage used. Two cases only, since the press otherwise keeps the
// catalogue's short name (the acronym "WACS", the brand "MTN MoMo", not their spelt-out forms): the
// same letters spaced or joined otherwise ("Ecole Directe" where the catalogue joins "EcoleDirecte"),
// and an entry filed under its operator's name whose consumer brand the press writes ("Xfinity", the
// service Comcast sells: the operator's name is the company, the brand is the service).
import { foldText } from "../text/fold-text";
import { isCountryWord } from "../extract/is-not-a-name";
import type { ExtractedDocument, ServiceMention } from "../domain/types";

/**
 * `name` in the form the documents' bodies write more often than `name` itself (lib/extract/written-forms.ts)
 * where it is a respelling or, for an entry named after its owner, the service's brand; else `name`.
 * A renamed service keeps the name it had on the incident's day.
 */
export function pressName(docs: ExtractedDocument[], name: string, named: (s: ServiceMention) => string): string {
  const mentions = docs.flatMap((d) => d.facts.services.filter((s) => named(s) === name));
  if (mentions.some((s) => s.names)) return name;
  const ownersName = mentions.some((s) => s.company !== null && foldText(s.company) === foldText(name));
  const tally = new Map<string, { form: string; count: number }>();
  for (const form of mentions.flatMap((s) => s.written ?? [])) {
    const key = foldText(form);
    if (key !== foldText(name) && !(respelling(form, name) || (ownersName && aProperName(form)))) continue;
    const t = tally.get(key) ?? { form, count: 0 };
    t.count++;
    tally.set(key, t);
  }
  const own = tally.get(foldText(name))?.count ?? 0;
  const best = [...tally.values()].sort((a, b) => b.count - a.count || b.form.length - a.form.length)[0];
  return best && best.count > own ? best.form : name;
}

// the same letters, split or joined otherwise (a hyphen for a space is typography, not another name)
function respelling(form: string, name: string): boolean {
  const bare = (s: string) => foldText(s).replace(/\s+/g, "");
  return bare(form) === bare(name);
}

// a brand name in its own right: each word capitalised (not a description, "la box de Comcast"), and
// not the operator's national arm ("Orange Sénégal": the country is where it failed)
function aProperName(form: string): boolean {
  const parts = form.split(/\s+/);
  return parts.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) && !isCountryWord(foldText(parts[parts.length - 1]));
}
