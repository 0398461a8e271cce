// /: ongoing incidents first, then the latest, filterable by service (?service=) and paged
// (?cursor=). Rendered per request with no framework JavaScript (see pages/search.tsx).
import type { GetServerSideProps } from "next";
import { FollowLinks, SITE_FEEDS } from "../components/follow-links";
import { IncidentCard } from "../components/incident-card";
import { PageHead } from "../components/page-head";
import { ServiceFilter } from "../components/service-filter";
import { SiteBody } from "../components/site-body";
import { homeProps, type HomeProps } from "../app/_lib/home-props";
import { readPageRequest } from "../app/_lib/page-request";
import { messages } from "../lib/i18n/data/messages";

export const config = { unstable_runtimeJS: false };

type Props = HomeProps;

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, query }) => homeProps(readPageRequest(req, "/"), query);

export default function Home({ lang, path, services, service, ongoing, latest, more }: Props) {
  const t = messages[lang];
  const name = service?.name;
  return (
    <>
      <PageHead t={t} lang={lang} title={name ? t.serviceHistory(name) : undefined} />
      <SiteBody t={t} lang={lang} path={path}>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{name ? t.serviceHistory(name) : t.siteName}</h1>
        <p className="mt-1 text-slate-700 dark:text-slate-300">{t.tagline}</p>
        {service
          ? <FollowLinks label={t.followService(service.name)} feeds={[{ kind: "RSS", href: `/services/${service.slug}/feed.xml` }]} t={t} />
          : <FollowLinks label={t.followSite} feeds={SITE_FEEDS} t={t} />}
        <div className="mt-4"><ServiceFilter services={services} current={service?.slug ?? null} t={t} home={/^\/(en|fr)(\?|$)/.test(path) ? path.split("?")[0] : "/"} /></div>
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
