// Figures of an outage's reach: problem reports counted by Downdetector and the like, their split by
// problem (69% app, 23% website), users affected, and the countries named as hit.
import type { Impact } from "../domain/types";
import { COUNTRIES } from "./data/countries";
import { AFFECTED_CUES, DEVICE_WORDS, REPORT_COUNTERS, USER_GAIN_AFTER, USER_GAIN_BEFORE, ZONE_AFTER_COUNTRY, ZONE_BEFORE_COUNTRY } from "./data/impact-cues";
import { PROBLEM_LABELS } from "./data/reaction-cues";
import { compileCues, hasMatch } from "./compile-cues";
import type { CueHit } from "./outage-cue-hits";
import { NUMBER_PATTERN, parseNumber } from "./parse-number";
import { sentenceAt, spanOf, type TextView } from "./text-view";
import { escapeRegExp } from "../text/escape-reg-exp";

const REPORTS_RE = new RegExp(
  String.raw`(${NUMBER_PATTERN})\s*(?:\+\s*)?(?:de |d'|of |of the )?(?:[a-z'-]+ ){0,3}?(?:signalements?|plaintes?|rapports?|reports?|complaints?|alertes?|problemes signales|issues reported)(?![a-z])`,
  "g",
);
const LABEL_OF = new Map(PROBLEM_LABELS.flatMap((p) => p.words.map((w) => [w, p.label] as const)));
const LABEL_WORDS = [...LABEL_OF.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp).join("|");
const SHARE_RE = new RegExp(String.raw`(\d{1,3}(?:[.,]\d)?)\s*%\s*(?:\([^)]{0,20}\)\s*)?(?:des |of |of the |pour |for |concern\w* |ont |had |were |reported |signal\w* )?(?:[a-z'-]+ ){0,4}?(?:l'|la |le |les |the )?(${LABEL_WORDS})(?![a-z])`, "g");
const SHARE_BEFORE_RE = new RegExp(String.raw`(?<![a-z])(${LABEL_WORDS})\s*\(?\s*:?\s*(\d{1,3}(?:[.,]\d)?)\s*%`, "g");
const USERS_RE = new RegExp(String.raw`(${NUMBER_PATTERN})\s*(?:de |d'|of )?(?:utilisateurs|users|personnes|people|abonnes|subscribers|clients|customers|internautes)(?![a-z])`, "g");
const DEVICES_RE = new RegExp(String.raw`(${NUMBER_PATTERN})\s*(?:de |d'|of )?(?:[a-z'-]+ ){0,2}?(?:${DEVICE_WORDS})(?![a-z])`, "g");
const AFFECTED_RE = compileCues(AFFECTED_CUES);
const COUNTER_RE = compileCues(REPORT_COUNTERS.flatMap((c) => c.words));
const COUNTER_NAME = new Map(REPORT_COUNTERS.flatMap((c) => c.words.map((w) => [w, c.name] as const)));
const COUNTRY_NAME = new Map(Object.entries(COUNTRIES).flatMap(([name, words]) => words.map((w) => [w, name] as const)));
const COUNTRY_RE = compileCues([...COUNTRY_NAME.keys()]);

/** Impact figures stated in the document's sentences about the failure. */
export function findImpacts(view: TextView, cues: CueHit[], lang: "fr" | "en"): Impact[] {
  const out: Impact[] = [];
  const f = view.folded;
  for (const m of f.matchAll(REPORTS_RE)) {
    const value = parseNumber(m[1], lang);
    const by = counterOf(view, m.index!);
    if (value !== null && value >= 10) out.push({ kind: "reports-count", value, label: null, span: spanOf(view, m.index!, m.index! + m[0].length), ...(by ? { by } : {}) });
  }
  for (const m of f.matchAll(SHARE_RE)) pushShare(out, view, m[1], m[2], m.index!, m[0].length);
  for (const m of f.matchAll(SHARE_BEFORE_RE)) pushShare(out, view, m[2], m[1], m.index!, m[0].length);
  for (const m of f.matchAll(USERS_RE)) {
    const value = parseNumber(m[1], lang);
    if (value !== null && value >= 1000 && nearFailure(cues, view, m.index!) && !isGain(f, m.index!, m[1].length))
      out.push({ kind: "users", value, label: null, span: spanOf(view, m.index!, m.index! + m[0].length) });
  }
  for (const m of f.matchAll(DEVICES_RE)) {
    const value = parseNumber(m[1], lang);
    if (value !== null && value >= 1000 && (nearFailure(cues, view, m.index!) || saysAffected(view, m.index!))) out.push({ kind: "devices", value, label: null, span: spanOf(view, m.index!, m.index! + m[0].length) });
  }
  const countries = countriesHit(view, cues);
  if (countries.names.length) out.push({ kind: "countries", value: countries.names.join(", "), label: null, span: countries.span });
  return out.sort((a, b) => a.span.start - b.span.start);
}

function pushShare(out: Impact[], view: TextView, pct: string, word: string, index: number, length: number): void {
  if (out.some((o) => o.kind === "problem-share" && o.span.start < index + length && o.span.end > index)) return;
  const value = Number(pct.replace(",", "."));
  if (value > 0 && value <= 100) out.push({ kind: "problem-share", value, label: LABEL_OF.get(word) ?? word, span: spanOf(view, index, index + length) });
}

// "Telegram picked up 70 million new users": another service's gains, not users hit by this outage.
function isGain(f: string, at: number, numberLength: number): boolean {
  return USER_GAIN_BEFORE.test(f.slice(Math.max(0, at - 40), at)) || USER_GAIN_AFTER.test(f.slice(at + numberLength, at + numberLength + 20));
}

// The tracker named in the figure's sentence ("Downdetector recensait plus de 100 000 signalements").
function counterOf(view: TextView, at: number): string | null {
  const s = sentenceAt(view, at);
  COUNTER_RE.lastIndex = s.start;
  const m = COUNTER_RE.exec(view.folded);
  return m && m.index < s.end ? COUNTER_NAME.get(m[0]) ?? null : null;
}

function saysAffected(view: TextView, at: number): boolean {
  const s = sentenceAt(view, at);
  return hasMatch(AFFECTED_RE, view.folded, s.start, s.end);
}

function nearFailure(cues: CueHit[], view: TextView, at: number): boolean {
  return cues.some((c) => Math.abs(c.index - at) < 250);
}

// Countries named in sentences that hold a failure word: those the outage reached.
function countriesHit(view: TextView, cues: CueHit[]): { names: string[]; span: { start: number; end: number; text: string } } {
  const names: string[] = [];
  let first = -1;
  let last = -1;
  for (const m of view.folded.matchAll(new RegExp(COUNTRY_RE.source, "g"))) {
    if (!nearFailure(cues, view, m.index!) || inZoneName(view.folded, m.index!, m.index! + m[0].length)) continue;
    const name = COUNTRY_NAME.get(m[0].replace(/\s+/g, " "));
    if (!name || names.includes(name)) continue;
    names.push(name);
    if (first < 0) first = m.index!;
    last = m.index! + m[0].length;
  }
  return { names, span: first < 0 ? { start: 0, end: 0, text: "" } : spanOf(view, first, last) };
}

// "4:40pm UK time", "17 h 40, heure de France": the country names a clock, not where users were hit.
function inZoneName(f: string, start: number, end: number): boolean {
  return ZONE_AFTER_COUNTRY.test(f.slice(end, end + 20)) || ZONE_BEFORE_COUNTRY.test(f.slice(Math.max(0, start - 25), start));
}
