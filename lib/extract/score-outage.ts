// Whether a document is mainly about an online service failing for its users: a logistic model
// (lib/extract/model, fitted by `npm run train`) over the stemmed words of the title and lead and of
// the body, and over the rule layer's signals: failure cue words in sentences that name a service
// (or a generic online noun), weighted up in the title and lead; a planned-maintenance notice; an
// operator telling of its own incident. Off-topic subjects (earnings, lawsuits, a power-grid
// blackout) are the model's to weigh, from the labelled look-alikes it was trained on.
import type { Lang } from "../domain/types";
import { COMPANIES } from "./data/services";
import OUTAGE_MODEL_DATA from "./data/outage-model.json";
import {
  EVENT_PLURAL_AFTER, EVENT_PLURAL_BEFORE, FAILURE_PLURALS, PLURAL_AS_NOUN_BEFORE, PLURAL_AS_VERB_AFTER, PLURAL_VERBS, USER_ACTION_BEFORE, FIRST_PERSON_RE, INFRASTRUCTURE_CUES, OFFICIAL_INCIDENT_CUES, ONLINE_NOUNS, PHYSICAL_EVENT_CUES, SERVICE_EVENT_CUES,
} from "./data/outage-cues";
import {
  DATA_CENTRE_CUES, DISASTER_CUES, FUTURE_CUES, GUARDED_BEFORE, NEGATED_BEFORE, NOT_A_FAILURE_RE, PLANNED_WORK_CUES, POSSIBLE_BEFORE, STILL_WORKING_RE,
} from "./data/failure-context-cues";
import { allMatches, compileCues, hasMatch } from "./compile-cues";
import type { ServiceHit } from "./find-services";
import { deniedFailureCount, physicalFailureCount, type CueHit } from "./outage-cue-hits";
import { sentenceAt, type TextView } from "./text-view";
import { AHEAD_AFTER, MAY_AHEAD_AFTER, TRAVEL_SYSTEM_CUES } from "./data/outage-cues";
import { advisesInTitle, announcedStops, givesReaderOrders, lookAlikeSignals, titleAnnouncesPriceChange, titleRecallsOldFailure, titleTellsShareMove, titleTellsStrike } from "./look-alike-signals";
import { probability, type Features, type OutageModel } from "./model/linear-model";
import { addWordFeatures } from "./model/word-features";
import { statedFailureLength } from "./stated-failure-length";
import { namesADay } from "./names-a-day";
import { leadNamesOneOutage } from "./lead-names-one-outage";
import { titleNamesMachine } from "./title-names-machine";

export interface OutageScore {
  score: number;
  isOutage: boolean;
  reason: string | null;
}

/** The model fitted on ../shared/corpus (train + dev) by `npm run train`. */
export const OUTAGE_MODEL = OUTAGE_MODEL_DATA as OutageModel;

/** Which learned model decides, and the document's language for its word stems. */
export interface Learned {
  lang?: Lang;
  model?: OutageModel;
  publishedAt?: Date | null; // for telling an outage recalled years later from one reported
}

// A carrier's booking or check-in system is the online service of a travel story ("une panne du système
// d'enregistrement a perturbé les départs"), though the carrier's name alone is not one (withoutCarriers).
const SUBJECT_RE = compileCues([...ONLINE_NOUNS, ...COMPANIES, ...TRAVEL_SYSTEM_CUES]);
// The rule layer's own score (a signal of the model) rises from 0 to 1 and says "outage" from here on.
const RULE_THRESHOLD = 0.4;
const LEAD_SENTENCES = 3;
const OFFICIAL_RE = compileCues(OFFICIAL_INCIDENT_CUES);
const ANY_EVENT_RE = compileCues([...PHYSICAL_EVENT_CUES, ...SERVICE_EVENT_CUES]);
const SERVICE_EVENT_RE = compileCues(SERVICE_EVENT_CUES);
const INFRASTRUCTURE_RE = compileCues(INFRASTRUCTURE_CUES);
const PLANNED_WORK_RE = compileCues(PLANNED_WORK_CUES);
const FUTURE_RE = compileCues(FUTURE_CUES);
const DISASTER_RE = compileCues(DISASTER_CUES);
const DATA_CENTRE_RE = compileCues(DATA_CENTRE_CUES);
const PLURAL_RE = compileCues(FAILURE_PLURALS);
// A lead about the cause event counts as a lead sentence's failure word, not a title's.
const CAUSE_EVENT_LEAD = 0.8;
// Below this model score an undated full article is no report: the own corpora's undated full
// look-alikes scored 0.50-0.61 by their words; a report the words leave no doubt about stays one.
const UNDATED_MIN_SCORE = 0.75;
// The length from which a report would name its day (eval:cv's split of short items and full articles).
const FULL_ARTICLE_WORDS = 80;
// An operator's statement with this many first-person incident sentences reports an outage of its own.
const OFFICIAL_MIN_SENTENCES = 2;

/** Scores the document 0..1 (the model's probability) and says why it is not about an outage when it is not. */
export function scoreOutage(view: TextView, allHits: ServiceHit[], cues: CueHit[], isStatus: boolean, isOfficial = false, learned: Learned = {}): OutageScore {
  if (isStatus) return { score: 1, isOutage: true, reason: null };
  const hits = withoutCarriers(allHits);
  const model = learned.model ?? OUTAGE_MODEL;
  const press = scorePress(view, hits, cues);
  const own = isOfficial && reportsOwnIncident(view, cues);
  const p = probability(model.detect, featuresOf(view, hits, cues, press, own, learned.lang ?? "en", learned.publishedAt ?? null));
  const score = Math.round(p * 1000) / 1000;
  // a story whose lead denies a failure ("absorbs the attack with no outage", "sans aucune
  // interruption"), or that says anywhere the service kept working ("la plateforme, qui continue à
  // fonctionner normalement"), and that affirms no failure anywhere tells of one that did not
  // happen: a rule, as negation is (the words of both are the same stems; too few such articles to learn it)
  const leadEnd = leadEndOf(view);
  if (!own && !cues.some((c) => c.strong) && !titleTellsFailure(view, cues) && (deniedFailureCount(view.folded, 0, leadEnd) > 0 || STILL_WORKING_RE.test(view.folded)))
    return { score, isOutage: false, reason: "denied-failure" };
  // a text that says what happened was no failure ("il ne s'agit donc pas d'une panne", "this was not
  // an outage") under a title and lead that tell none is about something else, whatever words it quotes
  if (!own && !titleTellsFailure(view, cues) && !cues.some((c) => c.strong && c.index < leadEnd) && NOT_A_FAILURE_RE.test(view.folded)) return { score, isOutage: false, reason: "denied-failure" };
  // a title that offers advice over a body that gives the reader several orders ("Vérifiez les
  // câbles.", "Make sure you can switch providers."), with no service named in the lead, is a guide:
  // a rule, as too few guides are in the corpora to learn from (the orders fitted as a feature got no
  // weight); the title alone is the model's to weigh, as a live report may title "que faire ?"
  if (!own && !hits.some((h) => h.index < leadEnd) && advisesInTitle(view) && givesReaderOrders(view)) return { score, isOutage: false, reason: "advice" };
  // a title whose every failure word is dated years back recalls an old failure as the backdrop of
  // other news (a lawsuit, earnings, a retrospective): a rule, as the retrospective signal alone is
  // outweighed by the failure words such a piece repeats about the old outage
  if (!own && titleRecallsOldFailure(view, cues, learned.publishedAt ?? null)) return { score, isOutage: false, reason: "retrospective" };
  // so is a title naming several failures over a lead that looks back ("Five outages that changed how
  // the internet is built", "Les pannes qui ont marqué l'histoire"): a list of old outages, not the
  // report of one. A rule, as a name read in such a title can outweigh both learned signals: the six
  // articles of train and own sets 2-14 with both were all look-alikes (sets 3, 11, 13, 14)
  if (!own && namesFailures(view.folded, view.titleEnd) && lookAlikeSignals(view, hits, cues, leadEnd, learned.publishedAt ?? null).includes("retrospective"))
    return { score, isOutage: false, reason: "retrospective" };
  // a title about a machine breaking down (a lift, a locomotive, a factory robot) and naming no
  // catalogued service tells of the physical world: a rule, as the six such titles of own sets 13 and
  // 14 (all look-alikes, none in train) are too few to learn from (title-names-machine.ts)
  if (!own && titleNamesMachine(view, hits)) return { score, isOutage: false, reason: "machine" };
  // a title that opens on a price change tells what a service costs, the outages it recalls are the
  // customers' grievance: a rule, as no such piece is in the training corpus to learn from (the own
  // corpora's five price pieces are all look-alikes)
  if (!own && titleAnnouncesPriceChange(view, cues)) return { score, isOutage: false, reason: "price-change" };
  // a title that names a strike tells of people stopping work (trains, mail, flights disrupted), not of
  // an online service failing: a rule, as the training corpus's strike pieces are all rail strikes the
  // transport signal already weighs, and the own corpora's strikes of mail, airline or airport staff
  // (all look-alikes) are too few to learn from
  if (!own && titleTellsStrike(view)) return { score, isOutage: false, reason: "strike" };
  // a title whose subject is a share price moving is a market story, its outage one reason given: a
  // rule, as the words of such stories are an outage report's plus a market's (thirteen titles in train
  // and own sets 2-12, all look-alikes; look-alike-signals.ts)
  if (!own && titleTellsShareMove(view, cues)) return { score, isOutage: false, reason: "market" };
  // a lead that announces a stop ahead ("X to shut down M-Pesa on Saturday", "le service sera
  // indisponible dimanche") and tells of no failure is a notice, not a report: a rule, as the
  // planned-maintenance notice is (three such articles in the corpora, too few to learn from). The
  // failure words of the announcement itself ("will be down", "seront hors ligne") tell of none.
  const stops = own ? [] : announcedStops(view, leadEnd);
  // nor do a failure word with a time ahead in its clause ("servers down for five hours tomorrow") or
  // a future of what may happen ("des interruptions pourront être observées"), nor a past failure
  // the body's lead recalls as the notice's backdrop ("after the January outage")
  const announcedOnly = (c: CueHit) => !c.strong || c.index >= leadEnd || stops.some(([from, to]) => c.index >= from && c.index < to) ||
    AHEAD_AFTER.test(view.folded.slice(c.end, c.end + 60)) || MAY_AHEAD_AFTER.test(view.folded.slice(c.end, c.end + 80)) || (c.weight < 1 && c.index >= view.titleEnd);
  if (stops.length > 0 && (press.lead === 0 || cues.every(announcedOnly)))
    return { score, isOutage: false, reason: press.reason === "planned-maintenance" ? press.reason : "announced-stop" };
  // a full article that names no day, hour or "now" tells of no outage in particular: a report says
  // when its outage happened, a piece about outages in general (an insurance product, an opinion, a
  // forecast) uses the same words and seldom names a day (names-a-day.ts). A rule, as a learned
  // "undated" signal was outweighed by the many short undated items of the corpus: such an article
  // must be clearly an outage report by its words to count as one
  if (!own && p < UNDATED_MIN_SCORE && wordCount(view.folded) >= FULL_ARTICLE_WORDS && !namesADay(view.folded))
    return { score, isOutage: false, reason: "undated" };
  // an operator's own account of its incident is an outage report whatever its wording
  if (p >= model.detect.threshold || own) return { score, isOutage: true, reason: null };
  // so is a story whose headline measures its outage or whose lead names it by its weekday
  // (lead-names-one-outage.ts), unless its lead tells of a subject that is no online service (a metro
  // line, the grid, a power cut): a rule, as the follow-ups it covers (refunds, a postmortem, the cost
  // to customers) share few words with the reports the model learned from
  if (leadNamesOneOutage(view, cues, learned.publishedAt ?? null) && !aboutAnotherSubject(view, hits, cues, leadEnd, learned.publishedAt ?? null))
    return { score, isOutage: true, reason: null };
  return { score, isOutage: false, reason: press.reason ?? "weak-outage-cues" };
}

/** The detection model's features of a document (what `npm run train` fits the model on). */
export function outageFeatures(view: TextView, allHits: ServiceHit[], cues: CueHit[], isOfficial: boolean, lang: Lang, publishedAt: Date | null = null): Features {
  const hits = withoutCarriers(allHits);
  return featuresOf(view, hits, cues, scorePress(view, hits, cues), isOfficial && reportsOwnIncident(view, cues), lang, publishedAt);
}

// The look-alike signals that say the lead's failure is not an online service's: a stopped train or
// metro line, the grid, a power cut with no service named, a data breach with no failure.
const OTHER_SUBJECT_SIGNALS = new Set(["transport-no-service", "grid-no-service", "breach-no-failure", "withdrawn"]);

function aboutAnotherSubject(view: TextView, hits: ServiceHit[], cues: CueHit[], leadEnd: number, publishedAt: Date | null): boolean {
  if (physicalFailureCount(view.folded, 0, leadEnd) > 0 && !hits.some((h) => h.index < leadEnd)) return true;
  return lookAlikeSignals(view, hits, cues, leadEnd, publishedAt).some((s) => OTHER_SUBJECT_SIGNALS.has(s));
}

function wordCount(folded: string): number {
  return folded.split(/\s+/).filter(Boolean).length;
}

// An airline's name is its flights as often as its systems ("Air France annule des vols à Roissy"):
// whether a story is about an outage of its systems is read from the words, as with no service named
// ("check-in systems down" against "flights cancelled", look-alike-signals.ts).
function withoutCarriers(hits: ServiceHit[]): ServiceHit[] {
  return hits.filter((h) => h.entry.kind !== "carrier");
}

function featuresOf(view: TextView, hits: ServiceHit[], cues: CueHit[], press: PressScore, own: boolean, lang: Lang, publishedAt: Date | null): Features {
  const f: Features = new Map();
  f.set("r:score", press.score);
  f.set("r:lead", press.lead);
  f.set("r:sentences", press.sentences);
  f.set("r:density", press.density);
  if (press.reason === "planned-maintenance") f.set("r:planned", 1);
  if (hits.length > 0) f.set("r:service", 1);
  // the title and the body's first sentences say what the article is mainly about
  const leadEnd = leadEndOf(view);
  // a service named where the article says what it is about, not only somewhere in it (leave-incident-out
  // CV with the ranked-list and announced-stop signals: FP 16 -> 15, FN 15 -> 14)
  if (hits.some((h) => h.index < leadEnd)) f.set("r:service-lead", 1);
  if (own) f.set("r:own", 1);
  // several failures named in the title or lead: a list, a retrospective or a guide
  if (namesFailures(view.folded, view.titleEnd)) f.set("r:plural-title", 1);
  if (namesFailures(view.folded, leadEnd)) f.set("r:plural-lead", 1);
  // a lead about a power cut is the grid's story unless it names an online service (a data centre
  // losing power); words alone weigh "power" the same in both, so the model gets the pair
  if (physicalFailureCount(view.folded, 0, leadEnd) > 0) {
    f.set("r:power-lead", 1);
    if (!hits.some((h) => h.index < leadEnd)) f.set("r:power-lead-no-service", 1);
  }
  for (const signal of lookAlikeSignals(view, hits, cues, leadEnd, publishedAt)) f.set(`r:${signal}`, 1);
  // a report measures its outage; talk about outages in general seldom does (stated-failure-length.ts)
  if (statedFailureLength(view, cues, publishedAt)) f.set("r:failure-length", 1);
  addWordFeatures(f, "l:", view.folded, lang, 0, leadEnd);
  addWordFeatures(f, "b:", view.folded, lang, leadEnd, view.folded.length);
  // the whole text's words too: one weight per word wherever it stands, for the many articles
  // whose lead is short or has no title (leave-incident-out CV best F 0.935 -> 0.944)
  addWordFeatures(f, "w:", view.folded, lang, 0, view.folded.length);
  return f;
}

// A title that tells of a failure, even in weak words ("SMS delivery delays and failures", "servers
// knocked out by an attack"), names the outage the article reports: a denial further on ("existing
// bookings are not affected", "players in Asia are not affected") names another part, and cancels only
// its own. A bare "incident" tells of no failure ("security incident", "l'incident est clos").
function titleTellsFailure(view: TextView, cues: CueHit[]): boolean {
  return cues.some((c) => c.index < view.titleEnd && !/^incidents?$/.test(view.folded.slice(c.index, c.end)));
}

// Failure nouns in the plural in folded text[0, to) other than those a subject undergoes or causes now,
// and other than a verb of one subject spelt like one ("portal crashes as bookings open").
function namesFailures(folded: string, to: number): boolean {
  return allMatches(PLURAL_RE, folded, 0, to).some((m) => {
    const before = folded.slice(Math.max(0, m.index - 50), m.index);
    const after = folded.slice(m.end, m.end + 40);
    if (PLURAL_VERBS.test(m.text) && PLURAL_AS_VERB_AFTER.test(after) && /[a-z0-9] $/.test(before) && !PLURAL_AS_NOUN_BEFORE.test(before)) return false;
    return !EVENT_PLURAL_BEFORE.test(before) && !USER_ACTION_BEFORE.test(before) && !EVENT_PLURAL_AFTER.test(after);
  });
}

// Where the title and the body's first sentences (what the article is mainly about) end.
function leadEndOf(view: TextView): number {
  const firstBody = firstBodySentence(view);
  if (firstBody < 0) return view.folded.length;
  return view.sentences[Math.min(view.sentences.length - 1, firstBody + LEAD_SENTENCES - 1)]?.end ?? view.folded.length;
}

// The index of the body's first sentence with words (-1 when there is none).
function firstBodySentence(view: TextView): number {
  return view.sentences.findIndex((s) => s.start >= view.titleEnd && /[a-z0-9]/.test(view.folded.slice(s.start, s.end)));
}

// An official statement (status blog, postmortem) tells of its own services in the first person
// ("we are sorry for the disruption", "our services recovered"), often without naming them.
function reportsOwnIncident(view: TextView, cues: CueHit[]): boolean {
  // a stop it announces ahead ("some of our services will be unavailable this weekend") is its notice of
  // planned work, no incident: an operator's notices read as its own words too (lib/extract/operator-voice.ts)
  const stops = announcedStops(view, leadEndOf(view));
  if (!cues.some((c) => c.strong && !stops.some(([from, to]) => c.index >= from && c.index < to))) return false;
  // the operator's own title ("Update about the October 4 outage") speaks for it too
  const sentences = view.sentences.filter((s) =>
    (s.start < view.titleEnd || FIRST_PERSON_RE.test(view.folded.slice(s.start, s.end))) && hasMatch(OFFICIAL_RE, view.folded, s.start, s.end));
  return sentences.length >= OFFICIAL_MIN_SENTENCES;
}

interface PressScore {
  score: number;
  lead: number; // the strongest failure word of the title and lead
  sentences: number; // sentences naming a service and a failure, up to 5, as 0..1
  density: number; // failure words per hundred words, up to 2.5, as 0..1
  reason: string | null;
}

function scorePress(view: TextView, hits: ServiceHit[], allCues: CueHit[]): PressScore {
  const cues = withoutPlannedWork(view, allCues);
  const firstBody = firstBodySentence(view);
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
  const raw = 0.35 * leadOutage + Math.min(0.5, 0.1 * outageSentences) + Math.min(0.2, density * 0.08);
  const score = Math.round(Math.max(0, Math.min(1, raw)) * 1000) / 1000;
  const planned = cues.length < allCues.length && !cues.some((c) => c.strong);
  const reason = planned ? "planned-maintenance" : score >= RULE_THRESHOLD ? null : notOutageReason(hits.length, outageSentences);
  return { score, lead: leadOutage, sentences: Math.min(1, outageSentences / 5), density: Math.min(1, density / 2.5), reason };
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
  // the title's too when it names the work ("Planned maintenance: X offline this weekend")
  const inTitle = (c: CueHit) => {
    if (c.index >= view.titleEnd) return false;
    const s = sentenceAt(view, c.index);
    return hasMatch(FUTURE_RE, view.folded, s.start, c.index) || hasMatch(PLANNED_WORK_RE, view.folded, s.start, s.end);
  };
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

function notOutageReason(services: number, outageSentences: number): string {
  if (services === 0 && outageSentences === 0) return "no-online-service";
  if (outageSentences === 0) return "no-failure-cue";
  return "weak-outage-cues";
}
