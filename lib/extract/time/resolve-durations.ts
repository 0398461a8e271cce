// Durations become duration expressions; "il y a deux heures" / "two hours ago" becomes the
// instant that far before publication.
import type { TimeExpression } from "../../domain/types";
import type { DurationMatch } from "./find-durations";
import type { TimeContext } from "./time-context";
import { isoDate, isoUtc, utcToLocal } from "./zone-clock";

/** Duration expressions, and instants for durations counted back from publication. */
export function resolveDurations(c: TimeContext, durations: DurationMatch[]): TimeExpression[] {
  return durations.map((d): TimeExpression => {
    const phrase = c.text.slice(d.index, d.end);
    if (!d.ago) return { kind: "duration", minutes: d.minutes, approximate: d.approximate, phrase, index: d.index, ...(d.vague ? { vague: true } : {}), ...(d.ongoing ? { ongoing: true } : {}) };
    const at = c.published - d.minutes * 60_000;
    return {
      kind: "instant",
      utc: isoUtc(at),
      granularity: d.minutes >= 1440 ? "day" : d.minutes >= 60 ? "hour" : "minute",
      localDate: isoDate(utcToLocal(c.defaultZone, at)),
      zone: c.defaultZone,
      zoneExplicit: false,
      phrase,
      index: d.index,
    };
  });
}
