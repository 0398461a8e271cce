// The language-independent profile of one document that clustering compares: which services
// failed, the outage's own day, when it started, and specifics (numbers, hashtags, people, words).
import type { ExtractedDocument, Granularity, TimeFact } from "../domain/types";
import { timeFactDay } from "../domain/time-fact-day";
import { REPEAT_CUES } from "../extract/data/repeat-cues";
import { ENTITY_WEIGHTS } from "./data/similarity-weights";
import { dayNumber, dayOfIso, weekdayOfDay } from "./day-arithmetic";
import { keyName } from "./index-keys";
import { nameInitials, type NameInitials } from "./name-initials";
import { textTokens } from "../text/text-tokens";
import { foldText } from "../text/fold-text";
import { writtenWords } from "./written-words";
import { factSentences } from "./fact-sentences";

export interface DocumentFeatures {
  entities: Map<string, number>; // failed/knock-on services and their owners, by weight
  mentioned: Set<string>; // services named in passing
  /** the initials each service of `entities` and `mentioned` is written with or stands for ("GTBank", "Guaranty Trust Bank": gtb) */
  initials: Map<string, NameInitials>;
  day: number | null; // the outage's own day (facts.outageDay)
  /** `stated`: a time fact of the text names that day; `published`: only the publication day stands for it. */
  dayBasis: "stated" | "published" | null;
  publishedDay: number | null;
  /** With no day at all: the days of the year the text writes without a year ("12-22"). */
  yearlessDays: string[];
  /** With no day at all: the ISO weekdays (1-7) its clocks are placed on ("just after 7pm on Monday"). */
  weekdays: number[];
  /** With no day at all: the years the title or lead writes ("la panne de 2025"). */
  leadYears: number[];
  starts: number[]; // epoch ms of start instants read at minute or hour precision
  /** epoch ms of start instants read only to a part of the day or to the day ("mardi matin", "went down on Tuesday") */
  roughStarts: number[];
  tokens: Map<string, number>; // words of the title and of the sentences facts were read from
  terms: Set<string>; // the most frequent stems of the whole text (facts.terms)
  specifics: Set<string>; // numbers, hashtags, people
  /** the title or lead presents the outage as a repeat of an earlier one ("down again") */
  repeat: boolean;
  /** The words of the title and fact sentences, for the names they write (written-services.ts). */
  written: string;
}

/** Builds the profile clustering compares for one document. */
export function documentFeatures(doc: ExtractedDocument): DocumentFeatures {
  const f = doc.facts;
  const entities = new Map<string, number>();
  const bump = (name: string, w: number) => entities.set(name, Math.max(entities.get(name) ?? 0, w));
  const mentioned = new Set<string>();
  const initials = new Map<string, NameInitials>();
  const initialsOf = (name: string) => {
    const i = nameInitials(name);
    if (i) initials.set(keyName(name), i);
  };
  for (const s of f.services) {
    // a renamed service is one service under all its names: an undated page's "Azure" and the 2012
    // reports' "Windows Azure" (named as on their day, lib/extract/named-at-the-time.ts) must count
    // as sharing it, not only its owner
    const written = s.names?.at(-1)?.name ?? s.name;
    const name = keyName(written);
    initialsOf(written);
    if (s.role === "mentioned") mentioned.add(name);
    else bump(name, ENTITY_WEIGHTS[s.role]);
    if (s.company && s.role !== "mentioned") {
      bump(keyName(s.company), ENTITY_WEIGHTS.company);
      initialsOf(s.company);
    }
  }
  // an operator's post naming no service ("More details about the outage") speaks for its company
  if (entities.size === 0 && f.speaksFor) bump(keyName(f.speaksFor), ENTITY_WEIGHTS.company);
  // a document naming no failed service is profiled by what it names at all
  if (entities.size === 0) for (const m of mentioned) entities.set(m, ENTITY_WEIGHTS.mentioned);
  // facts extracted before the lead was read: the title alone
  const repeat = f.repeat ?? REPEAT_CUES.some((re) => re.test(foldText(doc.title)));
  // a follow-up that counts its outage back from its publication ("deux jours après la panne") is
  // placed on that day; its bare clocks were read against its publication day, so they say nothing
  const followUp = f.followUpDay !== undefined && dayNumber(f.followUpDay) !== null;
  const text = [doc.title, ...factSentences(f)].join(" ");
  return {
    entities,
    mentioned,
    initials,
    day: followUp ? dayNumber(f.followUpDay) : dayNumber(f.outageDay),
    dayBasis: followUp ? "stated" : f.outageDay === null ? null : f.times.some((t) => timeFactDay(t) === f.outageDay) ? "stated" : "published",
    publishedDay: dayNumber(dayOfIso(doc.publishedAt)),
    yearlessDays: f.outageDay === null ? (f.yearlessDays ?? []) : [],
    weekdays: f.outageDay === null ? weekdaysOf(f.weekdayTimes ?? []) : [],
    leadYears: f.outageDay === null ? (f.leadYears ?? []) : [],
    starts: followUp ? [] : startInstants(f.times, ["minute", "hour"]),
    roughStarts: followUp ? [] : startInstants(f.times, ["part-of-day", "day"]),
    tokens: textTokens(text),
    terms: new Set(f.terms ?? []),
    specifics: specificsOf(doc),
    repeat,
    written: writtenWords(text),
  };
}

/** Start instants read at one of `granularities` (ranges, read to the minute, count as precise). */
function startInstants(times: TimeFact[], granularities: Granularity[]): number[] {
  const out: number[] = [];
  for (const t of times) {
    if (t.role !== "start") continue;
    const x = t.time;
    if (x.kind === "instant" && granularities.includes(x.granularity)) out.push(Date.parse(x.utc));
    if (x.kind === "range" && granularities.includes("minute")) out.push(Date.parse(x.start));
  }
  return out.filter((n) => !Number.isNaN(n)).sort((a, b) => a - b);
}

/** The weekdays of clocks read on a named weekday against the stand-in date (lib/extract/weekday-times.ts). */
function weekdaysOf(times: TimeFact[]): number[] {
  const out = new Set<number>();
  for (const t of times) if (t.time.kind === "instant") {
    const day = dayNumber(t.time.localDate);
    if (day !== null) out.add(weekdayOfDay(day));
  }
  return [...out].sort((a, b) => a - b);
}

/** Numbers, hashtags and people: shared specifics are strong hints in any language. */
function specificsOf(doc: ExtractedDocument): Set<string> {
  const f = doc.facts;
  const out = new Set<string>();
  for (const h of f.hashtags) out.add("#" + keyName(h.replace(/^#/, "")));
  for (const s of f.statements) if (s.speaker) out.add("@" + keyName(s.speaker));
  for (const r of f.reactions) if (r.who) out.add("@" + keyName(r.who));
  for (const i of f.impacts) if (typeof i.value === "number" && i.value >= 100) out.add("n" + i.value);
  for (const d of f.durations) out.add("d" + d.minutes);
  return out;
}
