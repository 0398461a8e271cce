// Whether a text is an operator speaking in its own voice (its status page's entry, its postmortem,
// its communiqué), whatever source carried it: an operator's words often reach the ingest through a
// news-like feed (an aggregator, a mirror, a blog not configured official), and read as press they
// fail detection and leave their cause unconfirmed.
import { escapeRegExp } from "../text/escape-reg-exp";
import { foldText } from "../text/fold-text";
import { allMatches, compileCues } from "./compile-cues";
import { CUSTOMER_ADDRESS_CUES, OWN_THINGS, REPORT_TITLE_HEADS, TITLE_STATE_TAIL } from "./data/operator-voice-cues";
import { STATUS_HEAD_ROLES } from "./data/time-role-cues";
import { splitSentences } from "./split-sentences";

export type OperatorVoice = "report-title" | "status-entry" | "customer-address" | "letter-dateline" | "first-person";

const TITLE_HEAD_RE = new RegExp(`^\\W{0,3}(?:${REPORT_TITLE_HEADS.map(escapeRegExp).join("|")})(?![a-z])`);
// a status page's state label opening a line ("Resolved - Oct 8, 07:00 UTC", "Résolu – 12 h 10"),
// maybe after the update's clock ("11 h 55 – Résolu.") or the word incident ("Incident résolu –")
const STATE_LINE_RE = new RegExp(
  String.raw`(?:^|\n)[ \t]*(?:\d{1,2}\s*(?:h|:)\s*\d{2}\s*-\s*)?(?:incident\s+)?(?:${Object.keys(STATUS_HEAD_ROLES).map(escapeRegExp).join("|")})\s*[-|:.]`,
);
const ADDRESS_RE = compileCues(CUSTOMER_ADDRESS_CUES);
// A communiqué opens on its place and date as a letter does ("Nantes, le 27 janvier 2026"); a wire
// story's dateline has no "le" and names its agency ("Dakar, 9 mars 2026 (AFP) —").
const LETTER_DATELINE_RE = /^\s*[a-z][a-z' .-]{1,30},\s+le\s+\d{1,2}(?:er)?\s+[a-z]+\s+\d{4}(?!\s*\()/;
// "our" or "nos" before what the operator owns, one word apart at most ("our core network", "nos clients internet")
const OWN_RE = new RegExp(`(?<![a-z])(?:our|nos|notre)\\s+(?:[a-z'-]+\\s+)?(?:${OWN_THINGS.map(escapeRegExp).join("|")})(?![a-z])`);
// A status entry or a communiqué says who it is within its first lines; further on, a news story
// may quote one ("the company posted: 'Resolved - …'").
const OPENING_CHARS = 400;
const ADDRESS_CHARS = 600;
// "informe sa clientèle" is the communiqué's present; "a informé sa clientèle" (folded alike) the press's past
const AUXILIARY_BEFORE = /(?:^|[^a-z])(?:a|ont|avait|avaient|aurait|auraient)\s+(?:deja\s+)?$/;
// A news story's opening is its lead, in the third person; a statement says "nos serveurs" or
// "our network" within its first two sentences (own corpora: with three, as many news stories as statements more).
const OPENING_SENTENCES = 2;
const OPENING_READ_CHARS = 2000;

/**
 * Which mark of an operator's own voice the title and text bear, or null: a report's heading as title,
 * a status entry's state label, the operator addressing its customers, or an opening sentence telling
 * of "our customers" or "notre réseau" outside quotation marks.
 */
export function operatorVoice(title: string, text: string): OperatorVoice | null {
  const head = foldText(title).trim();
  // every mark is read in the opening: no need to fold or split a long page past it
  const opening = text.slice(0, OPENING_READ_CHARS);
  const body = foldText(opening);
  if (TITLE_HEAD_RE.test(head)) return "report-title";
  if (TITLE_STATE_TAIL.test(head) || STATE_LINE_RE.test(body.slice(0, OPENING_CHARS))) return "status-entry";
  if (addressesCustomers(body)) return "customer-address";
  if (LETTER_DATELINE_RE.test(body)) return "letter-dateline";
  return opensInFirstPerson(opening, body) ? "first-person" : null;
}

function addressesCustomers(body: string): boolean {
  return allMatches(ADDRESS_RE, body, 0, Math.min(body.length, ADDRESS_CHARS)).some((m) => !AUXILIARY_BEFORE.test(body.slice(Math.max(0, m.index - 20), m.index)));
}

// A news story opens on what happened to whom in the third person; its "our" comes in quotes later.
function opensInFirstPerson(text: string, folded: string): boolean {
  const opening = splitSentences(text, undefined, folded).filter((s) => /[a-z]/.test(folded.slice(s.start, s.end))).slice(0, OPENING_SENTENCES);
  return opening.some((s) => {
    const sentence = folded.slice(s.start, s.end);
    const m = OWN_RE.exec(sentence);
    return m !== null && !/["\u201c\u201d]/.test(sentence.slice(0, m.index));
  });
}
