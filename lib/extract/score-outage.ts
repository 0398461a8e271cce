// How much a document is about an online service failing: failure cue words in sentences that name
// a service (or a generic online noun), weighted up in the title and lead, weighted down by
// off-topic subjects (earnings, lawsuits, launches, politics, a power cut of the physical world).
import { COMPANIES } from "./data/services";
import {
  FIRST_PERSON_RE, INFRASTRUCTURE_CUES, OFF_TOPIC_CUES, OFFICIAL_INCIDENT_CUES, ONLINE_NOUNS, PHYSICAL_EVENT_CUES, SERVICE_EVENT_CUES,
} from "./data/outage-cues";
import {
  DATA_CENTRE_CUES, DISASTER_CUES, FUTURE_CUES, GUARDED_BEFORE, NEGATED_BEFORE, PLANNED_WORK_CUES, POSSIBLE_BEFORE,
} from "./data/failure-context-cues";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import type { ServiceHit } from "./find-services";
import type { CueHit } from "./outage-cue-hits";
import { sentenceAt, type TextView } from "./text-view";

export interface OutageScore {
  score: number;
  isOutage: boolean;
  reason: string | null;
}

const SUBJECT_RE = compileCues([...ONLINE_NOUNS, ...COMPANIES]);
const OFF_TOPIC_RE = Object.entries(OFF_TOPIC_CUES).map(([topic, cues]) => ({ topic, re: compileCues(cues) }));
export const OUTAGE_THRESHOLD = 0.4;
const LEAD_SENTENCES = 3;
const OFFICIAL_RE = compileCues(OFFICIAL_INCIDENT_CUES);
const ANY_EVENT_RE = compileCues([...PHYSICAL_EVENT_CUES, ...SERVICE_EVENT_CUES]);
const SERVICE_EVENT_RE = compileCues(SERVICE_EVENT_CUES);
const INFRASTRUCTURE_RE = compileCues(INFRASTRUCTURE_CUES);
const PLANNED_WORK_RE = compileCues(PLANNED_WORK_CUES);
const FUTURE_RE = compileCues(FUTURE_CUES);
const DISASTER_RE = compileCues(DISASTER_CUES);
const DATA_CENTRE_RE = compileCues(DATA_CENTRE_CUES);
// A lead about the cause event counts as a lead sentence's failure word, not a title's.
const CAUSE_EVENT_LEAD = 0.8;
// An operator's statement with this many first-person incident sentences reports an outage of its own.
const OFFICIAL_MIN_SENTENCES = 2;

/** Scores the document 0..1 and says why it is not about an outage when it is not. */
export function scoreOutage(view: TextView, hits: ServiceHit[], cues: CueHit[], isStatus: boolean, isOfficial = false): OutageScore {
  if (isStatus) return { score: 1, isOutage: true, reason: null };
  const press = scorePress(view, hits, cues);
  if (press.isOutage || !isOfficial || !reportsOwnIncident(view, cues)) return press;
  return { score: Math.max(press.score, OUTAGE_THRESHOLD), isOutage: true, reason: null };
}

// An official statement (status blog, postmortem) tells of its own services in the first person
// ("we are sorry for the disruption", "our services recovered"), often without naming them.
function reportsOwnIncident(view: TextView, cues: CueHit[]): boolean {
  if (!cues.some((c) => c.strong)) return false;
  // the operator's own title ("Update about the October 4 outage") speaks for it too
  const sentences = view.sentences.filter((s) =>
    (s.start < view.titleEnd || FIRST_PERSON_RE.test(view.folded.slice(s.start, s.end))) && hasMatch(OFFICIAL_RE, view.folded, s.start, s.end));
  return sentences.length >= OFFICIAL_MIN_SENTENCES;
}

function scorePress(view: TextView, hits: ServiceHit[], allCues: CueHit[]): OutageScore {
  const cues = withoutPlannedWork(view, allCues);
  const firstBody = view.sentences.findIndex((s) => s.start >= view.titleEnd && /[a-z0-9]/.test(view.folded.slice(s.start, s.end)));
  let outageSentences = 0;
  let disasters = 0;
  let leadOutage = 0;
  view.sentences.forEach((s, i) => {
    const disaster = isDataCentreDisaster(view, s);
    if (disaster) disasters++;
    const w = cues.filter((c) => c.strong && c.index >= s.start && c.index < s.end).reduce((a, c) => Math.max(a, c.weight), disaster ? 1 : 0);
    if (w === 0) return;
    const named = disaster || hits.some((h) => h.index >= s.start && h.index < s.end) || hasMatch(SUBJECT_RE, view.folded, s.start, s.end);
    if (!named) return;
    outageSentences += w;
    // the lead is the title and the body's first sentences (a feed without titles repeats the first paragraph as one)
    const lead = s.start < view.titleEnd || (firstBody >= 0 && i - firstBody < LEAD_SENTENCES);
    if (lead) leadOutage = Math.max(leadOutage, s.start < view.titleEnd ? w : w * 0.8);
  });
  if (leadOutage < CAUSE_EVENT_LEAD && leadsWithCauseEvent(view, hits, cues)) leadOutage = CAUSE_EVENT_LEAD;
  const strongTotal = cues.filter((c) => c.strong).reduce((a, c) => a + c.weight, 0) + disasters;
  const words = Math.max(80, view.folded.length / 6);
  const density = (strongTotal / words) * 100;
  const offTopic = strongestOffTopic(view.folded, strongTotal);
  const penalty = offTopic.penalty * (leadOutage >= 0.8 ? 0.25 : 1);
  const raw = 0.35 * leadOutage + Math.min(0.5, 0.1 * outageSentences) + Math.min(0.2, density * 0.08) - penalty;
  const score = Math.round(Math.max(0, Math.min(1, raw)) * 1000) / 1000;
  const isOutage = score >= OUTAGE_THRESHOLD;
  const planned = cues.length < allCues.length && !cues.some((c) => c.strong);
  return { score, isOutage, reason: isOutage ? null : planned ? "planned-maintenance" : notOutageReason(hits.length, outageSentences, offTopic.topic) };
}

// A notice of maintenance to come ("will be unavailable on Sunday for scheduled maintenance",
// "une opération de maintenance rendra le site inaccessible") announces an interruption: its failure
// words, those after a future verb in a sentence naming the work, are not an outage's; nor are the
// title's ("App to be unavailable on Sunday night") once the body names the work.
function withoutPlannedWork(view: TextView, cues: CueHit[]): CueHit[] {
  const announced = (c: CueHit) => {
    const s = sentenceAt(view, c.index);
    return hasMatch(FUTURE_RE, view.folded, s.start, c.index) && hasMatch(PLANNED_WORK_RE, view.folded, s.start, s.end);
  };
  const notices = cues.filter(announced);
  if (notices.length === 0) return cues;
  const inTitle = (c: CueHit) => c.index < view.titleEnd && hasMatch(FUTURE_RE, view.folded, sentenceAt(view, c.index).start, c.index);
  return cues.filter((c) => !notices.includes(c) && !inTitle(c));
}

// A fire, flood or power loss in a data centre or at a hosting provider takes down what it hosts
// (not one it is built against or that might happen: "protégé contre les incendies", "risk of floods").
function isDataCentreDisaster(view: TextView, s: { start: number; end: number }): boolean {
  if (!hasMatch(DATA_CENTRE_RE, view.folded, s.start, s.end)) return false;
  return allMatches(DISASTER_RE, view.folded, s.start, s.end).some((m) => {
    const before = view.folded.slice(Math.max(s.start, m.index - 40), m.index);
    return !GUARDED_BEFORE.test(before) && !NEGATED_BEFORE.test(before) && !POSSIBLE_BEFORE.test(before);
  });
}

// Coverage often leads with the cause event (a fire in a data centre, a cut cable, an attack on a
// provider) and says only further on that a named service was down meanwhile: the lead is the
// outage's when a title or lead sentence ties the event to infrastructure (or an attack or a faulty
// update to a named service) and a sentence with a full-weight failure word names a service.
function leadsWithCauseEvent(view: TextView, hits: ServiceHit[], cues: CueHit[]): boolean {
  const inside = (at: number, s: { start: number; end: number }) => at >= s.start && at < s.end;
  const serviceDown = view.sentences.some((s) =>
    cues.some((c) => c.strong && c.weight === 1 && inside(c.index, s)) && hits.some((h) => inside(h.index, s)));
  if (!serviceDown) return false;
  return view.sentences.some((s, i) => {
    if (i >= LEAD_SENTENCES && s.start >= view.titleEnd) return false;
    if (hasMatch(INFRASTRUCTURE_RE, view.folded, s.start, s.end)) return hasMatch(ANY_EVENT_RE, view.folded, s.start, s.end);
    return hits.some((h) => inside(h.index, s)) && hasMatch(SERVICE_EVENT_RE, view.folded, s.start, s.end);
  });
}

function strongestOffTopic(folded: string, strongTotal: number): { topic: string | null; penalty: number } {
  let best: { topic: string | null; count: number } = { topic: null, count: 0 };
  for (const { topic, re } of OFF_TOPIC_RE) {
    const count = allMatches(re, folded).length;
    if (count > best.count) best = { topic, count };
  }
  // an off-topic subject outweighs failure words only when it is named more often than they are
  const excess = best.count - strongTotal * 0.6;
  return { topic: best.topic, penalty: excess > 0 ? Math.min(0.6, excess * 0.07) : 0 };
}

function notOutageReason(services: number, outageSentences: number, topic: string | null): string {
  if (services === 0 && outageSentences === 0) return "no-online-service";
  if (outageSentences === 0) return "no-failure-cue";
  return topic ? `off-topic:${topic}` : "weak-outage-cues";
}
