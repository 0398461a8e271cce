// Calendar-day helpers on YYYY-MM-DD strings (UTC), without time zones or the clock.

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Day number (days since 1970-01-01) of a YYYY-MM-DD string, or null when malformed. */
export function dayNumber(day: string | null | undefined): number | null {
  if (!day || !DAY_RE.test(day)) return null;
  const ms = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}

/** The day `n` days after `day`. */
export function addDays(day: string, n: number): string {
  const base = dayNumber(day);
  if (base === null) throw new Error(`cluster: not a YYYY-MM-DD day: ${JSON.stringify(day)}`);
  return new Date((base + n) * 86_400_000).toISOString().slice(0, 10);
}

/** The UTC day of an ISO timestamp, or null. */
export function dayOfIso(iso: string | null): string | null {
  if (!iso) return null;
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().slice(0, 10);
}

/**
 * Whether a day of the year written without its year ("MM-DD") falls within `reach` days of day
 * number `day`, in that day's year or the next or previous one (December 31 is a day before January 1).
 */
export function sameDayOfYear(monthDay: string, day: number, reach: number): boolean {
  const year = new Date(day * 86_400_000).getUTCFullYear();
  for (const y of [year - 1, year, year + 1]) {
    const n = dayNumber(`${y}-${monthDay}`);
    // "02-29" in a year that has none is no day of that year
    if (n !== null && new Date(n * 86_400_000).toISOString().slice(5, 10) === monthDay && Math.abs(n - day) <= reach) return true;
  }
  return false;
}

/** The years of day number `day` and of the days either side (a night across the new year). */
export function yearsAround(day: number): number[] {
  return [...new Set([day - 1, day, day + 1].map((n) => new Date(n * 86_400_000).getUTCFullYear()))];
}

/** ISO weekday (1 Monday … 7 Sunday) of day number `day` (1970-01-01 was a Thursday). */
export function weekdayOfDay(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Whether ISO weekday `weekday` falls within `reach` days of day number `day`'s weekday, either way round the week. */
export function nearWeekday(weekday: number, day: number, reach: number): boolean {
  const d = Math.abs(weekday - weekdayOfDay(day)) % 7;
  return Math.min(d, 7 - d) <= reach;
}
