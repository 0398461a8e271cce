// Chooses which day anchor and part of day a clock time belongs to: the nearest one in its own
// sentence, else the last one named earlier in the same paragraph (news narrates one day at a time),
// else the past date a narrative last stated ("On December 7, 2021, …" paragraphs before: narrated-day.ts),
// else, in a follow-up, the earlier day it names as the outage's ("Tuesday's outage ... back at 17:06 UTC").
import type { DayAnchor } from "./find-day-anchors";
import type { PartOfDay } from "./data/calendar-words";
import { NOT_NARRATION, STATEMENT_DAY_BEFORE } from "./data/story-day-phrases";
import { headsUpdate } from "./heads-update";
import { inLaterClause } from "./in-later-clause";
import { narratesDay } from "./narrated-day";
import { sentenceAt } from "../split-sentences";
import type { TimeContext } from "./time-context";

export interface AnchorChoice {
  day: DayAnchor | null;
  part: PartOfDay | null;
  framing?: DayAnchor | null; // the last calendar date named earlier, for clocks the publication day cannot hold
  story?: boolean; // `day` is the follow-up's outage day or the narrated day, not a day named near the span
  recalled?: DayAnchor | null; // the last day of any kind named earlier when no calendar date frames the clock (see lastNamed)
}

/** Picks the day anchor and the part of day that govern the span [index, end). */
export function pickDayAnchor(c: TimeContext, days: DayAnchor[], parts: DayAnchor[], index: number, end: number): AnchorChoice {
  const s = sentenceAt(c, index);
  // in a follow-up, the day a report was posted or a statement made is not the narrated events' day
  // (within the day's own sentence: a title "... explained" does not make "On March 5" a statement's day)
  const saysStatement = (a: DayAnchor) => STATEMENT_DAY_BEFORE.test(c.folded.slice(Math.max(sentenceAt(c, a.index).start, a.index - 50), a.index));
  // … unless the clock is where a state the statement reports began ("said Thursday night that it had
  // been working since 8 p.m.", "a indiqué jeudi soir que le service était rétabli depuis 20 h"): "since"
  // counts back from the moment of speaking, so a clock with no day of its own is that day's
  const sinceClock = SINCE_BEFORE.test(c.folded.slice(Math.max(0, index - 30), index));
  const datesStatement = (a: DayAnchor) => c.storyDay !== null && saysStatement(a) && !sinceClock;
  const inSentence = (a: DayAnchor) => a.index >= s.start && a.end <= s.end && !datesStatement(a);
  // "Le 2 avril, ... de 14 h à 15 h 30, a expliqué le ministère ce mardi": of a sentence's days, the
  // one its statement was made on dates the clocks only when the sentence names no other
  const ofSentence = (list: DayAnchor[]) => {
    const eventDays = list.filter((a) => !saysStatement(a));
    return nearest(eventDays.length > 0 ? eventDays : list, index, end);
  };
  // a bare weekday past a clause break after the clock tells that later clause's day ("back by 11 p.m.,
  // but not fully restored until 12:15 a.m. Wednesday"): the clock keeps the day narrated before it;
  // with none, the weekday is still picked (and set aside by resolve-clocks, the clock then unanchored)
  const laterWeekday = (a: DayAnchor) => a.weekday !== undefined && !a.date && !a.next && inLaterClause(c, end, a.index);
  const sentenceDays = days.filter(inSentence);
  const named = ofSentence(sentenceDays.filter((a) => !laterWeekday(a))) ?? carried(c, days, s.start, s.paragraph) ?? ofSentence(sentenceDays);
  // an update's stamp and a sentence about plans are of the day of writing, not of the narrated day
  const live = headsUpdate(c, index) || NOT_NARRATION.test(c.folded.slice(s.start, s.end));
  const framing = named ? null : lastDated(days, s.start);
  const narrated = framing && !live && narratesDay(c, framing) ? framing : null;
  const story = !named && (narrated !== null || (c.storyDay !== null && !live));
  const day = named ?? narrated ?? (story ? c.storyDay : null);
  // a part glued to another day is that day's ("mardi soir, et pour tous mercredi vers 9 h"), and one
  // after "jusqu'en" / "until" is where a range ends ("de 11 h jusqu'en fin d'après-midi"): neither
  // is the half of the day this clock is in
  const othersDay = (p: DayAnchor) => days.some((d) => d !== day && inSentence(d) && gluedPart(c, [p], d) !== undefined);
  const boundAfter = (p: DayAnchor) => p.index >= end && UNTIL_BETWEEN.test(c.folded.slice(end, p.index));
  const ownClause = (p: DayAnchor) => inSentence(p) && !inLaterClause(c, end, p.index) && !othersDay(p) && !boundAfter(p);
  const part = day?.part ?? (named ? gluedPart(c, parts, named)?.part : undefined) ?? nearest(parts.filter(ownClause), index, end)?.part;
  const recalled = day || framing || live ? null : lastNamed(days, s.start);
  return { day, part: part ?? null, framing: day ? null : framing, ...(story ? { story } : {}), ...(recalled ? { recalled } : {}) };
}

const SINCE_BEFORE = /(?<![a-z])(?:since|depuis)\s+(?:(?:about|around|approximately|environ|vers|a peu pres)\s+)?$/;

const UNTIL_BETWEEN = /^\s*,?\s*(?:jusqu'(?:en|a|au|dans)?|jusque(?:\s+(?:dans|vers))?|until|till|through|to)\s*$/;

/** The part of day written next to a day anchor: after it ("lundi soir", "Saturday morning", "hier, dans
 * l'après-midi", "le 4 octobre au soir") or before it ("dans la soirée de mardi", "in the early hours of Tuesday"). */
export function gluedPart(c: TimeContext, parts: DayAnchor[], day: DayAnchor): DayAnchor | undefined {
  return parts.find(
    (p) =>
      (p.index >= day.end && /^[\s,]{0,3}$/.test(c.folded.slice(day.end, p.index))) ||
      (p.end <= day.index && /^\s*(?:de|du|d'|of|on)?\s*$/.test(c.folded.slice(p.end, day.index))),
  );
}

function nearest(anchors: DayAnchor[], index: number, end: number): DayAnchor | null {
  let best: DayAnchor | null = null;
  let bestDistance = Infinity;
  for (const a of anchors) {
    const d = a.index >= end ? a.index - end + 0.5 : Math.max(0, index - a.end);
    if (d < bestDistance) {
      best = a;
      bestDistance = d;
    }
  }
  return best;
}

// A calendar date ("on December 7") frames the rest of a report (a postmortem published days later
// narrates that day) until another day is named; weekdays and "today" do not frame it.
function lastDated(days: DayAnchor[], before: number): DayAnchor | null {
  let found: DayAnchor | null = null;
  for (const d of days) {
    if (d.end > before) break;
    found = d;
  }
  return found?.date && found.date.day > 0 ? found : null;
}

// The last day of any kind named before `before` ("mardi soir", "yesterday"): it frames no narrative
// (a weekday does not set a retrospective's day, lastDated), but a clock the publication day cannot
// hold is of the day the text last named, when that day is past (resolve-clocks.ts).
function lastNamed(days: DayAnchor[], before: number): DayAnchor | null {
  let found: DayAnchor | null = null;
  for (const d of days) {
    if (d.end > before) break;
    found = d;
  }
  return found;
}

function carried(c: TimeContext, days: DayAnchor[], before: number, paragraph: number): DayAnchor | null {
  let found: DayAnchor | null = null;
  for (const d of days) {
    if (d.end > before) break;
    if (sentenceAt(c, d.index).paragraph === paragraph) found = d;
  }
  return found;
}
