// Dates as feeds write them: W3C-DTF / ISO 8601 (Atom, dc:date) and RFC 822 with its common
// variants (pubDate): named zones, "GMT+hh:mm", long month names, swapped month and day, asctime,
// two-digit years, French month names. A date without a zone is read in the source's zone
// (IANA name, UTC when unknown), never in the server's. Anything not understood is null rather
// than a guess; an impossible date (31 June, 25:00) is null too.
import { DateTime } from "luxon";
import { foldText } from "../../text/fold-text";
import { FIXED_ZONES, MONTHS, SEASONAL_ZONES, WEEKDAYS } from "./data/date-words";

interface Parts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  ms: number;
  /** minutes east of UTC, an IANA zone name, or null when the text names no zone */
  zone: number | string | null;
}

const fold = (s: string) => foldText(s).replace(/\.$/, "");

// RFC 2822 §4.3: a two-digit year is 19xx from 50 on, 20xx below
const fullYear = (y: string) => (y.length <= 2 ? (Number(y) < 50 ? 2000 : 1900) + Number(y) : Number(y));

function offsetOf(sign: string, hh: string, mm = "0"): number | null {
  const h = Number(hh);
  const m = Number(mm);
  if (h > 23 || m > 59) return null;
  return (sign === "-" ? -1 : 1) * (h * 60 + m);
}

/** A zone token: Z, ±hhmm, ±hh:mm, GMT±h[:mm], an abbreviation, Etc/GMT or an IANA name. */
function zoneToken(t: string): number | string | null | undefined {
  const upper = t.toUpperCase();
  if (upper in FIXED_ZONES) return FIXED_ZONES[upper];
  if (upper in SEASONAL_ZONES) return SEASONAL_ZONES[upper];
  const num = t.match(/^(?:(?:GMT|UTC|UT)(?=[+-]))?([+-])(\d{1,2})(?::?(\d{2}))?$/i);
  if (num) return offsetOf(num[1], num[2], num[3]) ?? undefined;
  if (/^etc\/(gmt|utc|uct)$/i.test(t)) return 0;
  if (t.includes("/") && DateTime.local().setZone(t).isValid) return t;
  return undefined; // not a zone
}

const ISO = new RegExp(
  "^(?:(\\d{4})-(\\d{1,3})(?:-(\\d{1,2}))?|(\\d{4})(\\d{2})(\\d{2})|(\\d{2})-?(\\d{2})-?(\\d{2})|(\\d{4}|\\d{2})-?(\\d{3})|(\\d{4}))" +
    "(?:[T ]\\s*(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?\\s*(Z|[+-]\\d{2}(?::?\\d{2})?)?)?$", // a zone only after a time
  "i",
);

function isoParts(s: string): Parts | null {
  const m = s.match(ISO);
  if (!m) return null;
  let year: number;
  let month = 1;
  let day = 1;
  if (m[1]) [year, month, day] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
  else if (m[4]) [year, month, day] = [Number(m[4]), Number(m[5]), Number(m[6])];
  else if (m[7]) [year, month, day] = [fullYear(m[7]), Number(m[8]), Number(m[9])];
  else if (m[10]) {
    // ordinal date: day of the year
    year = fullYear(m[10]);
    const d = new Date(0);
    d.setUTCFullYear(year, 0, Number(m[11]));
    if (Number(m[11]) < 1 || Number(m[11]) > 366) return null;
    [month, day] = [d.getUTCMonth() + 1, d.getUTCDate()];
  } else year = Number(m[12]);
  let zone: Parts["zone"] = null;
  if (m[17]) {
    const z = m[17].match(/^([+-])(\d{2}):?(\d{2})?$/);
    zone = z ? offsetOf(z[1], z[2], z[3]) : 0;
    if (zone === null) return null;
  }
  const ms = m[16] ? Math.round(Number(`0.${m[16]}`) * 1000) : 0;
  return { year, month, day, hour: Number(m[13] ?? 0), minute: Number(m[14] ?? 0), second: Number(m[15] ?? 0), ms, zone };
}

/** RFC 822 and the variants feeds write; tokens in any order, each recognised or the date is null. */
function rfc822Parts(s: string): Parts | null {
  const tokens = s.replace(/\([^)]*\)/g, " ").replace(/,/g, " ").split(/\s+/).filter(Boolean);
  const months = tokens.filter((t) => fold(t) in MONTHS).length;
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  let time: number[] | null = null;
  let zone: Parts["zone"] = null;
  let pm: boolean | null = null;
  for (const [i, t] of tokens.entries()) {
    const f = fold(t);
    // "mar" is both mardi and mars: a weekday only when another month name follows
    if (i === 0 && WEEKDAYS.has(f) && (!(f in MONTHS) || months > 1)) continue;
    if (month === null && f in MONTHS) month = MONTHS[f];
    else if (time === null && /^\d{1,2}:\d{1,2}(:\d{1,2})?$/.test(t)) time = t.split(":").map(Number);
    else if (time !== null && pm === null && /^(am|pm|a\.m\.|p\.m\.)$/i.test(t)) pm = /^p/i.test(t);
    else if (/^\d{4}\/\d{1,2}\/\d{1,2}$/.test(t) && year === null) [year, month, day] = t.split("/").map(Number);
    else if (/^\d{4}$/.test(t) && year === null) year = Number(t);
    else if (/^\d{1,2}$/.test(t) && day === null) day = Number(t);
    else if (/^\d{2}$/.test(t) && year === null && day !== null) year = fullYear(t);
    else if (zone === null && year !== null || zone === null && time !== null) {
      const z = zoneToken(t);
      if (z === undefined || z === null) return null;
      zone = z;
    } else return null;
  }
  if (year === null || month === null || day === null) return null;
  const [h, minute, second] = time ?? [0, 0, 0];
  let hour = h;
  if (pm !== null) hour = (hour % 12) + (pm ? 12 : 0);
  return { year, month, day, hour, minute, second: second ?? 0, ms: 0, zone };
}

/** Reads a feed's date; a date without a zone is wall-clock time in `zone` (default UTC). */
export function parseFeedDate(value: unknown, zone = "UTC"): Date | null {
  if (typeof value !== "string") return null;
  const s = value.trim();
  if (!s) return null;
  const p = isoParts(s) ?? rfc822Parts(s);
  if (!p) return null;
  const { year, month, day, hour, minute, second, ms } = p;
  if (month < 1 || month > 12 || hour > 23 || minute > 59 || second > 60) return null;
  const wall = { year, month, day, hour, minute, second: Math.min(second, 59), millisecond: ms };
  const z = p.zone === null ? zone : typeof p.zone === "number" ? "UTC" : p.zone;
  const dt = DateTime.fromObject(wall, { zone: z });
  if (!dt.isValid || dt.day !== day) return null;
  const at = dt.toMillis() - (typeof p.zone === "number" ? p.zone * 60_000 : 0);
  return new Date(at);
}
