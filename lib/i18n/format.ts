// Dates, durations and numbers written for the reader's locale with Intl (no hand-made formats).
import type { Lang } from "../domain/types";

const INTL_LOCALE: Record<Lang, string> = { en: "en-GB", fr: "fr-FR" };

/** Zones shown next to UTC on incident pages: where most of our readers and outlets are. */
export const DISPLAY_ZONES = ["Europe/Paris", "America/New_York"] as const;

function valid(iso: string | null | undefined): Date | null {
  if (!iso) return null;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** "4 Oct 2021, 15:39 UTC" / "4 oct. 2021, 15:39 UTC" in `zone` (default UTC); "" when unknown. */
export function formatDateTime(iso: string | null | undefined, lang: Lang, zone = "UTC"): string {
  const d = valid(iso);
  if (!d) return "";
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], {
    day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: zone, timeZoneName: "short",
  }).format(d);
}

/** "15:39" in `zone`, for compact timeline marks. */
export function formatTime(iso: string | null | undefined, lang: Lang, zone = "UTC"): string {
  const d = valid(iso);
  if (!d) return "";
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(d);
}

/** "4 October 2021" / "4 octobre 2021", the UTC day. */
export function formatDate(iso: string | null | undefined, lang: Lang, zone = "UTC"): string {
  const d = valid(iso);
  if (!d) return "";
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { day: "numeric", month: "long", year: "numeric", timeZone: zone }).format(d);
}

/** "4 Oct 21" / "4 oct. 21", a compact UTC day for chart labels. */
export function formatShortDate(iso: string | null | undefined, lang: Lang, zone = "UTC"): string {
  const d = valid(iso);
  if (!d) return "";
  return new Intl.DateTimeFormat(INTL_LOCALE[lang], { day: "numeric", month: "short", year: "2-digit", timeZone: zone }).format(d);
}

/** "6 hr 21 min" / "6 h 21 min"; days beyond 48 hours; "" when unknown. */
export function formatDuration(minutes: number | null | undefined, lang: Lang): string {
  if (minutes == null || !Number.isFinite(minutes) || minutes < 0) return "";
  const unit = (u: "day" | "hour" | "minute", n: number) =>
    new Intl.NumberFormat(INTL_LOCALE[lang], { style: "unit", unit: u, unitDisplay: "short" }).format(n);
  const m = Math.round(minutes);
  if (m >= 48 * 60) {
    const days = Math.floor(m / 1440);
    const hours = Math.round((m - days * 1440) / 60);
    return hours ? `${unit("day", days)} ${unit("hour", hours)}` : unit("day", days);
  }
  const h = Math.floor(m / 60);
  const rest = m % 60;
  if (h === 0) return unit("minute", rest);
  return rest ? `${unit("hour", h)} ${unit("minute", rest)}` : unit("hour", h);
}

/** A number with the locale's grouping ("12,500" / "12 500"). */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(INTL_LOCALE[lang]).format(n);
}

/** "Facebook, Instagram and WhatsApp" / "Facebook, Instagram et WhatsApp". */
export function formatList(items: string[], lang: Lang): string {
  return new Intl.ListFormat(INTL_LOCALE[lang], { style: "long", type: "conjunction" }).format(items);
}
