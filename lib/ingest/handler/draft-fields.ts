// Field hygiene shared by every document builder: dates, languages and lengths a hostile or
// sloppy source cannot push out of range.
import type { DocumentKind, SourceKind } from "../../domain/types";
import { operatorVoice } from "../../extract/operator-voice";

export const MAX_TITLE = 500;
export const MAX_TEXT = 200_000;
const DAY = 86_400_000;
const EARLIEST = Date.UTC(1990, 0, 1);

/** A publication date, or null when unreadable, before 1990 or more than a day in the future. */
export function clampDate(value: Date | string | null | undefined, now: Date): Date | null {
  if (!value) return null;
  const d = value instanceof Date ? value : new Date(value);
  const t = d.getTime();
  if (Number.isNaN(t) || t < EARLIEST || t > now.getTime() + DAY) return null;
  return d;
}

/** Primary language subtag, lowercased ("fr-FR" → "fr"), or null. */
export function normaliseLang(lang: string | null | undefined): string | null {
  const m = lang?.trim().toLowerCase().match(/^([a-z]{2,3})(?:[-_]|$)/);
  return m ? m[1] : null;
}

/** Whitespace collapsed and cut at `max` characters. */
export function clip(s: string, max: number): string {
  const t = s.replace(/\s+/g, " ").trim();
  return t.length > max ? t.slice(0, max - 1) + "…" : t;
}

/** Text cut at MAX_TEXT characters, line breaks kept. */
export function clipText(s: string): string {
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}

/**
 * The document kind of a source's item (official statements, social posts, news): an item of a source
 * not configured official is official when its title and text are an operator's own (a postmortem or
 * status entry relayed by an aggregator, a blog feed), since its words weigh as the operator's.
 */
export function documentKind(sourceKind: SourceKind, official: boolean, title = "", text = ""): DocumentKind {
  if (sourceKind === "statuspage") return "status";
  if (official) return "official";
  if (sourceKind === "social") return "social";
  return operatorVoice(title, text) ? "official" : "news";
}
