// Failure cue words of a document, without the ones that are about something else (a power cut,
// "steps down") or denied ("without any disruption"), each weighted (a backdrop "after the outage"
// counts half) and weak when only possible ("could be knocked offline").
import {
  BACKDROP_BEFORE, DOWN_NOT_FAILURE_BEFORE, FAILING_NOT_AFTER, FIGURATIVE_AFTER, FIGURATIVE_BEFORE, MARKET_BEFORE, OUTAGE_CUES, PHYSICAL_AFTER, PHYSICAL_BEFORE, PRODUCT_AFTER, PRODUCT_BEFORE,
  SIMULATED_AFTER, SIMULATED_BEFORE, SIMULATED_LIST_BEFORE, STRONG_CUES, TROUBLE_NOT_FAILURE_AFTER,
} from "./data/outage-cues";
import { CONDITIONAL_BEFORE, CONDITIONAL_SUBJECT_AFTER, CONDITIONAL_SUBJECT_BEFORE, GENERIC_BEFORE, GENERIC_MODAL_AFTER, HABITUAL_BEFORE, NEGATED_BEFORE, POSSIBLE_BEFORE, PRESENT_FAILURE_CUE, PRESENT_VERB_BEFORE } from "./data/failure-context-cues";
import { allMatches, compileCues } from "./compile-cues";

export interface CueHit {
  index: number;
  end: number;
  strong: boolean;
  weight: number;
}

const CUE_RE = compileCues([...OUTAGE_CUES, ...STRONG_CUES]);
const STRONG_RE = compileCues(STRONG_CUES, "");
// how far back a market word is looked for ("shares of several cloud software companies crashed")
const MARKET_REACH = 70;
// how far back in its sentence a quantifier over events is looked for (HABITUAL_BEFORE)
const HABITUAL_REACH = 160;
// how far back in its clause "when" or "if" is looked for (the subject between: "if your main CDN")
const CONDITIONAL_REACH = 60;
// how far back a list's opening noun is looked for ("incidents fictifs : ..., panne d'un centre de données")
const LIST_REACH = 150;
// how far after a failure noun its clause's verb is looked for ("une coupure d'Internet à domicile peut")
const GENERAL_REACH = 50;
// what follows "tombe" in an idiom of timing or agreement rather than a fall ("tombe à pic", "tombent
// d'accord"), or the failure noun that tells the fall itself ("tombe en panne")
const FALL_NOT_CUE_AFTER = /^ (?:a pic|a point|a propos|bien|mal|pile|d'accord|sous le sens|sous le coup|en panne)(?![a-z])/;

/** Every failure cue of the folded text, in order. */
export function outageCueHits(folded: string): CueHit[] {
  const out: CueHit[] = [];
  for (const m of allMatches(CUE_RE, folded)) {
    const before = folded.slice(Math.max(0, m.index - 40), m.index);
    const after = folded.slice(m.end, m.end + 30);
    if (isPhysical(before, after)) continue;
    // "outage cover", "assurance contre les pannes": a product about failures names none
    if (PRODUCT_AFTER.test(after) || PRODUCT_BEFORE.test(before)) continue;
    // "une panne simulée", "a mock outage": an exercise's scenario, no failure
    if (SIMULATED_AFTER.test(after) || SIMULATED_BEFORE.test(before) || SIMULATED_LIST_BEFORE.test(folded.slice(Math.max(0, m.index - LIST_REACH), m.index))) continue;
    // "down" and "was/is/were down": not a failure after "shares", "sales"... or before a figure ("down 5%")
    if (/(?:^| )down(?: for)?$/.test(m.text) && (DOWN_NOT_FAILURE_BEFORE.test(before) || /^ ?[0-9]/.test(after))) continue;
    if (/difficultes$/.test(m.text) && TROUBLE_NOT_FAILURE_AFTER.test(after)) continue;
    // "en panne de croissance", "la croissance en panne", "a stock market crash"
    if (/^panne/.test(m.text) && (FIGURATIVE_AFTER.test(after) || FIGURATIVE_BEFORE.test(before))) continue;
    if (/^crash/.test(m.text) && MARKET_BEFORE.test(folded.slice(Math.max(0, m.index - MARKET_REACH), m.index))) continue;
    if (m.text === "failing" && FAILING_NOT_AFTER.test(after)) continue;
    if (m.text === "knocked out" && /^ of /.test(after)) continue;
    // "le nouveau service tombe à point nommé", "la box tombe bien": idioms of timing, no failure;
    // "le réseau tombe en panne" is one failure, which "panne" tells (in its clause: "quand ... tombe en panne")
    if (/ tomb(?:e|ent|ait|aient)$/.test(m.text) && FALL_NOT_CUE_AFTER.test(after)) continue;
    if (m.text === "down" && /^(?:load|sampl|vot|town|side|ward|play|size|grade|time|stream|turn|pour)/.test(after)) continue;
    if (NEGATED_BEFORE.test(before)) continue;
    const habitual = HABITUAL_BEFORE.test(folded.slice(Math.max(0, m.index - HABITUAL_REACH), m.index));
    const strong = STRONG_RE.test(m.text) && STRONG_RE.exec(m.text)![0].length === m.text.length && !POSSIBLE_BEFORE.test(before) && !habitual &&
      !isConditionalPresent(folded.slice(Math.max(0, m.index - CONDITIONAL_REACH), m.index), m.text) && !isGeneralCase(before, folded.slice(m.end, m.end + GENERAL_REACH));
    out.push({ index: m.index, end: m.end, strong, weight: BACKDROP_BEFORE.test(before) ? 0.5 : 1 });
  }
  return out;
}

/** How many failure words of folded text[from, to) are about electricity or transport ("power outage", "panne de courant"). */
export function physicalFailureCount(folded: string, from = 0, to = folded.length): number {
  return countCues(folded, from, to, (before, after) => isPhysical(before, after));
}

/** How many failure words of folded text[from, to) are denied ("with no outage", "sans interruption"). */
export function deniedFailureCount(folded: string, from = 0, to = folded.length): number {
  return countCues(folded, from, to, (before, after) => !isPhysical(before, after) && NEGATED_BEFORE.test(before));
}

function countCues(folded: string, from: number, to: number, keep: (before: string, after: string) => boolean): number {
  let n = 0;
  for (const m of allMatches(CUE_RE, folded, from, to))
    if (keep(folded.slice(Math.max(0, m.index - 40), m.index), folded.slice(m.end, m.end + 30))) n++;
  return n;
}

// A failure in the present in a "when"/"if" clause is a case in general (CONDITIONAL_BEFORE).
function isConditionalPresent(before: string, cue: string): boolean {
  if (!PRESENT_FAILURE_CUE.test(cue) && !PRESENT_VERB_BEFORE.test(before)) return false;
  const verbless = PRESENT_FAILURE_CUE.test(cue) ? before : before.replace(PRESENT_VERB_BEFORE, " ");
  return CONDITIONAL_BEFORE.test(verbless);
}

// A failure noun as the subject of an "if"/"when" clause in the present, or an indefinite one that
// "can" do something: failures in general (CONDITIONAL_SUBJECT_BEFORE, GENERIC_BEFORE).
function isGeneralCase(before: string, after: string): boolean {
  return (CONDITIONAL_SUBJECT_BEFORE.test(before) && CONDITIONAL_SUBJECT_AFTER.test(after)) ||
    (GENERIC_BEFORE.test(before) && GENERIC_MODAL_AFTER.test(after.split(/[,;.!?]/)[0]));
}

function isPhysical(before: string, after: string): boolean {
  return PHYSICAL_AFTER.test(after) || PHYSICAL_BEFORE.test(before);
}
