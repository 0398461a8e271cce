// The incident's opening paragraph, generated from its facts as Wikipedia's outage articles open:
// what failed and when, for how long, why (with how sure we are), how big. Each clause carries
// the sources that state it, so the page links every sentence to its evidence.
import type { IncidentExport, Lang } from "../domain/types";
import { countryNames } from "../i18n/country-names";
import { messages } from "../i18n/data/messages";
import { lowerFirst } from "../i18n/lower-first";
import { STORY_WORDING } from "../i18n/data/story-wording";
import { formatDate, formatDuration, formatList, formatNumber, formatTime } from "../i18n/format";

export interface LeadClause {
  text: string;
  sources: string[];
  /** an instant the page also shows in the reader's own zone, after the text */
  localAt?: string;
}

type LeadInput = Pick<IncidentExport, "services" | "startedAt" | "endedAt" | "durationMinutes" | "status" | "cause" | "timeline" | "impacts">
  & { statements?: Pick<IncidentExport["statements"][number], "official" | "organisation">[]; phases?: Pick<NonNullable<IncidentExport["phases"]>, "impactStart"> };

const sourcesOf = (inc: LeadInput, kinds: string[]) => [...new Set(inc.timeline.filter((e) => kinds.includes(e.kind)).flatMap((e) => e.sources))];

/** The lead's clauses in `lang`; every clause is made of our words and the incident's facts only. */
export function makeLead(inc: LeadInput, lang: Lang): LeadClause[] {
  const w = STORY_WORDING[lang];
  const services = formatList(inc.services, lang);
  const out: LeadClause[] = [];
  // a start known only to the day has no clock time to give, in UTC or in the reader's zone
  const dayOnly = inc.phases?.impactStart?.precision === "day";
  out.push(!inc.startedAt
    ? { text: `${w.failedUndated(services, inc.services.length)}.`, sources: [] }
    : dayOnly
      ? { text: `${w.failedOnDay(services, inc.services.length, formatDate(inc.startedAt, lang))}.`, sources: sourcesOf(inc, ["start"]) }
      : { text: `${w.failed(services, inc.services.length, formatDate(inc.startedAt, lang), formatTime(inc.startedAt, lang))}`, sources: sourcesOf(inc, ["start"]), localAt: inc.startedAt });
  const end = endClause(inc, lang);
  if (end) out.push(end);
  out.push(inc.cause && inc.cause.category !== "unknown"
    ? { text: w.cause(lowerFirst(messages[lang].causeCategory[inc.cause.category]), inc.cause.status, operatorOf(inc)), sources: inc.cause.sources }
    : { text: w.causeUnknown, sources: [] });
  out.push(...sizeClauses(inc, lang));
  return out;
}

/** The organisation speaking officially in the incident's statements, when they agree on one. */
function operatorOf(inc: LeadInput): string | null {
  const orgs = new Set((inc.statements ?? []).filter((s) => s.official && s.organisation).map((s) => s.organisation!));
  return orgs.size === 1 ? [...orgs][0] : null;
}

function endClause(inc: LeadInput, lang: Lang): LeadClause | null {
  const w = STORY_WORDING[lang];
  const sources = sourcesOf(inc, ["recovery", "partial-recovery"]);
  if (!inc.endedAt) return inc.status === "ongoing" ? { text: w.stillGoing, sources: [] } : null;
  const sameDay = inc.startedAt && inc.startedAt.slice(0, 10) === inc.endedAt.slice(0, 10);
  const time = formatTime(inc.endedAt, lang);
  const duration = formatDuration(inc.durationMinutes, lang);
  if (duration) return { text: w.lasted(duration, time, sameDay ? null : formatDate(inc.endedAt, lang)), sources };
  return { text: w.endedAt(time, formatDate(inc.endedAt, lang)), sources };
}

/** How big: the largest count of problem reports, of affected users, and where it was felt. */
function sizeClauses(inc: LeadInput, lang: Lang): LeadClause[] {
  const w = STORY_WORDING[lang];
  const out: LeadClause[] = [];
  const largest = (kind: string) => inc.impacts.filter((m) => m.kind === kind && typeof m.value === "number")
    .sort((a, b) => (b.value as number) - (a.value as number))[0];
  const reports = largest("reports-count");
  if (reports) out.push({ text: w.reports(formatNumber(reports.value as number, lang)), sources: [reports.source] });
  const users = largest("users");
  if (users) out.push({ text: w.users(formatNumber(users.value as number, lang)), sources: [users.source] });
  const places = inc.impacts.filter((m) => m.kind === "countries" && typeof m.value === "string");
  const names = [...new Set(places.flatMap((m) => String(m.value).split(/\s*,\s*/)).filter(Boolean))];
  if (names.length > 0) out.push({ text: w.countries(countryNames(names.join(", "), lang)), sources: [...new Set(places.map((m) => m.source))] });
  return out;
}
