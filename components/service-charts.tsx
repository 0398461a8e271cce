import type { ServiceHistory } from "../lib/db/site-service-history";
import type { Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { formatDuration, formatNumber, formatShortDate } from "../lib/i18n/format";
import { BarChart } from "./bar-chart";
import { Section } from "./section";

/** Outages per year and the duration of each (most recent 24 with a known duration). */
export function ServiceCharts({ h, lang, t }: { h: ServiceHistory; lang: Lang; t: Messages }) {
  const perYear = h.perYear.map((y) => ({ key: String(y.year), label: String(y.year), value: y.count, valueText: formatNumber(y.count, lang) }));
  const timed = h.incidents.filter((i) => i.durationMinutes != null && i.startedAt).slice(0, 24).reverse();
  const durations = timed.map((i) => ({
    key: i.slug,
    label: formatShortDate(i.startedAt, lang),
    value: i.durationMinutes ?? 0,
    valueText: formatDuration(i.durationMinutes, lang),
  }));
  return (
    <>
      {perYear.length > 0 && <Section id="per-year" title={t.outagesPerYear}><BarChart bars={perYear} title={t.outagesPerYear} testId="per-year-chart" /></Section>}
      {durations.length > 0 && <Section id="durations" title={t.durations}><BarChart bars={durations} title={t.durations} testId="durations-chart" /></Section>}
    </>
  );
}
