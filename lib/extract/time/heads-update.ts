// Whether a clock heads a later addition to the page ("Update (5:40 p.m. ET): the store is back",
// "Edit : vers 16h27, la panne est toujours en cours"). Such a clock was written after the page's
// first publication, or is its latest change (which a feed may give as the page's date): it is the
// reading of that clock nearest publication, never pushed to the day before because it is later
// in the day than the publication's hour.
import { UPDATE_HEADS } from "./data/clock-words";
import { sentenceAt } from "../split-sentences";
import type { TimeContext } from "./time-context";

// the head opens its sentence (after a bracket, a bullet or a dash at most) and only a colon, a
// bracket, a comma or "at" / "à" / "vers" / "as of" stands between it and the clock
const HEAD_RE = new RegExp(String.raw`^[\s[(|•*—–-]*(?:${UPDATE_HEADS.join("|")})(?![a-z])\s*[:,(@—–-]?\s*(?:(?:at|as of|a|vers|around|about)\s+)?$`);

/** True when the clock at `at` heads an update (see above). */
export function headsUpdate(c: Pick<TimeContext, "folded" | "sentences">, at: number): boolean {
  const s = sentenceAt(c, at);
  return at - s.start <= 40 && HEAD_RE.test(c.folded.slice(s.start, at));
}
