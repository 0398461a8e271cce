// The stated cause of the outage, with how firmly it is stated. Which category is learned (a
// one-vs-rest logistic classifier over the sentences that talk about causes, fitted by `npm run
// train`); how firmly it is stated (the operator's own words, press reports, guesses), denied causes
// ("pas d'origine malveillante", "not a cyberattack") and "no explanation given" are rules.
import type { CauseCategory, CauseFact, CauseStatus, ServiceMention } from "../domain/types";
import { blamerStatus, failedServiceNames, operatorSubjects } from "./blamer-status";
import { ADVICE, APP_ROUTING, ASKED_BEFORE, ATTACK_TARGET_BETWEEN, CHANGE_TO_NETWORK, DEFECT_WORD, UPDATE_TO_NETWORK, PRECAUTION, FIRST_PERSON, FIX_PURPOSE_AFTER, FIX_PURPOSE_BEFORE, OWN_REPORT_TITLE, STATUS_UPDATE_HEAD, BLAME_VERBS, CAUSE_CUES, CAUSE_PATTERNS, CAUSE_TALK_CUES, COMPARED_BEFORE, COULD_NOT_COPE, CONFIRMED_CUES, CONSEQUENCE_OPENING, FAULT_AT_SUPPLIER, CONTRAST_AFTER_NEGATION, DENIAL_AFTER, DENIES_PREVIOUS, OTHER_OUTAGE_CUES, PLUPERFECT, YEAR, YEARS_BACK_OPENING, COMES_AFTER, EVENT_AFTER, EVENT_BEFORE, EVENT_WORDS, FIGURE_BEFORE, GENERIC_CUES, GENERIC_PRESENT, NO_EFFECT_AFTER, NOT_HEDGE_AFTER, NEGATION_BEFORE, PLACE_ONLY_HARDWARE_CUES, RELEASE_CUES, SPEAKER_AFTER, NEGATION_BEFORE_OR, NOT_CAUSE_TALK, NOT_CONFIRMED, REMEDIATION_PLAN, SLOW_RECOVERY, NETWORK_TROUBLE_CUES, SPEECH_AFTER_QUOTE, SPEECH_PAST_ADVERB, ACCORDING_TO_BEFORE, NAME_AFTER_SUPPLIER, NAME_BEFORE_SUPPLIER, SPECULATED_CUES, SYMPTOM_NEGATION_SCOPE, TAKES_OFFLINE, TALK_ONLY_PATTERNS, THIRD_PARTY_CUES, UNKNOWN_CUES } from "./data/cause-cues";
import { allMatches, compileCues, hasMatch, rangeMatcher } from "./compile-cues";
import { compileLemmaCues } from "./compile-lemma-cues";
import { inDescription } from "./in-description";
import type { CueHit } from "./outage-cue-hits";
import { spanOf, type TextView } from "./text-view";
import { contribution, probability, type Features, type LinearModel } from "./model/linear-model";
import { OUTAGE_MODEL, type Learned } from "./score-outage";

// Words that name a category only where a sentence talks about the cause, even in a self-evident category
// (and the patterns of TALK_ONLY_PATTERNS: an act told as such, "we released a new build").
const TALK_ONLY: Partial<Record<CauseCategory, string[]>> = {
  "network-bgp-dns": NETWORK_TROUBLE_CUES,
  "software-bug": RELEASE_CUES,
};
// Where a category is named in folded text[from, to).
type Finder = (folded: string, from: number, to: number) => { index: number; end: number; text: string }[];
const regexFinder = (re: RegExp): Finder => rangeMatcher(re);
// a word that names a mechanism by itself is no describing word inside another's phrase: "a faulty
// configuration update" is not the software's "faulty update"
const MECHANISM_WORDS = [...Object.values(CAUSE_CUES).flat(), ...THIRD_PARTY_CUES].filter((p) => !p.includes(" "));
// a cue list read letter for letter and as word families ("des mises à jour logicielles défectueuses")
const cueFinders = (cues: string[]): Finder[] => [regexFinder(compileCues(cues)), compileLemmaCues(cues, MECHANISM_WORDS)];
const CATEGORY_RES: { category: CauseCategory; res: Finder[]; talkOnly: Finder[] }[] = [
  ...Object.entries(CAUSE_CUES).map(([category, cues]) => ({
    category: category as CauseCategory,
    res: [...cueFinders(cues), ...(CAUSE_PATTERNS[category as CauseCategory] ?? []).map(regexFinder)],
    talkOnly: [...cueFinders(TALK_ONLY[category as CauseCategory] ?? []), ...(TALK_ONLY_PATTERNS[category as CauseCategory] ?? []).map(regexFinder)],
  })),
  { category: "third-party", res: [...cueFinders(THIRD_PARTY_CUES), ...(CAUSE_PATTERNS["third-party"] ?? []).map(regexFinder)], talkOnly: [] },
];
const UNKNOWN_RE = compileCues(UNKNOWN_CUES);
const PLACE_RE = compileCues(PLACE_ONLY_HARDWARE_CUES);
const CONFIRMED_RE = compileCues(CONFIRMED_CUES);
const SPECULATED_RE = compileCues(SPECULATED_CUES);
const CAUSE_TALK_RE = compileCues(CAUSE_TALK_CUES);
const GENERIC_RE = compileCues(GENERIC_CUES);
const OTHER_OUTAGE_RE = compileCues(OTHER_OUTAGE_CUES);
const BLAME_RE = compileCues(BLAME_VERBS, "");
// read sentence by sentence over one document: its matches found once (rangeMatcher)
const TALK_IN = [CAUSE_TALK_RE, TAKES_OFFLINE, COULD_NOT_COPE].map(rangeMatcher);
const NOT_CAUSE_TALK_IN = rangeMatcher(NOT_CAUSE_TALK);
const GENERIC_IN = rangeMatcher(GENERIC_RE);
const MAX_SUMMARY = 400;
// How far into a sentence its subject and a predicate of habit are looked for (GENERIC_PRESENT).
const GENERIC_REACH = 160;
// How far before a cause word a denial is looked for ("pas lié aux burritos gratuits ... ou à un piratage").
const DENIAL_REACH = 140;
// A sentence this short that talks about causes is a heading or label ("- Root cause", "Pourquoi ?").
const HEADING_WORDS = 4;
// Categories whose words name a failure's cause wherever they stand; the others (a data centre, a
// deployment, a supplier) are also background and count only where a sentence talks about causes.
const SELF_EVIDENT: CauseCategory[] = ["cyberattack", "network-bgp-dns"];

/** A sentence that talks about why the service failed, with its features for the cause classifier. */
export interface CauseSentence {
  start: number;
  end: number;
  features: Features;
  unknown: boolean; // says the cause was not given
  at: Partial<Record<CauseCategory, number>>; // where each category is first named
}

// The classifier reads what the cue lists name, sentence by sentence (not denied, not in a
// description of the setting): "a:" a category named at all, "k:" named where the sentence talks
// about a cause or a failure, "t:" named in the title. The words of those sentences were measured
// as features too and made cross-validated accuracy worse (0.60 against 0.74): with some fifty
// incidents they learn each story's vocabulary, while the cue lists carry what transfers.
/** The sentences of a document that talk about the cause of its failure, in text order. */
// `failed`: the failed services' names, when known (extraction; training reads without them), so that a
// supplier word naming the failed operator's own trade is no supplier.
export function causeSentences(view: TextView, cues: CueHit[], failed?: RegExp): CauseSentence[] {
  const out: CauseSentence[] = [];
  let heading = false;
  const sentences = view.sentences;
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i], next = sentences[i + 1];
    const otherSense = NOT_CAUSE_TALK_IN(view.folded, s.start, s.end);
    const talkAt = TALK_IN.flatMap((find) => find(view.folded, s.start, s.end))
      .filter((m) => !NO_EFFECT_AFTER.test(view.folded.slice(m.end, m.end + 10)) && !otherSense.some((o) => m.index >= o.index && m.index < o.end))
      .map((m) => m.index);
    // (in a plan against the next outage, failure words are what the plan guards against: REMEDIATION_PLAN)
    const failingAt = REMEDIATION_PLAN.test(view.folded.slice(s.start, s.end)) ? [] : cues.filter((c) => c.index >= s.start && c.index < s.end).map((c) => c.index);
    // a title about the failure that names a mechanism states it ("Outage: internal network congestion"),
    // and so does the line under a heading that talks about causes ("Root cause", "En cause :")
    const generic = GENERIC_IN(view.folded, s.start, s.end).length > 0 || GENERIC_PRESENT.test(view.folded.slice(s.start, Math.min(s.end, s.start + GENERIC_REACH))) || ADVICE.test(view.folded.slice(s.start, s.end));
    // a status page's update ("Identified - a DNS resolution failure") tells what is happening to the service
    const statusHead = STATUS_UPDATE_HEAD.test(view.folded.slice(s.start, s.end));
    // the next sentence tells what this one's act did ("A change was made to our routers. It withdrew the routes.")
    const actOfNext = next !== undefined && CONSEQUENCE_OPENING.test(view.folded.slice(next.start, Math.min(next.end, next.start + GENERIC_REACH)));
    const causeTalk = !generic && (talkAt.length > 0 || heading || statusHead || actOfNext);
    const talk = causeTalk || (!generic && s.start < view.titleEnd && failingAt.length > 0);
    heading = talkAt.length > 0 && view.folded.slice(s.start, s.end).trim().split(/\s+/).length <= HEADING_WORDS;
    const stops = [...talkAt, ...failingAt];
    // what the sentence names at all ("a:"), and what it names as a cause ("k:")
    const read = categoriesIn(view.folded, s.start, s.end, talk, stops, causeTalk, failed);
    // a next sentence that denies without naming ("Une source dément :", "The company denied it.") denies
    // what this one names: a rumour told and answered, not a cause
    const deniedNext = next !== undefined && DENIES_PREVIOUS.test(view.folded.slice(next.start, next.end));
    const { found: at, evident } = deniedNext ? { found: {}, evident: [] } : read;
    const named = Object.keys(at) as CauseCategory[];
    // without cause talk, only the categories that name a failure by themselves (an attack, DNS, BGP, a fault at a supplier)
    const categories = talk ? named : failingAt.length > 0 && !generic ? named.filter((c) => SELF_EVIDENT.includes(c) || evident.includes(c)) : [];
    const unknown = talk && hasMatch(UNKNOWN_RE, view.folded, s.start, s.end);
    // a sentence about how things usually go is background through and through
    if (generic || (categories.length === 0 && !talk && named.length === 0)) continue;
    const features: Features = new Map();
    for (const c of named) features.set(`a:${c}`, 1);
    for (const c of categories) features.set(`k:${c}`, 1);
    if (s.start < view.titleEnd) for (const c of named) features.set(`t:${c}`, 1);
    if (unknown) features.set("k:unknown", 1);
    out.push({ start: s.start, end: s.end, features, unknown, at });
  }
  return out;
}

/** The cause classifier's features of a whole document: those of its cause sentences together. */
export function causeFeatures(sentences: CauseSentence[]): Features {
  const all: Features = new Map();
  // how many sentences name a category, on a saturating scale: 1, 2, 3+ → 0.5, 0.75, 1
  for (const s of sentences) for (const [name, v] of s.features) all.set(name, (all.get(name) ?? 0) + v);
  for (const [name, v] of all) all.set(name, Math.min(1, 0.25 + 0.25 * v));
  return all;
}

/**
 * The cause the document states, if any: the category the learned classifier reads from its cause
 * sentences when it is confident enough, stated as firmly as the sentence that carries it most; or
 * "unknown" when the document says the cause was not given. `services` tell who the operator is.
 */
export function findCauses(view: TextView, cues: CueHit[], isOutage: boolean, services: ServiceMention[] = [], learned: Learned = {}): CauseFact[] {
  if (!isOutage) return [];
  const sentences = causeSentences(view, cues, failedServiceNames(services));
  if (sentences.length === 0) return [];
  const model = (learned.model ?? OUTAGE_MODEL).cause;
  const features = causeFeatures(sentences);
  let best: { category: CauseCategory; p: number } | null = null;
  // a document that names no mechanism states no category, however likely one is a priori (CV
  // counted 4 more incidents right by such guesses, none of which a source would back)
  const named = [...features.keys()].filter((k) => k.startsWith("a:"));
  for (const [category, m] of Object.entries(named.length ? model.classes : {}) as [CauseCategory, LinearModel][]) {
    // the classifier weighs the categories the document names; it does not name one of its own
    // (CV 0.755 -> 0.774: with the fuller cue lists, a guess across categories no longer pays)
    if (!features.has(`a:${category}`)) continue;
    const p = probability(m, features);
    if (p >= model.threshold && (!best || p > best.p)) best = { category, p };
  }
  const fact = (category: CauseCategory, s: CauseSentence, status: CauseStatus): CauseFact => {
    const span = spanOf(view, s.start, Math.min(s.end, s.start + MAX_SUMMARY));
    return { category, status, summary: span.text, span };
  };
  // what the cue lists read where a sentence talks about the cause, one fact per sentence and category;
  // the classifier adds the category it reads from the whole document when they do not name it
  // (CV: 0.660, against 0.642 for the cue lists first and the classifier only where they find nothing)
  const operators = operatorSubjects(services);
  // an operator's own account of the incident ("Incident report: ...", "Post-incident review") confirms what it states
  const ownReport = OWN_REPORT_TITLE.test(view.folded.slice(0, view.titleEnd));
  const statusOf = (start: number, end: number, at?: number) => sentenceStatus(view.folded, start, end, operators, ownReport, at);
  const stated: CauseFact[] = [];
  for (const s of sentences) for (const k of s.features.keys())
    if (k.startsWith("k:") && k !== "k:unknown") {
      const category = k.slice(2) as CauseCategory;
      stated.push(fact(category, s, statusOf(s.start, s.end, s.at[category])));
    }
  if (stated.length && (!best || stated.some((f) => f.category === best!.category))) return stated;
  if (best) {
    const m = model.classes[best.category]!;
    const carrier = sentences.reduce((a, s) => (contribution(m, s.features) > contribution(m, a.features) ? s : a));
    // no sentence says this category caused the outage: the classifier's reading of a document that names it
    const inferred = !sentences.some((s) => s.features.has(`k:${best!.category}`));
    const status = statusOf(carrier.start, carrier.end, carrier.at[best.category]);
    return [...stated, { ...fact(best.category, carrier, status), ...(inferred ? { inferred } : {}) }];
  }
  const unknown = sentences.find((s) => s.unknown);
  return unknown ? [fact("unknown", unknown, "reported")] : [];
}

// `stops`: offsets of cause and failure words, which end a description of the setting.
// `talk`: the sentence talks about a cause or is a title naming the failure; `causeTalk`: the sentence itself
// talks about a cause (a title naming the failure is not enough for TALK_ONLY words).
// `evident`: categories beyond SELF_EVIDENT that the sentence names as a failure by themselves.
function categoriesIn(folded: string, start: number, end: number, talk: boolean, stops: number[], causeTalk: boolean, failed?: RegExp): { found: Partial<Record<CauseCategory, number>>; evident: CauseCategory[] } {
  const found: Partial<Record<CauseCategory, number>> = {};
  const assertedAt: Partial<Record<CauseCategory, { index: number; end: number }[]>> = {};
  let placeOnly = false;
  let networkAt: { index: number; end: number }[] = [];
  // from where the sentence turns to another outage ("the worst since a similar outage in 2019 caused by a
  // fire", "une panne similaire avait été causée par"), the causes it names are that outage's
  // and a sentence in the pluperfect that names a year, or one opening on a time a year or more back, is
  // another event's through and through
  const sentence = folded.slice(start, end);
  const after = COMES_AFTER.exec(sentence);
  // and from where it turns to why the recovery was slow ("Why it took so long to roll back: ..."), what it names held up the fix
  const slow = SLOW_RECOVERY.exec(sentence);
  const otherFrom = (YEAR.test(sentence) && PLUPERFECT.test(sentence)) || YEARS_BACK_OPENING.test(sentence) ? start : Math.min(allMatches(OTHER_OUTAGE_RE, folded, start, end)[0]?.index ?? end, after ? start + after.index : end, slow ? start + slow.index : end);
  // "our message routing service": what the application routes, not the network (APP_ROUTING)
  const appRouting = allMatches(APP_ROUTING, folded, start, end);
  const ownLogic = (m: { index: number; end: number }) => appRouting.some((r) => m.index >= r.index && m.end <= r.end);
  for (const { category, res, talkOnly } of CATEGORY_RES) {
    const asserted = [...res, ...(causeTalk ? talkOnly : [])].flatMap((find) => find(folded, start, end))
      .filter((m) => m.index < otherFrom && !(!causeTalk && isTheFix(folded, start, end, m)) && !isDenied(folded.slice(Math.max(start, m.index - DENIAL_REACH), m.index)) && !DENIAL_AFTER.test(folded.slice(m.end, Math.min(end, m.end + DENIAL_REACH))) && !inDescription(folded, start, m.index, stops) && !isTheEvent(folded, start, m))
      .filter((m) => category !== "network-bgp-dns" || !ownLogic(m))
      .filter((m) => category !== "third-party" || (!SPEAKER_AFTER.test(folded.slice(m.end, m.end + 40)) && !(failed && namesFailed(folded, start, end, m, failed))));
    if (asserted.length === 0) continue;
    found[category] = asserted[0].index;
    assertedAt[category] = asserted;
    if (category === "network-bgp-dns") networkAt = asserted;
    if (category === "hardware-or-datacenter") placeOnly = asserted.every((m) => hasMatch(PLACE_RE, folded, m.index, m.end));
  }
  // "routers linking its data centres": the data centre is where the network broke, not what broke; and
  // outside talk of causes a data centre is only where the service runs ("moved its servers to a new data centre")
  if (placeOnly && (Object.keys(found).length > 1 || !talk)) delete found["hardware-or-datacenter"];
  // "a routing failure at one of its carrier partners", "une panne électrique chez son hébergeur": the kind is the
  // supplier's fault, the outage the supplier's doing (a kind named elsewhere in the sentence stays)
  const atSupplier = allMatches(FAULT_AT_SUPPLIER, folded, start, end)
    .filter((m) => m.index < otherFrom && !isDenied(folded.slice(Math.max(start, m.index - DENIAL_REACH), m.index)) && !(failed && namesFailed(folded, start, end, m, failed)));
  const evident: CauseCategory[] = [];
  if (atSupplier.length) {
    for (const [category, ms] of Object.entries(assertedAt) as [CauseCategory, { index: number; end: number }[]][])
      if (category !== "third-party" && ms.every((m) => atSupplier.some((f) => m.index >= f.index && m.end <= f.end))) delete found[category];
    found["third-party"] = Math.min(found["third-party"] ?? atSupplier[0].index, atSupplier[0].index);
    evident.push("third-party");
  }
  // "a routing change", "a change to our DNS settings": the network part is what the operator changed,
  // the change what broke it (labels take the change: a configuration category wherever one is told)
  if (found["config-change"] !== undefined && found["network-bgp-dns"] !== undefined && changedNetworkPart(folded, start, end, networkAt)) delete found["network-bgp-dns"];
  // "a software update applied to its network equipment": a change to the network, not a defect of a service
  const networkUpdate = allMatches(UPDATE_TO_NETWORK, folded, start, end).find((m) => m.index < otherFrom && !isDenied(folded.slice(Math.max(start, m.index - DENIAL_REACH), m.index)));
  if (found["software-bug"] !== undefined && networkUpdate) {
    found["config-change"] = Math.min(found["config-change"] ?? networkUpdate.index, networkUpdate.index);
    delete found["software-bug"];
  }
  // "an attack against our DNS": the DNS was the target, the attack the cause
  const dns = found["network-bgp-dns"];
  if (found.cyberattack !== undefined && dns !== undefined && dns > found.cyberattack && ATTACK_TARGET_BETWEEN.test(folded.slice(found.cyberattack, dns))) delete found["network-bgp-dns"];
  // "a DDoS attack overwhelmed its servers": the overload is what the attack did, the attack is the cause
  // (unless the sentence sets one against the other: "not an attack but a rush of players")
  const attack = found.cyberattack, load = found["capacity-overload"];
  if (attack !== undefined && load !== undefined && !hasMatch(CONTRAST_AFTER_NEGATION, folded, Math.min(attack, load), Math.max(attack, load))) delete found["capacity-overload"];
  // and so is a defect that used the resources up: "a memory leak saturated the servers' memory", "une boucle
  // infinie sature nos serveurs" (a defect named first, the saturation after it, no contrast between); a rush
  // that set off a latent bug ("the surge exposed a bug") names the load first and keeps both
  const bug = found["software-bug"];
  // (a defect, not a deployment: "a deployment pushed us over limits" is a change that asked too much)
  if (bug !== undefined && load !== undefined && bug < load && DEFECT_WORD.test(folded.slice(bug, load)) && !hasMatch(CONTRAST_AFTER_NEGATION, folded, bug, load)) delete found["capacity-overload"];
  return { found, evident };
}

// Whether every network word of the sentence is the object of a change it tells (CHANGE_TO_NETWORK: "a
// routing change", "a change to our edge routing layer"), not a failure of its own beside the change.
function changedNetworkPart(folded: string, start: number, end: number, networkAt: { index: number; end: number }[]): boolean {
  const changes = allMatches(CHANGE_TO_NETWORK, folded, start, end);
  return networkAt.every((n) => changes.some((c) => n.index >= c.index && n.end <= c.end));
}

// Whether a supplier word stands in apposition to a failed service's name ("provider Safaricom",
// "Fastly, un fournisseur"): it says what the failed operator does, not who supplied it.
function namesFailed(folded: string, start: number, end: number, m: { index: number; end: number }, failed: RegExp): boolean {
  return allMatches(failed, folded, Math.max(start, m.index - 70), Math.min(end, m.end + 70)).some((n) =>
    (n.index >= m.end && NAME_AFTER_SUPPLIER.test(folded.slice(m.end, n.index))) ||
    (n.end <= m.index && NAME_BEFORE_SUPPLIER.test(folded.slice(n.end, m.index))));
}

// Whether a mechanism is what was brought in or worked on to end the outage ("deployed a software update to
// restore service", "to replace the cables"); read only where the sentence says nothing of causes.
function isTheFix(folded: string, start: number, end: number, m: { index: number; end: number }): boolean {
  return FIX_PURPOSE_AFTER.test(folded.slice(m.end, end)) || FIX_PURPOSE_BEFORE.test(folded.slice(Math.max(start, m.index - 60), m.index)) || PRECAUTION.test(folded.slice(start, end));
}

// Whether a malfunction word names the outage itself ("ce bug géant", "this glitch"), not its cause.
function isTheEvent(folded: string, start: number, m: { index: number; end: number; text: string }): boolean {
  if (!EVENT_WORDS.test(m.text)) return false;
  const before = folded.slice(Math.max(start, m.index - 20), m.index);
  return EVENT_BEFORE.test(before) || FIGURE_BEFORE.test(before) || EVENT_AFTER.test(folded.slice(m.end, m.end + 20));
}

// Whether the words before a cause word deny it, or put it in a reporter's question (ASKED_BEFORE); a negation whose clause ends in "because" negates the
// symptom, one followed by "but" or "mais" denies what came before the contrast, not after it, and "has not
// (yet) confirmed" leaves the cause a guess (SPECULATED_CUES), not a denial.
function isDenied(before: string): boolean {
  if (ASKED_BEFORE.test(before)) return true;
  const contrast = allMatches(CONTRAST_AFTER_NEGATION, before).at(-1);
  const scope = contrast ? before.slice(contrast.end) : before;
  const m = NEGATION_BEFORE.exec(scope) ?? NEGATION_BEFORE_OR.exec(scope);
  return m !== null && !SYMPTOM_NEGATION_SCOPE.test(scope.slice(m.index).trimStart()) && !NOT_CONFIRMED.test(scope.slice(m.index));
}

// How firmly the sentence [start, end) states the cause named at `at`; `ownReport`: the document is the
// operator's own account of the incident.
function sentenceStatus(folded: string, start: number, end: number, operators: RegExp, ownReport: boolean, at?: number): CauseStatus {
  const blame = blamerStatus(folded, start, end, operators);
  if (blame === "speculated") return blame;
  // where the operator blames, a guess in another clause is someone else's ("while people thought it
  // was an attack, the company blamed an internal system"), not a hedge on the operator's cause
  // and a hedge in another clause of the sentence, after a semicolon, is about something else ("our network is
  // under a large attack; errors are possible")
  const clause = at === undefined ? { start, end } : blame === "confirmed" ? commaClause(folded, start, end, at) : semicolonClause(folded, start, end, at);
  // the operator's "blamed" is its own statement, not a hedge
  const hedged = allMatches(SPECULATED_RE, folded, start, end).some((m) =>
    !NOT_HEDGE_AFTER.test(folded.slice(m.end, m.end + 12)) && !COMPARED_BEFORE.test(folded.slice(Math.max(start, m.index - 40), m.index)) && !(blame === "confirmed" && BLAME_RE.test(m.text)) &&
    m.index >= clause.start && m.index < clause.end);
  // "Is a cyberattack behind the outage?": a question names a cause without stating it
  if (hedged || /\?\s*$/.test(folded.slice(start, end))) return "speculated";
  // the operator speaking of itself ("we rolled back", "nos serveurs"), on its status page or in its own report
  const text = folded.slice(start, end);
  if (ownReport || FIRST_PERSON.test(text) || STATUS_UPDATE_HEAD.test(text)) return "confirmed";
  if (blame === "confirmed" || hasMatch(CONFIRMED_RE, folded, start, end) || accordingToOperator(folded, start, end, operators) || SPEECH_AFTER_QUOTE.test(folded.slice(start, end)) || SPEECH_PAST_ADVERB.test(folded.slice(start, end))) return "confirmed";
  return "reported";
}

// Whether the sentence gives the operator as its source: "selon Meta", "according to Orange".
function accordingToOperator(folded: string, start: number, end: number, operators: RegExp): boolean {
  return allMatches(operators, folded, start, end).some((m) => ACCORDING_TO_BEFORE.test(folded.slice(Math.max(start, m.index - 20), m.index)));
}

// The stretch of [start, end) around `at` between semicolons, which join independent clauses.
function semicolonClause(folded: string, start: number, end: number, at: number): { start: number; end: number } {
  const before = folded.lastIndexOf(";", at);
  const after = folded.indexOf(";", at);
  return { start: before < start ? start : before + 1, end: after < 0 || after >= end ? end : after };
}

// The stretch of [start, end) around `at` between punctuation that separates clauses.
function commaClause(folded: string, start: number, end: number, at: number): { start: number; end: number } {
  const before = folded.slice(start, at).search(/[,;:][^,;:]*$/);
  const after = folded.slice(at, end).search(/[,;:]/);
  return { start: before < 0 ? start : start + before + 1, end: after < 0 ? end : at + after };
}
