import type { IncidentExport, Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { DISPLAY_ZONES, formatDate, formatDateTime, formatDuration } from "../lib/i18n/format";
import { detectLanguage } from "../lib/extract/detect-language";
import { CauseBadge } from "./cause-badge";
import { IncidentLead } from "./incident-lead";
import type { CitedDoc } from "./source-links";
import { FollowLinks } from "./follow-links";
import { incidentPath } from "../app/_lib/incident-metadata";
import { OtherLanguage } from "./other-language";
import { LocalTime } from "./local-time";
import { SourceLinks } from "./source-links";
import { ServiceChips } from "./service-chips";
import { StatusPhase } from "./status-phase";
import { StatusPill } from "./status-pill";

const cell = "whitespace-nowrap px-2 py-1 text-left align-top";

/** Title, services, status, start and end in UTC, Paris, New York and the reader's zone, duration, cause. */
export function IncidentHeader({ inc, docs, updatedAt, lang, t }: { inc: IncidentExport; docs: Map<string, CitedDoc>; updatedAt: string | null; lang: Lang; t: Messages }) {
  // an end that is only a partial recovery or a fix is labelled as what it is; with impact that
  // outlasted the fix and no end, the fix is shown on its own
  const mitigatedOnly = !inc.endedAt && inc.phases?.mitigated ? inc.phases.mitigated : null;
  // a start known only to the day shows that day in every column: no clock time, no shift across zones
  const rows = [
    { label: t.started, iso: inc.startedAt, dayOnly: inc.phases?.impactStart?.precision === "day" },
    mitigatedOnly ? { label: t.endKindLabel.mitigation, iso: mitigatedOnly.at, dayOnly: false } : { label: inc.endKind ? t.endKindLabel[inc.endKind] : t.ended, iso: inc.endedAt, dayOnly: false },
  ];
  const cites = inc.factSources;
  const note = inc.endKind ? t.endKindNote[inc.endKind] : "";
  const guesses = (inc.cause?.superseded ?? []).filter((c) => c.category !== "unknown");
  return (
    <header className="mb-6">
      <p className="mb-2 flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        <StatusPill status={inc.status} t={t} />
        <StatusPhase timeline={inc.timeline} t={t} />
        {inc.startedAt && <time dateTime={inc.startedAt}>{formatDate(inc.startedAt, lang)}</time>}
        {updatedAt && <span data-testid="last-updated">· {t.lastUpdated}{t.colon} <time dateTime={updatedAt}>{formatDateTime(updatedAt, lang)}</time></span>}
      </p>
      <h1 className="text-2xl font-bold leading-tight tracking-tight sm:text-3xl">{lang === "fr" ? inc.titleFr : inc.title}</h1>
      <div className="mt-3"><ServiceChips services={inc.services} /></div>
      {inc.affectedServices && inc.affectedServices.length > 0 && (
        <div className="mt-2 flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300" data-testid="also-affected">
          <span>{t.alsoAffected}{t.colon}</span>
          <ServiceChips services={inc.affectedServices} />
        </div>
      )}
      <IncidentLead inc={inc} docs={docs} lang={lang} />
      <FollowLinks label={t.followIncident} t={t} feeds={[{ kind: "RSS", href: `${incidentPath(inc.slug)}/feed.xml` }]} />
      <div className="mt-4 overflow-x-auto focus-visible:outline-2 focus-visible:outline-blue-600" tabIndex={0} role="region" aria-label={t.timeZones}>
        <table className="text-xs tabular-nums sm:text-sm" data-testid="times">
          <caption className="sr-only">{t.timeZones}</caption>
          <thead>
            <tr className="text-slate-600 dark:text-slate-400">
              <td className={cell} />
              <th scope="col" className={cell}>{t.inYourTimeZone}</th>
              <th scope="col" className={cell}>UTC</th>
              {DISPLAY_ZONES.map((z) => <th key={z} scope="col" className={cell}>{z.split("/")[1].replace("_", " ")}</th>)}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.label} className="border-t border-slate-200 dark:border-slate-800">
                <th scope="row" className={`${cell} font-semibold`}>{r.label}</th>
                <td className={cell}>{r.iso ? r.dayOnly ? formatDate(r.iso, lang) : <LocalTime iso={r.iso} lang={lang} /> : "—"}</td>
                <td className={cell}>{r.iso ? r.dayOnly ? formatDate(r.iso, lang) : formatDateTime(r.iso, lang) : t.unknownTime}</td>
                {DISPLAY_ZONES.map((z) => <td key={z} className={cell}>{r.iso ? r.dayOnly ? formatDate(r.iso, lang) : formatDateTime(r.iso, lang, z) : "—"}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="mt-4 grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t.started}</dt>
        <dd data-testid="start-sources"><SourceLinks urls={cites?.start ?? []} docs={docs} t={t} /></dd>
        <dt className="font-semibold">{rows[1].label}</dt>
        <dd data-testid="end-sources">
          {mitigatedOnly && (inc.phases?.residual.length ?? 0) > 0 && <span className="block">{t.impactContinued}</span>}
          <SourceLinks urls={mitigatedOnly ? mitigatedOnly.sources : cites?.end ?? []} docs={docs} t={t} />
        </dd>
        <dt className="font-semibold">{t.duration}</dt>
        <dd data-testid="duration">
          {formatDuration(inc.durationMinutes, lang) || t.unknownTime}
          {inc.durationMinutes !== null && note && <span className="ml-2 text-sm text-slate-700 dark:text-slate-300">({note})</span>}
          <SourceLinks urls={cites?.duration ?? []} docs={docs} t={t} />
        </dd>
        <dt className="font-semibold">{t.cause}</dt>
        <dd data-testid="cause">
          {inc.cause?.category === "unknown" ? (
            // "no explanation was given" is no cause: say it is not stated (no status badge), with the sources' words and the guesses as guesses
            <>
              {t.causeUnknown}
              {inc.cause.summary && <span className="mt-1 block">{inc.cause.summary}</span>}
              {guesses.length > 0 && <span className="mt-1 block text-sm">{t.causeGuesses}: {guesses.map((g) => t.causeCategory[g.category] ?? g.category).join(", ")}</span>}
            </>
          ) : inc.cause ? (
            <>
              <span className="font-medium">{t.causeCategory[inc.cause.category] ?? inc.cause.category}</span>{" "}
              <CauseBadge status={inc.cause.status} t={t} />
              {inc.cause.summary && <CauseSummary summary={inc.cause.summary} lang={lang} />}
              <SourceLinks urls={cites?.cause ?? []} docs={docs} t={t} />
            </>
          ) : t.causeUnknown}
        </dd>
      </dl>
    </header>
  );
}

/** The source's own sentence on the cause, marked with its language (detected: sources of a cause
 * often mix languages); in the other language, a summary in the page's words comes first. */
function CauseSummary({ summary, lang }: { summary: string; lang: Lang }) {
  const said = detectLanguage(null, summary);
  return (
    <span className="mt-1 block text-slate-700 dark:text-slate-300">
      <q><OtherLanguage text={summary} textLang={said} lang={lang} /></q>
    </span>
  );
}
