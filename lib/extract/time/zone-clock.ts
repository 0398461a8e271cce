// Wall-clock arithmetic in IANA zones. Offsets come from the tz database through luxon's Zone;
// they are memoised per 15-minute slice (every real transition falls on one), which keeps
// extraction of a whole article far below a millisecond of zone work.
import { Info, type Zone } from "luxon";

/** A calendar day, zone-free. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export interface LocalTime extends CivilDate {
  hour: number;
  minute: number;
}

const SLICE_MS = 15 * 60_000;
const zones = new Map<string, Zone>();
const offsets = new Map<string, number>();

/** True when luxon knows the zone (IANA name, "UTC", or a fixed "UTC+5:30"). */
export function isKnownZone(name: string): boolean {
  return zoneOf(name) !== null;
}

function zoneOf(name: string): Zone | null {
  let z = zones.get(name);
  if (z === undefined) {
    const normalized = Info.normalizeZone(name);
    z = normalized && normalized.isValid ? normalized : undefined;
    if (!z) return null;
    zones.set(name, z);
  }
  return z;
}

/** The zone's UTC offset in minutes at a UTC timestamp. */
export function offsetMinutes(zone: string, ts: number): number {
  const key = `${zone}|${Math.floor(ts / SLICE_MS)}`;
  let o = offsets.get(key);
  if (o === undefined) {
    const z = zoneOf(zone);
    o = z ? z.offset(ts) : 0;
    if (offsets.size > 50_000) offsets.clear();
    offsets.set(key, o);
  }
  return o;
}

/** UTC timestamp of a wall-clock time in a zone; a time skipped by a DST jump moves forward, as luxon does. */
export function localToUtc(zone: string, t: LocalTime): number {
  const local = Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute);
  const o1 = offsetMinutes(zone, local);
  const guess = local - o1 * 60_000;
  const o2 = offsetMinutes(zone, guess);
  if (o1 === o2) return guess;
  const guess2 = local - o2 * 60_000;
  const o3 = offsetMinutes(zone, guess2);
  return o2 === o3 ? guess2 : local - Math.max(o2, o3) * 60_000;
}

/** Wall-clock time in a zone at a UTC timestamp. */
export function utcToLocal(zone: string, ts: number): LocalTime {
  const d = new Date(ts + offsetMinutes(zone, ts) * 60_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(), hour: d.getUTCHours(), minute: d.getUTCMinutes() };
}

/** The day `n` days after (or before, when negative) a calendar day. */
export function addDays(d: CivilDate, n: number): CivilDate {
  const x = new Date(Date.UTC(d.year, d.month - 1, d.day + n));
  return { year: x.getUTCFullYear(), month: x.getUTCMonth() + 1, day: x.getUTCDate() };
}

/** ISO weekday, 1 = Monday ... 7 = Sunday. */
export function isoWeekday(d: CivilDate): number {
  return new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() || 7;
}

/** True when year/month/day name a real day (no 31 June). */
export function isRealDate(d: CivilDate): boolean {
  const x = new Date(Date.UTC(d.year, d.month - 1, d.day));
  return x.getUTCFullYear() === d.year && x.getUTCMonth() === d.month - 1 && x.getUTCDate() === d.day && d.year > 0;
}

/** Compares calendar days (negative when a is earlier). */
export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** "YYYY-MM-DD". */
export function isoDate(d: CivilDate): string {
  return `${String(d.year).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

/** ISO 8601 UTC with a Z and no milliseconds. */
export function isoUtc(ts: number): string {
  return new Date(ts).toISOString().replace(/\.\d{3}Z$/, "Z");
}
