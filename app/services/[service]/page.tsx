import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { IncidentCard } from "../../_components/incident-card";
import { Section } from "../../_components/section";
import { ServiceCharts } from "../../_components/service-charts";
import { getServiceHistory } from "../../_lib/cached-reads";
import { getMessages } from "../../_lib/request-context";

type Props = { params: Promise<{ service: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const h = await getServiceHistory((await params).service);
  if (!h) return {};
  const { t } = await getMessages();
  return {
    title: t.serviceHistory(h.name),
    alternates: { canonical: `/services/${h.slug}`, types: { "application/rss+xml": [{ url: `/services/${h.slug}/feed.xml`, title: `${h.name} (RSS)` }] } },
  };
}

export default async function ServicePage({ params }: Props) {
  const h = await getServiceHistory((await params).service);
  if (!h) notFound();
  const { lang, t } = await getMessages();
  return (
    <>
      <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t.serviceHistory(h.name)}</h1>
      <ServiceCharts h={h} lang={lang} t={t} />
      {h.longest.length > 0 && (
        <Section id="longest" title={t.longestOutages}>
          <div className="grid gap-3">{h.longest.map((i) => <IncidentCard key={i.slug} incident={i} lang={lang} t={t} />)}</div>
        </Section>
      )}
      <Section id="all" title={`${t.allOutages} (${h.incidents.length})`}>
        <div className="grid gap-3">{h.incidents.map((i) => <IncidentCard key={i.slug} incident={i} lang={lang} t={t} />)}</div>
      </Section>
    </>
  );
}
