import type { IncidentSummary } from "../lib/domain/incident-summary";
import type { IncidentExport, Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { layoutTimeline } from "../app/_lib/timeline-geometry";
import { ConflictList } from "./conflict-list";
import { IncidentCard } from "./incident-card";
import { ImpactList, ReactionList } from "./reaction-impact-lists";
import { Section } from "./section";
import type { CitedDoc } from "./source-links";
import { SourcesByLanguage } from "./sources-by-language";
import { StatementList } from "./statement-list";
import { TimelineChart } from "./timeline-chart";
import { TimelineList } from "./timeline-list";

/** Everything below the incident header, each part shown only when the sources provide it. */
export function IncidentBody({ inc, docs, related, now, lang, t }: {
  inc: IncidentExport; docs: Map<string, CitedDoc>; related: IncidentSummary[]; now: number; lang: Lang; t: Messages;
}) {
  const entries = [...inc.timeline].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  const geometry = layoutTimeline({ ...inc, timeline: entries }, now);
  return (
    <>
      {(geometry || entries.length > 0) && (
        <Section id="timeline" title={t.timeline}>
          {geometry && <TimelineChart g={geometry} lang={lang} t={t} />}
          <TimelineList entries={entries} docs={docs} cause={inc.cause?.category ?? null} lang={lang} t={t} />
        </Section>
      )}
      {inc.conflicts.length > 0 && <Section id="conflicts" title={t.conflicts}><ConflictList conflicts={inc.conflicts} docs={docs} lang={lang} t={t} /></Section>}
      {inc.statements.length > 0 && <Section id="statements" title={t.statements}><StatementList statements={inc.statements} docs={docs} lang={lang} t={t} /></Section>}
      {inc.impacts.length > 0 && <Section id="impacts" title={t.impacts}><ImpactList impacts={inc.impacts} docs={docs} lang={lang} t={t} /></Section>}
      {inc.reactions.length > 0 && <Section id="reactions" title={t.reactions}><ReactionList reactions={inc.reactions} docs={docs} lang={lang} t={t} /></Section>}
      {inc.documents.length > 0 && <Section id="sources" title={`${t.sources} (${inc.documents.length})`}><SourcesByLanguage docs={inc.documents.map((d) => docs.get(d.url) ?? d)} lang={lang} t={t} /></Section>}
      {related.length > 0 && (
        <Section id="related" title={t.related}>
          <div className="grid gap-3">{related.map((r) => <IncidentCard key={r.slug} incident={r} lang={lang} t={t} />)}</div>
        </Section>
      )}
    </>
  );
}
