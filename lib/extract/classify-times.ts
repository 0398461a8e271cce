// The role of each time expression in the outage story, from the cue words of its own sentence, and
// how much to trust it (an explicit zone and minute precision count most).
import type { TimeExpression, TimeFact, TimeRole } from "../domain/types";
import { ACCOUNT_PUBLISHED_BEFORE, AGAIN_CUES, ALL_EXTENT, ARTICLE_STAMP_BEFORE, EXTENT_CUES, EXTENT_PERCENT, FIRST_CUES, FULL_BEFORE, FULL_RECOVERY_AFTER, MITIGATED_WORD, NEGATED_RECOVERY_BEFORE, WINDOW_CLOSING_AFTER, WINDOW_OPENING_BEFORE, NEXT_UPDATE_CUES, OUTAGE_NAMED_AFTER, OUTAGE_NAMED_BEFORE, PARTIAL_CUES, RECOVERY_ONSET_CUES, SAID_THAT_AFTER, SINCE_CUES, STATUS_HEAD_ROLES, STILL_ONGOING_CUES, WITHOUT_SERVICE_CUES } from "./data/time-role-cues";
import { CLAUSE_BREAK, clauseAround, spanUnion } from "./clause-around";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import { isStampLine } from "./is-stamp-line";
import type { CueHit } from "./outage-cue-hits";
import { nearestRole } from "./nearest-role";
import { isRecalledTime } from "./recalled-time";
import { roleMatches } from "./role-matches";
import { sentenceAt, spanOf, type TextView } from "./text-view";
import { STATEMENT_DAY_BEFORE } from "./time/data/story-day-phrases";

const PARTIAL_RE = compileCues(PARTIAL_CUES);
const EXTENT_RE = compileCues(EXTENT_CUES);
const FIRST_RE = compileCues(FIRST_CUES);
const ONSET_RE = compileCues(RECOVERY_ONSET_CUES);
const ONGOING_RE = compileCues(STILL_ONGOING_CUES);
const NEXT_UPDATE_RE = compileCues(NEXT_UPDATE_CUES);
const SINCE_RE = compileCues(SINCE_CUES, "y");
const WITHOUT_RE = compileCues(WITHOUT_SERVICE_CUES);
const AGAIN_RE = compileCues(AGAIN_CUES);
// a time counted back from now: "il y a 22 min", "2 hours ago"
function countedBack(folded: string, at: number, atEnd: number): boolean {
  return /il y a\s*$/.test(folded.slice(Math.max(0, at - 10), at)) || /^\s*ago\b/.test(folded.slice(atEnd, atEnd + 6));
}
// a recovery word this close before "depuis"/"since", in the same clause, is what the time dates
const SINCE_REACH = 60;

/** Time facts (instants and ranges) with roles and confidences; durations are left to the caller. */
export function classifyTimes(view: TextView, times: TimeExpression[], cues: CueHit[], reference: Date | null = null): TimeFact[] {
  const out: TimeFact[] = [];
  for (const time of times) {
    // what the words place after publication ("back tomorrow", "maintenance next Sunday") is expected
    // or planned, not part of what happened: it dates no outage fact
    if (time.kind === "duration" || time.ahead) continue;
    const s = sentenceAt(view, time.index);
    // "L'an passé, une panne avait coupé la région de 9 h à 16 h": another year's outage, read on this
    // one's day; it dates nothing of this one (a range of any role would still be read as its window)
    if (isRecalledTime(view.folded, s, time, reference)) continue;
    const phraseEnd = time.index + time.phrase.length;
    const failing = cues.some((c) => c.index >= s.start && c.index < s.end);
    const clause = clauseAround(view.folded, s.start, s.end, time.index);
    let nearest = nearestRole(view.folded, s.start, s.end, time.index, phraseEnd, clause);
    // "après deux jours d'inaccessibilité (jeudi et vendredi derniers), Skype a retrouvé…": a time in
    // brackets qualifies what comes before them, never a cue after the closing bracket
    const closing = bracketClosing(view.folded, s.start, s.end, time.index, phraseEnd);
    if (closing >= 0 && nearest.at >= closing) nearest = nearestRole(view.folded, s.start, closing, time.index, phraseEnd);
    const previous = updateBefore(view, view.sentences.indexOf(s));
    // a status page's stamp line takes its role from the update above it
    // ("Il y a 22 min", "22 minutes ago" on its own line is the page's age, not an update's stamp)
    // (a date line right under the title is the page's byline date, not an update's stamp)
    const stamped = previous && previous.start >= view.titleEnd && isStampLine(view.folded, s, time.index, phraseEnd) && !countedBack(view.folded, time.index, phraseEnd);
    const headed = stamped ? statusHeadRole(view.folded, previous.start) : null;
    if (headed) nearest = { role: headed, at: -1 };
    else if (nearest.role === "other" && stamped) nearest = nearestRole(view.folded, previous.start, previous.end, previous.end, previous.end);
    let role = nearest.role;
    if (role === "start" && startsRecovery(view.folded, s.start, s.end, nearest.at)) role = "partial-recovery";
    if ((role === "start" || role === "report") && datesRecovery(view.folded, s.start, nearest.at)) role = "recovery";
    const told = role === "acknowledged" ? recoveryToldAfter(view.folded, phraseEnd, s.end) : null;
    if (told) { role = told.role; nearest = told; }
    // "largely", "first": only in the clauses of the time and of its role cue
    const scope = nearest.at >= 0 ? spanUnion(clause, clauseAround(view.folded, s.start, s.end, nearest.at)) : clause;
    const full = nearest.at >= 0 && FULL_BEFORE.test(view.folded.slice(Math.max(s.start, nearest.at - 30), nearest.at));
    const forAll = ALL_EXTENT.test(view.folded.slice(clause.start, clause.end)) && !hasMatch(PARTIAL_RE, view.folded, clause.start, clause.end) && !extentIn(view.folded, clause.start, clause.end);
    if (role === "recovery" && !full && !forAll && (hasMatch(PARTIAL_RE, view.folded, scope.start, scope.end) || extentIn(view.folded, scope.start, scope.end))) role = "partial-recovery";
    if (isRecoveryRole(role) && namesOutage(view.folded, time, phraseEnd)) role = "other";
    // "n'était toujours pas rétabli à 18 h": a recovery denied is the outage still going on then
    if (isRecoveryRole(role) && nearest.at >= 0 && NEGATED_RECOVERY_BEFORE.test(view.folded.slice(Math.max(s.start, nearest.at - 40), nearest.at))) role = "other";
    if (time.kind === "instant" && WINDOW_OPENING_BEFORE.test(view.folded.slice(Math.max(s.start, time.index - 20), time.index)) && WINDOW_CLOSING_AFTER.test(view.folded.slice(phraseEnd, s.end))) role = "start";
    if (role === "end" && nearest.at >= 0 && MITIGATED_WORD.test(view.folded.slice(nearest.at, nearest.at + 8)) && FULL_RECOVERY_AFTER.test(view.folded.slice(phraseEnd, s.end))) role = "mitigation";
    // "the first reports at 11:45" is the start; "complaints were still climbing at 14:00" is a checkpoint
    if (role === "report" && hasMatch(FIRST_RE, view.folded, scope.start, scope.end) && !hasMatch(ONGOING_RE, view.folded, clause.start, clause.end)) role = "start";
    if (time.kind === "range" && role === "other" && failing) role = "start";
    // a clock time or a day in a sentence saying the service failed, with no other cue, is when it failed
    // ("Le 4 mars, le jeu est devenu inaccessible": the day it failed, known to the day), as is one in a
    // clause saying users were without it ("étaient sans réseau mardi vers 15 h")
    // (unless its clause says the outage was still going on then: a checkpoint, not the start)
    const failed = strongIn(cues, s.start, s.end) || hasMatch(WITHOUT_RE, view.folded, clause.start, clause.end);
    const guessed = role === "other" && time.kind === "instant" && failed &&
      !hasMatch(ONGOING_RE, view.folded, clause.start, clause.end);
    if (guessed) role = "start";
    // "we will keep you informed by 13:21 with a time for the resolution": the time of the next update
    if (promisesUpdateAt(view.folded, clause.start, clause.end, phraseEnd)) role = "other";
    if (ACCOUNT_PUBLISHED_BEFORE.test(view.folded.slice(Math.max(s.start, time.index - 50), time.index))) role = "other";
    // "Le 2 avril, ... de 14 h à 15 h 30, a expliqué le ministère ce mardi": the day a statement was made,
    // once its sentence has dated the events, is when it was said (alone, it dates them: same-day news)
    if (time.kind === "instant" && time.granularity === "day" && STATEMENT_DAY_BEFORE.test(view.folded.slice(Math.max(s.start, time.index - 50), time.index)) &&
      times.some((o) => o !== time && o.kind !== "duration" && o.index >= s.start && o.index < time.index)) role = "other";
    // "[Mise à jour le mercredi 10 mars à 12h07] Suite à un incendie…": the article's stamp
    if (time.index - s.start <= 80 && ARTICLE_STAMP_BEFORE.test(view.folded.slice(s.start, time.index))) role = "other";
    // "until 4 November, 11:25 AEST (04:25 UTC)", "à 18 h 37, soit 17 h 37 UTC": the same moment restated
    const restated = restatementOf(view.full, time, out);
    // after a range, the restated moment is the range's end
    if (restated) role = restated.time.kind === "range" && restated.role !== "partial-recovery" ? "end" : restated.role;
    const confidence = Math.round(Math.max(0.05, confidenceOf(time, role, failing) - (guessed ? 0.15 : 0)) * 100) / 100;
    const extent = role === "partial-recovery" ? extentIn(view.folded, scope.start, scope.end) : null;
    const relapse = role === "start" && saidAgain(view.folded, clause.start, clause.end, time.index, phraseEnd);
    out.push({ role, time, confidence, span: spanOf(view, s.start, s.end), ...(extent ? { extent } : {}), ...(relapse ? { relapse } : {}) });
  }
  return out;
}

// "de nouveau inaccessible depuis jeudi matin", "crashed again Thursday morning": a start the words say
// came "again", with no comma or conjunction between the two, is a relapse's; an earlier start is the
// outage's (reconcile-times). ("went down Tuesday, partly returned Wednesday and crashed again Thursday":
// only Thursday is the relapse.)
function saidAgain(folded: string, start: number, end: number, at: number, atEnd: number): boolean {
  return allMatches(AGAIN_RE, folded, start, end).some((m) => !CLAUSE_BREAK.test(m.index >= atEnd ? folded.slice(atEnd, m.index) : folded.slice(m.end, at)));
}

// Between a time and its restatement in another zone: an opening parenthesis, or "soit" / "i.e." / "or".
const RESTATEMENT_GAP = /^\s*(?:\(|\[|,?\s*(?:soit|i\.e\.|that is|or)\s)\s*$/i;

/** The fact of the time just before this one when this one restates it in another zone. */
function restatementOf(full: string, time: TimeExpression, previous: TimeFact[]): TimeFact | null {
  const last = previous[previous.length - 1];
  if (!last || last.time.kind === "duration" || time.kind !== "instant") return null;
  const lastEnd = last.time.index + last.time.phrase.length;
  if (lastEnd > time.index || time.index - lastEnd > 12) return null;
  return RESTATEMENT_GAP.test(full.slice(lastEnd, time.index)) ? last : null;
}

/** How much was back, as the clause says it: a share under 100% ("99%") first, else a word ("most"). */
export function extentIn(folded: string, start: number, end: number): string | null {
  const clause = folded.slice(start, end);
  const pct = EXTENT_PERCENT.exec(clause);
  if (pct) return `${pct[1].replace(",", ".")}%`;
  const word = allMatches(EXTENT_RE, folded, start, end).find((m) => !COUNT_AFTER.test(folded.slice(m.end, m.end + 12)));
  return word ? word.text.replace(/\s+/g, " ") : null;
}

// "some 32 hours after the fire", "some 200 engineers": "some" before a number means "about", it says
// nothing of how much came back.
const COUNT_AFTER = /^\s+(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|thousand|dozen)\b)/;

// A quotation opening between a time and a promise of news ("a confirmé ces pannes à 19h45 : « Nous
// vous tiendrons informés »") quotes what was said then: the promise does not date the time before it.
const QUOTE_OPENING = /[«“"]/;

/** Whether the clause promises a next update about this time ("we will keep you informed by 13:21"). */
function promisesUpdateAt(folded: string, start: number, end: number, phraseEnd: number): boolean {
  return allMatches(NEXT_UPDATE_RE, folded, start, end).some((m) => m.index < phraseEnd || !QUOTE_OPENING.test(folded.slice(phraseEnd, m.index)));
}

function strongIn(cues: CueHit[], start: number, end: number): boolean {
  return cues.some((c) => c.strong && c.index >= start && c.index < end);
}

// Whether the start cue at `cueAt` is the first word of a recovery phrase ("début de rétablissement").
function startsRecovery(folded: string, start: number, end: number, cueAt: number): boolean {
  return allMatches(ONSET_RE, folded, start, end).some((m) => cueAt >= m.index && cueAt < m.end);
}

const STATUS_HEAD = new RegExp(String.raw`^\s*(${Object.keys(STATUS_HEAD_ROLES).join("|")})\s*(?:[-\u2013\u2014:|]|$)`);

/** The state label heading the update whose sentence starts at `at`: on that sentence's line, or alone on the line above. */
function statusHeadRole(folded: string, at: number): TimeRole | null {
  const lineStart = folded.lastIndexOf("\n", at - 1) + 1;
  const lineEnd = folded.indexOf("\n", at);
  const own = STATUS_HEAD.exec(folded.slice(lineStart, lineEnd < 0 ? folded.length : lineEnd));
  if (own) return STATUS_HEAD_ROLES[own[1]];
  if (lineStart === 0 || folded.slice(lineStart, at).trim() !== "") return null;
  const above = folded.slice(folded.lastIndexOf("\n", lineStart - 2) + 1, lineStart - 1).trim();
  const alone = STATUS_HEAD.exec(above);
  return alone && alone[0].trim().length >= above.length - 1 ? STATUS_HEAD_ROLES[alone[1]] : null;
}

/** Where the brackets around [at, atEnd) close, when the time sits inside an opened bracket of its sentence; else -1. */
function bracketClosing(folded: string, start: number, end: number, at: number, atEnd: number): number {
  const open = folded.lastIndexOf("(", at);
  if (open < start || folded.lastIndexOf(")", at) > open) return -1;
  const close = folded.indexOf(")", atEnd);
  if (close < 0 || close >= end) return -1;
  // "Update (5:40 p.m. ET): the store is back": brackets in a heading date what the heading opens;
  // "à 4h55 GMT samedi (06h55 HB)": brackets holding the time alone restate the moment before them
  const heading = /^\s*:/.test(folded.slice(close + 1, close + 4));
  const alone = (folded.slice(open + 1, at) + folded.slice(atEnd, close)).replace(/[^a-z]/g, "").length <= 5;
  return heading || alone ? -1 : close;
}

// Statuspage's age line before a stamp ("Posted 3 hours ago. Jun 17, 2025 - 16:48 UTC", "Publié il y
// a 3 heures."): part of the stamp, not the update it dates.
const AGE_LINE = /^\W*(?:posted|published|publie|mis en ligne)?\s*(?:il y a\s+[^.\n]{1,24}|[^.\n]{1,24}\s+ago)\s*\.?\s*$/;

/** The sentence a stamp at sentence `i` dates: the one before it, past an age line. */
function updateBefore(view: TextView, i: number): TextView["sentences"][number] | undefined {
  const before = view.sentences[i - 1];
  const earlier = view.sentences[i - 2];
  return before && earlier && AGE_LINE.test(view.folded.slice(before.start, before.end)) ? earlier : before;
}

const isRecoveryRole = (role: TimeRole) => role === "end" || role === "recovery" || role === "partial-recovery";

/** The recovery a statement at this time tells ("confirmed at 7:30 p.m. that all services were back"), if any. */
function recoveryToldAfter(folded: string, phraseEnd: number, sentenceEnd: number): { role: TimeRole; at: number } | null {
  const said = SAID_THAT_AFTER.exec(folded.slice(phraseEnd, sentenceEnd));
  if (!said) return null;
  const m = roleMatches(folded, phraseEnd + said[0].length, sentenceEnd).sort((a, b) => a.index - b.index).find((r) => isRecoveryRole(r.role));
  return m ? { role: m.role, at: m.index } : null;
}

/** Whether a day is the outage's name ("Tuesday's outage", "la panne de mardi"): it dates the outage, not its end. */
function namesOutage(folded: string, time: TimeExpression, phraseEnd: number): boolean {
  if (time.kind !== "instant" || time.granularity !== "day") return false;
  return OUTAGE_NAMED_AFTER.test(folded.slice(phraseEnd, phraseEnd + 40)) || OUTAGE_NAMED_BEFORE.test(folded.slice(Math.max(0, time.index - 30), time.index));
}

// Whether the start cue at `cueAt` is "depuis"/"since" after a recovery word ("de nouveau accessible depuis 19 h").
function datesRecovery(folded: string, sentenceStart: number, cueAt: number): boolean {
  SINCE_RE.lastIndex = cueAt;
  if (!SINCE_RE.test(folded)) return false;
  const from = Math.max(sentenceStart, cueAt - SINCE_REACH);
  return roleMatches(folded, from, cueAt).some((r) => r.role === "recovery" && !CLAUSE_BREAK.test(folded.slice(r.end, cueAt)));
}

function confidenceOf(time: TimeExpression, role: TimeRole, failing: boolean): number {
  let c = 0.4;
  if (time.kind === "instant") {
    if (time.zoneExplicit) c += 0.2;
    c += time.granularity === "minute" ? 0.2 : time.granularity === "hour" ? 0.1 : time.granularity === "day" ? -0.15 : 0;
  } else c += 0.1;
  if (role !== "other") c += 0.1;
  if (failing) c += 0.05;
  return Math.round(Math.max(0.05, Math.min(0.95, c)) * 100) / 100;
}
