// /: ongoing incidents first, then the latest, filterable by service (?service=) and paged
// (?cursor=). Rendered per request with no framework JavaScript (see pages/search.tsx).
import type { GetServerSideProps } from "next";
import { IncidentCard } from "../app/_components/incident-card";
import { PageHead } from "../app/_components/page-head";
import { ServiceFilter } from "../app/_components/service-filter";
import { SiteBody } from "../app/_components/site-body";
import { asProps, readPageRequest } from "../app/_lib/page-request";
import { readHomeParams } from "../app/_lib/read-home-params";
import type { IncidentSummary, ServiceEntry } from "../lib/db/site-reads";
import type { Lang } from "../lib/domain/types";
import { listIncidents, listOngoingIncidents, listServices } from "../lib/http/cached-site-reads";
import { messages } from "../lib/i18n/data/messages";

export const config = { unstable_runtimeJS: false };

type Props = {
  lang: Lang; path: string; services: ServiceEntry[]; service: ServiceEntry | null;
  ongoing: IncidentSummary[]; latest: IncidentSummary[]; more: string | null;
};

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, query }) => {
  const { lang, path } = readPageRequest(req, "/");
  const services = await listServices();
  const { service, cursor } = readHomeParams(query, services);
  const [ongoing, latest] = await Promise.all([
    cursor ? Promise.resolve([]) : listOngoingIncidents(service?.name),
    listIncidents({ service: service?.name, cursor: cursor ?? undefined, limit: 20, status: "resolved" }),
  ]);
  const more = latest.nextCursor ? `/?${new URLSearchParams({ ...(service ? { service: service.slug } : {}), cursor: latest.nextCursor })}` : null;
  return { props: asProps({ lang, path, services, service, ongoing, latest: latest.items, more }) };
};

export default function Home({ lang, path, services, service, ongoing, latest, more }: Props) {
  const t = messages[lang];
  const name = service?.name;
  return (
    <>
      <PageHead t={t} lang={lang} title={name ? t.serviceHistory(name) : undefined} />
      <SiteBody t={t} lang={lang} path={path}>
        <h1 className="mb-4 text-2xl font-bold tracking-tight sm:text-3xl">{name ? t.serviceHistory(name) : t.siteName}</h1>
        <ServiceFilter services={services} current={service?.slug ?? null} t={t} />
        {ongoing.length > 0 && (
          <section aria-labelledby="ongoing" className="mb-8">
            <h2 id="ongoing" className="mb-3 text-xl font-semibold text-red-700 dark:text-red-400">{t.ongoingIncidents}</h2>
            <div className="grid gap-3">{ongoing.map((i) => <IncidentCard key={i.slug} incident={i} lang={lang} t={t} />)}</div>
          </section>
        )}
        <section aria-labelledby="latest">
          <h2 id="latest" className="mb-3 text-xl font-semibold">{t.latestIncidents}</h2>
          {latest.length === 0 && ongoing.length === 0 && <p>{t.noIncidents}</p>}
          <div className="grid gap-3">{latest.map((i) => <IncidentCard key={i.slug} incident={i} lang={lang} t={t} />)}</div>
          {more && <p className="mt-4"><a className="underline hover:no-underline" href={more}>{t.olderIncidents} →</a></p>}
        </section>
      </SiteBody>
    </>
  );
}
