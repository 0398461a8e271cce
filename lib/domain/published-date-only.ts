// Whether a publication stamp gives only a date. Feeds, archives and pages that know only the day
// store it at midnight UTC (ISO 8601's reading of "2024-03-05") or at midday UTC (so that the day is
// the same in every inhabited zone); such a day may also be off by one from the writer's own day
// (a stamp in UTC for an article written at night in Sydney or Los Angeles).
/** True when the ISO instant is exactly midnight or midday UTC. */
export function publishedDateOnly(iso: string | null): boolean {
  if (!iso) return false;
  const inDay = Date.parse(iso) % 86_400_000;
  return inDay === 0 || inDay === 43_200_000;
}
