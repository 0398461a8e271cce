// Scores extraction against labelled incidents (the dev corpus format): per incident, is the
// outage day right, is a start within 90 minutes, is the cause category right; per article, is
// outage detection right. Pure: the caller reads the files.
import type { ArticleFacts, CauseCategory, TimeFact } from "../domain/types";

export interface LabelledIncident {
  id: string;
  start_utc: string | null;
  cause_category: string | string[] | null;
}

export interface ScoredArticle {
  id: string;
  incident: string | null;
  facts: ArticleFacts;
}

export interface IncidentScore {
  id: string;
  articles: number;
  detected: number;
  day: string | null;
  dayOk: boolean;
  start: string | null;
  startOk: boolean;
  cause: CauseCategory;
  causeOk: boolean;
}

export interface ExtractionScore {
  incidents: IncidentScore[];
  detectP: number;
  detectR: number;
}

const START_TOLERANCE_MS = 90 * 60_000;
const STATUS_WEIGHT = { confirmed: 3, reported: 2, speculated: 0.5 } as const;

/** Scores every labelled incident and the detection over all articles. */
export function evaluateExtraction(articles: ScoredArticle[], incidents: LabelledIncident[]): ExtractionScore {
  let tp = 0, fp = 0, fn = 0;
  for (const a of articles) {
    if (a.facts.isOutage && a.incident) tp++;
    else if (a.facts.isOutage) fp++;
    else if (a.incident) fn++;
  }
  const scored = incidents.map((inc) => scoreIncident(inc, articles.filter((a) => a.incident === inc.id)));
  return { incidents: scored, detectP: tp / Math.max(1, tp + fp), detectR: tp / Math.max(1, tp + fn) };
}

function scoreIncident(inc: LabelledIncident, articles: ScoredArticle[]): IncidentScore {
  const day = mode(articles.map((a) => a.facts.outageDay).filter((d): d is string => d !== null));
  const start = bestStart(articles.flatMap((a) => a.facts.times));
  const cause = leadingCause(articles);
  const labels = ([] as string[]).concat(inc.cause_category ?? "unknown");
  const labelDay = inc.start_utc?.slice(0, 10) ?? null;
  return {
    id: inc.id,
    articles: articles.length,
    detected: articles.filter((a) => a.facts.isOutage).length,
    day,
    dayOk: day !== null && day === labelDay,
    start,
    startOk: start !== null && inc.start_utc !== null && Math.abs(Date.parse(start) - Date.parse(inc.start_utc)) <= START_TOLERANCE_MS,
    cause,
    causeOk: labels.includes(cause),
  };
}

function mode(values: string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

// The start fact trusted most (explicit zone and minute precision raise confidence); ties go to the earliest.
function bestStart(times: TimeFact[]): string | null {
  const starts = times
    .filter((f) => f.role === "start" && (f.time.kind === "range" || (f.time.kind === "instant" && f.time.granularity !== "day")))
    .map((f) => ({ at: f.time.kind === "range" ? f.time.start : f.time.kind === "instant" ? f.time.utc : "", c: f.confidence }))
    .sort((a, b) => b.c - a.c || a.at.localeCompare(b.at));
  return starts[0]?.at ?? null;
}

function leadingCause(articles: ScoredArticle[]): CauseCategory {
  const votes = new Map<CauseCategory, number>();
  for (const a of articles)
    for (const c of a.facts.causes) votes.set(c.category, (votes.get(c.category) ?? 0) + STATUS_WEIGHT[c.status]);
  let best: CauseCategory = "unknown";
  for (const [cat, w] of votes) if (w > (votes.get(best) ?? 0)) best = cat;
  return best;
}
