// Whether a day anchor names an earlier event the text compares with or counts from ("comme lors de
// la panne du 18 novembre", "like the outage of November 18, 2025"), not the day it narrates.
import { COMPARED_DAY_BEFORE } from "./data/story-day-phrases";
import type { DayAnchor } from "./find-day-anchors";

// how far before the anchor its comparison word may stand (the phrase itself bounds it at 50 characters)
const REACH = 70;

/** True when a comparison or "since/after the" phrase stands right before `d` in its sentence. */
export function comparedDay(folded: string, d: DayAnchor): boolean {
  return COMPARED_DAY_BEFORE.test(folded.slice(Math.max(0, d.index - REACH), d.index));
}
