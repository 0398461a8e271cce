// Whether a sentence says, before a point, that what it tells is to come: a forecast, a plan or an
// obligation ("the company expects service to be restored by 5 p.m.", "will be back in two hours",
// "l'opérateur prévoit un retour à la normale vers 18 h"). One compiled list per language, shared
// by the clock grammar (a forecast's clock is that day's, ahead) and the chrono merge (English "in
// two hours" is a moment only in such a clause).
import { compileCues, hasMatch } from "../compile-cues";
import { ENGLISH_FUTURE_CUES, FRENCH_FUTURE_CUES } from "./data/chrono-cues";
import { sentenceAt } from "../split-sentences";
import type { TimeContext } from "./time-context";

const FUTURE_CUE_RES = { en: compileCues(ENGLISH_FUTURE_CUES), fr: compileCues(FRENCH_FUTURE_CUES) };

/** True when a future cue stands in the sentence of `at`, before `at`. */
export function foretells(c: Pick<TimeContext, "lang" | "folded" | "sentences">, at: number): boolean {
  return hasMatch(FUTURE_CUE_RES[c.lang], c.folded, sentenceAt(c, at).start, at);
}
