// Understanding one document: its language, whether it is about an online service failing, which
// services, when (in UTC), why, who said what, and what followed. Pure: the publication date is
// the only clock; spans index into `title + "\n\n" + text`.
import type { ArticleFacts, DocumentForExtraction, Lang, ServiceMention, TimeExpression, TimeFact } from "../domain/types";
import { assignServiceRoles } from "./assign-service-roles";
import { classifyTimes } from "./classify-times";
import { documentLanguage } from "./detect-language";
import { findCauses } from "./find-causes";
import { findImpacts } from "./find-impacts";
import { findReactions } from "./find-reactions";
import { findServices, type ServiceHit } from "./find-services";
import { findStatements } from "./find-statements";
import { findRecurringName } from "./find-recurring-name";
import { findIntroducedName } from "./find-introduced-name";
import { introducedAsMaker } from "./introduced-as-maker";
import { findCarrierName } from "./find-carrier-name";
import { findUnnamedService, findUnnamedSubject } from "./find-unnamed-service";
import { coordinatedNames } from "./coordinated-names";
import { titleHeadName } from "./title-head-name";
import { wholeBrandName } from "./whole-brand-name";
import { outageCueHits, type CueHit } from "./outage-cue-hits";
import { withNamedCrashes } from "./named-crash-hits";
import { withSubjectFailures } from "./subject-failure-hits";
import { namedAtTheTime } from "./named-at-the-time";
import { outletCountry } from "./national-networks";
import { pickOutageDay } from "./pick-outage-day";
import { documentTerms } from "../text/text-tokens";
import { textReferenceDate } from "./text-reference-date";
import { tellsRepeat } from "./tells-repeat";
import { yearlessDays } from "./yearless-days";
import { leadYears } from "./lead-years";
import { followUpDay } from "./follow-up-day";
import { YEARLESS_REFERENCE, yearlessTimes } from "./yearless-times";
import { SHIFTED_REFERENCE, weekdayTimes } from "./weekday-times";
import { promoteOwnServices, speaksFor } from "./promote-own-services";
import { OUTAGE_MODEL, scoreOutage } from "./score-outage";
import type { OutageModel } from "./model/linear-model";
import { isOutageLength } from "./is-outage-length";
import { presentRecovery } from "./present-recovery";
import { findResidual } from "./find-residual";
import { relativeRecovery } from "./relative-recovery";
import { statusPageCauses } from "./status-page-causes";
import { ownStatusPage, statusServices } from "./status-service";
import { statusTimeFacts } from "./status-time-facts";
import { statusUpdateFact } from "./status-update-fact";
import { makeTextView, sentenceAt, spanOf, type TextView } from "./text-view";
import { timeFactDay } from "../domain/time-fact-day";
import { extractTimes } from "./time/extract-times";
import { outletZone } from "./time/outlet-zone";
import { serviceZone } from "./time/service-zone";

// A duration this far from a failure word is about something else ("pendant deux ans").
const DURATION_REACH = 200;
// A stated length over three days is, in press copy, mostly background ("deux semaines" since an
// earlier event, "depuis des mois") rather than the outage's: with the 14-day limit of an outage
// (domain/max-outage-minutes.ts) here instead, the training corpus through the real path read
// more wrong starts and days (start 0.57 -> 0.55, date 0.62 -> 0.61, duration 0.55 -> 0.58).
const MAX_STATED_LENGTH_MINUTES = 3 * 24 * 60;

/**
 * Extracts every fact extraction knows how to read from one document. `model` is the learned
 * detection and cause model (the fitted one by default; cross-validation passes each fold's).
 */
export function extractArticle(doc: DocumentForExtraction, model: OutageModel = OUTAGE_MODEL): ArticleFacts {
  const { view, lang, otherLanguage, hits, cues } = readDocument(doc);
  if (otherLanguage) return otherLanguageFacts(otherLanguage);
  const learned = { lang, model, publishedAt: doc.publishedAt };
  const outage = scoreOutage(view, hits, cues, doc.kind === "status", doc.kind === "official", learned);
  const assigned = subjectNamed(view, hits, cues, outage.isOutage, doc.kind === "status");
  const official = doc.kind === "official" && outage.isOutage;
  // a statement from a status page ("Slack Status") is read as the page's update
  const services = official && !ownStatusPage(doc.sourceName) ? promoteOwnServices(view, assigned, doc.sourceName, lang) : statusServices(view, assigned, doc, lang);
  // an undated document is read against the latest full date it writes, so it is placed by what it says
  const reference = validDate(doc.publishedAt) ?? textReferenceDate(view, lang);
  // the outlet's zone, else the home zone of the national network that failed, else the language's
  const zone = outletZone(doc, view.folded, lang)?.zone ?? serviceZone(services);
  // neither: the language's default is a guess the incident's other documents may correct (lib/timeline/read-in-incident-zone.ts)
  const guessedZone = zone === null;
  // with no date at all, the clocks and days cannot be placed, but a stated length ("offline for 48
  // hours") needs no date: the lengths alone are kept, from the one reading against the stand-in year
  // that also gives the clocks of the days the page writes (yearless-times.ts)
  const yearless = reference ? [] : extractTimes(view.full, { publishedAt: YEARLESS_REFERENCE, sourceZone: zone, lang, view });
  const expressions = reference
    ? extractTimes(view.full, { publishedAt: reference, sourceZone: zone, lang, view })
    : yearless.filter((t) => t.kind === "duration");
  const times = classifyTimes(view, expressions, cues, reference);
  times.push(...statusTimeFacts(view, doc));
  const relative = relativeRecoveries(view, expressions, times);
  times.push(...relative.ends);
  const { reactions, hashtags } = findReactions(view, hits, services, cues);
  const outageDay = pickOutageDay(times, reference, validDate(doc.publishedAt) ? "published" : "text");
  times.push(...presentRecovery(view, expressions, validDate(doc.publishedAt), outageDay));
  const residual = findResidual(view, times);
  const update = statusUpdateFact(doc);
  const repeat = tellsRepeat(view);
  return {
    lang,
    isOutage: outage.isOutage,
    outageScore: outage.score,
    notOutageReason: outage.reason,
    services: namedAtTheTime(withMakers(view, services), outageDay),
    times,
    durations: durationsOf(view, expressions, cues, validDate(doc.publishedAt), relative.lengths, otherDaySentences(view, times, outageDay)),
    causes: statusPageCauses(findCauses(view, cues, outage.isOutage, services, learned), doc.kind),
    statements: findStatements(view),
    reactions,
    impacts: findImpacts(view, cues, lang),
    outageDay,
    hashtags,
    terms: documentTerms(view.full, view.folded),
    repeat,
    ...followUpFact(repeat ? null : followUpDay(view, validDate(doc.publishedAt), outageDay, times)),
    ...(reference === null ? undatedFacts(view, cues, yearless, extractTimes(view.full, { publishedAt: SHIFTED_REFERENCE, sourceZone: zone, lang, view }), lang) : {}),
    ...(official ? { speaksFor: speaksFor(doc.sourceName, lang) } : {}),
    ...(residual.length > 0 ? { residual } : {}),
    ...(update ? { statusUpdate: update } : {}),
    ...(guessedZone ? { guessedZone } : {}),
  };
}

// a failed name the text introduces as a studio or publisher is marked so (introducedAsMaker)
function withMakers(view: TextView, services: ServiceMention[]): ServiceMention[] {
  return services.map((s) => (s.role === "failed" && introducedAsMaker(view, s.name) ? { ...s, maker: true } : s));
}

function followUpFact(day: string | null): Pick<ArticleFacts, "followUpDay"> {
  return day === null ? {} : { followUpDay: day };
}

/** An undated document's days of the year and the clocks it states on them, for the incident to place in a year, and the years its title or lead writes. */
function undatedFacts(view: TextView, cues: CueHit[], yearless: TimeExpression[], shifted: TimeExpression[], lang: Lang): Pick<ArticleFacts, "yearlessDays" | "yearlessTimes" | "weekdayTimes" | "leadYears"> {
  const days = yearlessDays(view, lang);
  const times = yearlessTimes(view, cues, days, yearless);
  const onWeekdays = weekdayTimes(view, cues, days, yearless, shifted);
  const years = leadYears(view);
  return { yearlessDays: days, ...(times.length > 0 ? { yearlessTimes: times } : {}), ...(onWeekdays.length > 0 ? { weekdayTimes: onWeekdays } : {}), ...(years.length > 0 ? { leadYears: years } : {}) };
}

/**
 * The first reading every later step builds on: text view, language, services, failure cues. A
 * document in neither French nor English has `otherLanguage` (its code) and nothing else read.
 */
export function readDocument(doc: DocumentForExtraction): { view: TextView; lang: Lang; otherLanguage: string | null; hits: ServiceHit[]; cues: CueHit[] } {
  assertDocument(doc);
  // the language first: the sentence splitter knows its abbreviations
  const language = documentLanguage(doc.lang, `${doc.title ?? ""}\n\n${doc.text ?? ""}`);
  const lang = language.lang ?? "en";
  const view = makeTextView(doc.title ?? "", doc.text ?? "", lang);
  if (language.lang === null) return { view, lang, otherLanguage: language.other, hits: [], cues: [] };
  const known = findServices(view, lang, outletCountry(doc.sourceName));
  const cues = outageCueHits(view.folded);
  // a headline's topic before a colon the rest of the title says failed ("Acme : le service rétabli")
  const head = titleHeadName(view, known, cues) ?? findUnnamedService(view, known);
  const unnamed = head && wholeBrandName(view, head);
  // unknown names listed with known services are services too ("Facebook, Acme et WhatsApp en panne")
  const listed = coordinatedNames(view, known).filter((h) => !unnamed || h.end <= unnamed.index || h.index >= unnamed.end);
  const hits = [...known, ...(unnamed ? [unnamed] : []), ...listed].sort((a, b) => a.index - b.index);
  // colloquial crash verbs count right after a service's name ("SNCF Connect plante"): a catalogue
  // name, or the unknown one a title or lead tells failing; verbs of giving way and failed requests
  // with an online subject (subject-failure-hits.ts)
  return { view, lang, otherLanguage: null, hits, cues: withSubjectFailures(view, withNamedCrashes(view.folded, cues, hits), hits) };
}

// The services' roles; in an outage story where no named service failed, an unknown name the text
// keeps naming and one of its sentences says failed is its subject (findUnnamedSubject), else the
// one it says others run on (findCarrierName), else one its title or lead introduces by what it is
// (findIntroducedName), else the name it keeps coming back to. A known service named only in such a
// name's kind phrase ("Mineplex, a Minecraft server network, goes offline") says what the name runs
// on: it is mentioned, and does not count as failed.
function subjectNamed(view: TextView, hits: ServiceHit[], cues: CueHit[], isOutage: boolean, status: boolean): ServiceMention[] {
  const assigned = assignServiceRoles(view, hits, cues, isOutage);
  if (!isOutage) return assigned;
  const introduced = findIntroducedName(view, hits);
  const describes = new Set(introduced?.describes ?? []);
  const rest = describes.size > 0 ? hits.filter((h) => !describes.has(h)) : hits;
  const own = describes.size > 0 ? assignServiceRoles(view, rest, cues, isOutage) : assigned;
  // a status page's title names the page's parts ("Git operations and Pipelines degraded"): a name
  // coming back through it is a component of the service the page is for
  const beside = introduced?.hit ?? (status ? null : findRecurringName(view, hits));
  if (own.some((s) => s.role === "failed")) return withIntroduced(view, rest, beside, cues, assigned);
  // what the customers a lead introduces run on failed first ("Acme shop and Zorvex bank go down; both run on Nimbo Cloud")
  const found = findUnnamedSubject(view, hits) ?? findCarrierName(view, hits) ?? introduced?.hit ?? findRecurringName(view, hits);
  if (!found) return assigned;
  const subject = wholeBrandName(view, found);
  const named = assignServiceRoles(view, [...rest, subject].sort((a, b) => a.index - b.index), cues, isOutage);
  const kept = new Set(named.map((s) => s.name));
  return [...named, ...assigned.filter((s) => !kept.has(s.name)).map((s) => ({ ...s, role: "mentioned" as const }))];
}

// An unknown name the title itself names, introduced by its kind in the lead or coming back through
// the story, is a service in its own right beside known ones failing with it ("Acme bank app goes
// dark, Pix transfers fail"): it is listed when its own sentences say it failed. Named only in the
// body, it is most often the failed service's own product ("l'application Ma Banque").
function withIntroduced(view: TextView, rest: ServiceHit[], introduced: ServiceHit | null, cues: CueHit[], assigned: ServiceMention[]): ServiceMention[] {
  if (!introduced) return assigned;
  const subject = wholeBrandName(view, introduced);
  const at = titleIndex(view, subject.entry.name);
  // the headline opens on its subject: a name after the failed known service there is its customer
  // ("Acme outage leaves Zorvex shoppers unable to pay")
  if (at < 0 || rest.some((h) => h.index < at && assigned.some((s) => s.name === h.entry.name && s.role === "failed"))) return assigned;
  const named = assignServiceRoles(view, [...rest, subject].sort((a, b) => a.index - b.index), cues, true);
  if (!named.some((s) => s.name === subject.entry.name && s.role === "failed")) return assigned;
  const kept = new Set(named.map((s) => s.name));
  return [...named, ...assigned.filter((s) => !kept.has(s.name)).map((s) => ({ ...s, role: "mentioned" as const }))];
}

// where the title names `name` as a whole word, or -1
function titleIndex(view: TextView, name: string): number {
  const at = view.full.slice(0, view.titleEnd).indexOf(name);
  return at >= 0 && !/[\p{L}\p{N}]/u.test(view.full[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(view.full[at + name.length] ?? "") ? at : -1;
}

// A document in another language is kept, marked, and not read with the French and English rules.
function otherLanguageFacts(code: string): ArticleFacts {
  return {
    lang: "en", otherLanguage: code, isOutage: false, outageScore: 0, notOutageReason: "other-language",
    services: [], times: [], durations: [], causes: [], statements: [], reactions: [], impacts: [], outageDay: null, hashtags: [],
  };
}

function assertDocument(doc: DocumentForExtraction): void {
  if (!doc || typeof doc !== "object") throw new TypeError("extract: document must be an object");
  if (typeof doc.text !== "string") throw new TypeError(`extract: ${doc.url ?? "document"}: text must be a string`);
  if (doc.title !== null && doc.title !== undefined && typeof doc.title !== "string")
    throw new TypeError(`extract: ${doc.url ?? "document"}: title must be a string`);
}

function validDate(d: Date | null): Date | null {
  return d instanceof Date && !Number.isNaN(d.getTime()) ? d : null;
}

// Delays that date the recovery ("came back an hour later"): from the start they are the outage's
// length (offsets of the duration phrases), from another dated moment an end instant.
function relativeRecoveries(view: TextView, expressions: TimeExpression[], times: TimeFact[]): { lengths: Set<number>; ends: TimeFact[] } {
  const lengths = new Set<number>();
  const ends: TimeFact[] = [];
  for (const t of expressions) {
    const r = t.kind === "duration" ? relativeRecovery(view, t, times) : null;
    if (r?.kind === "length") lengths.add(t.index);
    else if (r?.kind === "end") ends.push(r.fact);
  }
  return { lengths, ends };
}

function durationsOf(
  view: TextView, expressions: TimeExpression[], cues: CueHit[], publishedAt: Date | null, relativeLengths: Set<number>, otherDays: Set<number>,
): ArticleFacts["durations"] {
  const out: ArticleFacts["durations"] = [];
  for (const t of expressions) {
    if (t.kind !== "duration" || t.minutes <= 0 || t.minutes > MAX_STATED_LENGTH_MINUTES) continue;
    if (otherDays.has(sentenceAt(view, t.index).start)) continue;
    if (!cues.some((c) => Math.abs(c.index - t.index) < DURATION_REACH)) continue;
    if (!isOutageLength(view, t.index, t.index + t.phrase.length, publishedAt, relativeLengths.has(t.index))) continue;
    out.push({ minutes: t.minutes, approximate: t.approximate, span: spanOf(view, t.index, t.index + t.phrase.length), ...(t.vague ? { vague: true } : {}), ...(t.ongoing ? { ongoing: true } : {}) });
  }
  return out;
}

// Sentences dated only to days two or more days from the document's outage day ("On October 30, an
// update ... plunged all services into a 37-minute outage" in a story of November 2): a length
// stated there is that other outage's. Starts of sentences.
function otherDaySentences(view: TextView, times: TimeFact[], outageDay: string | null): Set<number> {
  const out = new Set<number>();
  if (!outageDay) return out;
  const day = Date.parse(`${outageDay}T00:00:00Z`);
  const bySentence = new Map<number, number[]>();
  for (const f of times) {
    const d = timeFactDay(f);
    if (!d) continue;
    const start = sentenceAt(view, f.time.index).start;
    bySentence.set(start, [...(bySentence.get(start) ?? []), Math.abs(Date.parse(`${d}T00:00:00Z`) - day) / 86_400_000]);
  }
  for (const [start, gaps] of bySentence) if (gaps.every((g) => g >= 2)) out.add(start);
  return out;
}
