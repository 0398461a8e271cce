// Stated causes of the outage, one per sentence and category, with how firmly each is stated.
// Denied causes ("pas d'origine malveillante", "not a cyberattack") are left out.
import type { CauseCategory, CauseFact, CauseStatus, ServiceMention } from "../domain/types";
import { blamerStatus, operatorSubjects } from "./blamer-status";
import { BLAME_VERBS, CAUSE_CUES, CAUSE_TALK_CUES, CHANGE_TO_NETWORK, CONFIRMED_CUES, NOT_HEDGE_AFTER, NEGATION_BEFORE, PLACE_ONLY_HARDWARE_CUES, SPECULATED_CUES, SYMPTOM_NEGATION_SCOPE, TAKES_OFFLINE, THIRD_PARTY_CUES, UNKNOWN_CUES } from "./data/cause-cues";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import { inDescription } from "./in-description";
import type { CueHit } from "./outage-cue-hits";
import { spanOf, type TextView } from "./text-view";

// Patterns beside the cue lists: a change made to the network is a configuration change.
const PATTERNS: Partial<Record<CauseCategory, RegExp[]>> = { "config-change": [CHANGE_TO_NETWORK] };
const CATEGORY_RES: { category: CauseCategory; res: RegExp[] }[] = [
  ...Object.entries(CAUSE_CUES).map(([category, cues]) => ({
    category: category as CauseCategory,
    res: [compileCues(cues), ...(PATTERNS[category as CauseCategory] ?? [])],
  })),
  { category: "third-party", res: [compileCues(THIRD_PARTY_CUES)] },
];
const UNKNOWN_RE = compileCues(UNKNOWN_CUES);
const PLACE_RE = compileCues(PLACE_ONLY_HARDWARE_CUES);
const CONFIRMED_RE = compileCues(CONFIRMED_CUES);
const SPECULATED_RE = compileCues(SPECULATED_CUES);
const CAUSE_TALK_RE = compileCues(CAUSE_TALK_CUES);
const BLAME_RE = compileCues(BLAME_VERBS, "");
const MAX_SUMMARY = 400;

/** Causes stated in sentences about the failure, in text order; `services` tell who the operator is. */
export function findCauses(view: TextView, cues: CueHit[], isOutage: boolean, services: ServiceMention[] = []): CauseFact[] {
  if (!isOutage) return [];
  const out: CauseFact[] = [];
  const operators = operatorSubjects(services);
  for (const s of view.sentences) {
    const talkAt = [CAUSE_TALK_RE, TAKES_OFFLINE].flatMap((re) => allMatches(re, view.folded, s.start, s.end).map((m) => m.index));
    const failingAt = cues.filter((c) => c.index >= s.start && c.index < s.end).map((c) => c.index);
    const talk = talkAt.length > 0;
    if (!talk && failingAt.length === 0) continue;
    const status = statusOf(view.folded, s.start, s.end, operators);
    const span = spanOf(view, s.start, Math.min(s.end, s.start + MAX_SUMMARY));
    const stops = [...talkAt, ...failingAt];
    const categories = categoriesIn(view.folded, s.start, s.end, talk, stops);
    for (const category of categories) out.push({ category, status, summary: span.text, span });
    if (categories.length === 0 && talk && hasMatch(UNKNOWN_RE, view.folded, s.start, s.end))
      out.push({ category: "unknown", status: "reported", summary: span.text, span });
  }
  return out;
}

// `stops`: offsets of cause and failure words, which end a description of the setting.
function categoriesIn(folded: string, start: number, end: number, talk: boolean, stops: number[]): CauseCategory[] {
  const found: CauseCategory[] = [];
  let placeOnly = false;
  for (const { category, res } of CATEGORY_RES) {
    const asserted = res.flatMap((re) => allMatches(re, folded, start, end))
      .filter((m) => !isDenied(folded.slice(Math.max(start, m.index - 60), m.index)) && !inDescription(folded, start, m.index, stops));
    // weak categories (a data centre, a deployment, a supplier) need the sentence to talk about causes
    if (asserted.length === 0 || !(talk || category === "cyberattack" || category === "network-bgp-dns")) continue;
    found.push(category);
    if (category === "hardware-or-datacenter") placeOnly = asserted.every((m) => hasMatch(PLACE_RE, folded, m.index, m.end));
  }
  // "routers linking its data centres": the data centre is where the network broke, not what broke
  return placeOnly && found.length > 1 ? found.filter((c) => c !== "hardware-or-datacenter") : found;
}

// Whether the words before a cause word deny it; a negation whose clause ends in "because" negates the symptom.
function isDenied(before: string): boolean {
  const m = NEGATION_BEFORE.exec(before);
  return m !== null && !SYMPTOM_NEGATION_SCOPE.test(before.slice(m.index).trimStart());
}

function statusOf(folded: string, start: number, end: number, operators: RegExp): CauseStatus {
  const blame = blamerStatus(folded, start, end, operators);
  if (blame === "speculated") return blame;
  // the operator's "blamed" is its own statement, not a hedge
  const hedged = allMatches(SPECULATED_RE, folded, start, end).some((m) =>
    !NOT_HEDGE_AFTER.test(folded.slice(m.end, m.end + 12)) && !(blame === "confirmed" && BLAME_RE.test(m.text)));
  // "Is a cyberattack behind the outage?": a question names a cause without stating it
  if (hedged || /\?\s*$/.test(folded.slice(start, end))) return "speculated";
  if (blame === "confirmed" || hasMatch(CONFIRMED_RE, folded, start, end)) return "confirmed";
  return "reported";
}
