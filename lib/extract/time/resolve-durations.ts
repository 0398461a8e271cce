// Durations become duration expressions; "il y a deux heures" / "two hours ago" becomes the
// instant that far before publication.
import type { TimeExpression } from "../../domain/types";
import type { DurationMatch } from "./find-durations";
import type { TimeContext } from "./time-context";

/** Duration expressions, and instants for durations counted back from publication. */
export function resolveDurations(c: TimeContext, durations: DurationMatch[]): TimeExpression[] {
  return durations.map((d): TimeExpression => {
    const phrase = c.text.slice(d.index, d.end);
    if (!d.ago) return { kind: "duration", minutes: d.minutes, approximate: d.approximate, phrase, index: d.index };
    const at = c.published.minus({ minutes: d.minutes }).setZone(c.defaultZone);
    return {
      kind: "instant",
      utc: at.toUTC().toISO({ suppressMilliseconds: true })!,
      granularity: d.minutes >= 1440 ? "day" : d.minutes >= 60 ? "hour" : "minute",
      localDate: at.toISODate()!,
      zone: c.defaultZone,
      zoneExplicit: false,
      phrase,
      index: d.index,
    };
  });
}
