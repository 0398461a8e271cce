// Who a quote's attribution names: a person's name, their role, the organisation they speak for, and
// whether that makes the words official (a spokesperson, an executive, the company's own account).
import { SERVICES } from "./data/services";
import { PLATFORM_BEFORE_ORG, RELATIVE_CLAUSE, SPEAKER_ROLES } from "./data/speech-cues";
import { foldText } from "../text/fold-text";
import { escapeRegExp } from "../text/escape-reg-exp";

export interface Speaker {
  speaker: string | null;
  role: string | null;
  organisation: string | null;
  official: boolean;
}

const ORG_NAMES = new Map<string, string>();
for (const s of SERVICES) {
  for (const n of [s.name, ...(s.exactCase ?? [])]) ORG_NAMES.set(n, s.company ?? s.name);
  if (s.company) ORG_NAMES.set(s.company, s.company);
}
ORG_NAMES.set("Twitter", "X Corp");
const ORG_RE = new RegExp(`(?<![\\p{L}])(${[...ORG_NAMES.keys()].sort((a, b) => b.length - a.length).join("|")})(?![\\p{L}])`, "gu");
const ROLE_LIST = SPEAKER_ROLES.flatMap((r) =>
  r.words.map((w) => ({ ...r, re: new RegExp(`(?<![a-z])${escapeRegExp(foldText(w))}(?![a-z])`) })),
)
  .sort((a, b) => b.re.source.length - a.re.source.length);
const NAME_RE = /(?<![\p{L}])(\p{Lu}[\p{Ll}'’-]+(?:\s+(?:de\s+|van\s+|von\s+|di\s+|du\s+|da\s+)?\p{Lu}[\p{L}'’-]+){1,3})/u;
const HANDLE_RE = /@\w{2,30}/;
const THE_COMPANY = /\b(?:l'entreprise|la société|la societe|le groupe|la firme|the company|the firm|the group|l'entreprise américaine)\b/i;

/** Reads the attribution words ("Andy Stone, un porte-parole de Meta") into a speaker. */
export function describeSpeaker(attribution: string): Speaker {
  const who = attribution.split(RELATIVE_CLAUSE)[0];
  const folded = foldText(who);
  const role = findRole(folded);
  const roleEntry = role?.entry;
  const orgMatch = pickOrganisation(who, role?.index ?? -1);
  const organisation = orgMatch ? ORG_NAMES.get(orgMatch[1])! : null;
  const name = personName(who, orgMatch?.[1]);
  if (name) return { speaker: name, role: roleEntry?.role ?? null, organisation, official: roleEntry?.official ?? false };
  const handle = HANDLE_RE.exec(who)?.[0];
  if (handle) return { speaker: handle, role: roleEntry?.role ?? null, organisation, official: roleEntry?.official ?? false };
  // no person named: the organisation itself, or its spokesperson, is speaking
  if (orgMatch || THE_COMPANY.test(who))
    return { speaker: orgMatch?.[1] ?? who.trim(), role: roleEntry?.role ?? "official account", organisation, official: roleEntry ? roleEntry.official : true };
  return { speaker: roleEntry ? who.trim().slice(0, 80) : null, role: roleEntry?.role ?? null, organisation, official: roleEntry?.official ?? false };
}

function findRole(folded: string): { entry: (typeof ROLE_LIST)[number]; index: number } | null {
  for (const entry of ROLE_LIST) {
    const m = entry.re.exec(folded);
    if (m) return { entry, index: m.index };
  }
  return null;
}

// The organisation named right after the role ("porte-parole de Meta"), else the last one named.
function pickOrganisation(who: string, roleIndex: number): RegExpExecArray | null {
  const all = ([...who.matchAll(ORG_RE)] as RegExpExecArray[]).filter((m) => !PLATFORM_BEFORE_ORG.test(who.slice(0, m.index)));
  return all.find((m) => roleIndex >= 0 && m.index > roleIndex) ?? all[all.length - 1] ?? null;
}

// A run of capitalised words that is not just the organisation's name or a role word.
function personName(who: string, org: string | undefined): string | null {
  const re = new RegExp(NAME_RE.source, "gu");
  for (let m = re.exec(who); m; m = re.exec(who)) {
    const words = m[1].split(/\s+/).filter((w) => w !== org && !ORG_NAMES.has(w));
    if (words.length >= 2 && !/^(?:Le|La|Les|Un|Une|The|A|An|Selon|According|Dans|In|Sur|On)$/.test(words[0])) return words.join(" ");
  }
  return null;
}
