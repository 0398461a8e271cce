// Orders matching incidents: relevance (bm25 of the incident's own row, of its best article, and
// how many of its articles match) blended with recency, so an old incident that fits the words
// well still comes before a recent one that barely does, and equal fits come newest first.
// the incident's own row holds its facts (services, year, month, cause): a match there is stronger
// evidence than a word in one of its articles ("2021" recalled in a 2024 article)
const OWN = 0.6;
const BEST_ARTICLE = 0.25;
const ARTICLE_COUNT = 0.15;
const RELEVANCE = 0.85; // the rest is recency (chosen, not fitted: a tie-breaker that cannot outvote a clearly better fit)
const HALF_LIFE_MS = 2 * 365 * 86_400_000; // two years older counts half as recent

interface Match { id: number; score: number; startedAt: string | null }

/**
 * Incidents best first, with how many of their articles matched. Scores are FTS5 bm25 (lower is
 * better). `years` are the years the query names: a year typed in a search asks for the outages of
 * that year, so an incident that started then outranks one whose texts only mention it.
 */
export function rankIncidents(own: Match[], viaArticles: (Match & { n: number })[], years: number[] = []): { id: number; score: number; articles: number }[] {
  const all = new Map<number, { own: number; article: number; n: number; at: number | null }>();
  const at = (s: string | null) => (s ? Date.parse(s) : null);
  for (const m of own) all.set(m.id, { own: -m.score, article: 0, n: 0, at: at(m.startedAt) });
  for (const m of viaArticles) {
    const e = all.get(m.id) ?? { own: 0, article: 0, n: 0, at: at(m.startedAt) };
    all.set(m.id, { ...e, article: -m.score, n: m.n });
  }
  const rows = [...all.entries()];
  const max = (f: (v: { own: number; article: number; n: number }) => number) => Math.max(1e-12, ...rows.map(([, v]) => f(v)));
  const [maxOwn, maxArticle, maxCount] = [max((v) => v.own), max((v) => v.article), max((v) => Math.log1p(v.n))];
  const relevance = rows.map(([id, v]) => ({ id, v, r: OWN * (v.own / maxOwn) + BEST_ARTICLE * (v.article / maxArticle) + ARTICLE_COUNT * (Math.log1p(v.n) / maxCount) }));
  const maxR = Math.max(1e-12, ...relevance.map((x) => x.r));
  const newest = Math.max(...rows.map(([, v]) => v.at ?? -Infinity));
  return relevance
    .map(({ id, v, r }) => {
      const recency = v.at === null || !Number.isFinite(newest) ? 0 : 0.5 ** ((newest - v.at) / HALF_LIFE_MS);
      const ofYear = v.at !== null && years.includes(new Date(v.at).getUTCFullYear()) ? 1 : 0;
      return { id, score: ofYear + RELEVANCE * (r / maxR) + (1 - RELEVANCE) * recency, articles: v.n, at: v.at ?? -Infinity };
    })
    .sort((a, b) => b.score - a.score || b.at - a.at || a.id - b.id)
    .map(({ id, score, articles }) => ({ id, score, articles }));
}
