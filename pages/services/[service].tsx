// /services/<service>: one service's outage history, charts per year and of durations, the longest
// outages. Rendered per request with no framework JavaScript (see pages/search.tsx).
import type { GetServerSideProps } from "next";
import { FollowLinks } from "../../components/follow-links";
import { IncidentCard } from "../../components/incident-card";
import { PageHead } from "../../components/page-head";
import { feedLangQuery } from "../../app/_lib/feed-lang-query";
import { Section } from "../../components/section";
import { ServiceCharts } from "../../components/service-charts";
import { SiteBody } from "../../components/site-body";
import { asProps, readPageRequest } from "../../app/_lib/page-request";
import type { ServiceHistory } from "../../lib/db/site-service-history";
import type { Lang } from "../../lib/domain/types";
import { getServiceHistory } from "../../lib/http/cached-site-reads";
import { messages } from "../../lib/i18n/data/messages";

export const config = { unstable_runtimeJS: false };

type Props = { lang: Lang; path: string; h: ServiceHistory };

export const getServerSideProps: GetServerSideProps<Props, { service: string }> = async ({ req, params }) => {
  const h = params?.service ? await getServiceHistory(params.service) : null;
  if (!h) return { notFound: true };
  return { props: asProps({ ...readPageRequest(req, `/services/${h.slug}`), h }) };
};

export default function ServicePage({ lang, path, h }: Props) {
  const t = messages[lang];
  return (
    <>
      <PageHead t={t} lang={lang} title={t.serviceHistory(h.name)} canonical={`/services/${h.slug}`} feeds={[{ url: `/services/${h.slug}/feed.xml${feedLangQuery(lang)}`, title: `${h.name} (RSS)` }]} />
      <SiteBody t={t} lang={lang} path={path}>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t.serviceHistory(h.name)}</h1>
        <FollowLinks label={t.followService(h.name)} feeds={[{ kind: "RSS", href: `/services/${h.slug}/feed.xml` }]} t={t} />
        <ServiceCharts h={h} lang={lang} t={t} />
        {h.longest.length > 0 && (
          <Section id="longest" title={t.longestOutages}>
            <div className="grid gap-3">{h.longest.map((i) => <IncidentCard key={i.slug} incident={i} lang={lang} t={t} knockOn={h.knockOn.includes(i.slug)} />)}</div>
          </Section>
        )}
        <Section id="all" title={`${t.allOutages} (${h.incidents.length})`}>
          <div className="grid gap-3">{h.incidents.map((i) => <IncidentCard key={i.slug} incident={i} lang={lang} t={t} knockOn={h.knockOn.includes(i.slug)} />)}</div>
        </Section>
      </SiteBody>
    </>
  );
}
