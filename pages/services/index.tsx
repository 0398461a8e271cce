// /services: every service with a recorded outage, most incidents first, each linking to its
// history and its feed. Rendered per request with no framework JavaScript (see pages/search.tsx).
import type { GetServerSideProps } from "next";
import { PageHead } from "../../components/page-head";
import { SiteBody } from "../../components/site-body";
import { asProps, readPageRequest } from "../../app/_lib/page-request";
import type { ServiceEntry } from "../../lib/db/site-service-history";
import type { Lang } from "../../lib/domain/types";
import { listServices } from "../../lib/http/cached-site-reads";
import { messages } from "../../lib/i18n/data/messages";

export const config = { unstable_runtimeJS: false };

type Props = { lang: Lang; path: string; services: ServiceEntry[] };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  return { props: asProps({ ...readPageRequest(req, "/services"), services: await listServices() }) };
};

export default function ServicesPage({ lang, path, services }: Props) {
  const t = messages[lang];
  return (
    <>
      <PageHead t={t} lang={lang} title={t.servicesIndex} canonical="/services" />
      <SiteBody t={t} lang={lang} path={path}>
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">{t.servicesIndex}</h1>
        <p className="mt-2 text-slate-700 dark:text-slate-300">{t.servicesIntro}</p>
        {services.length === 0 ? <p className="mt-4">{t.noIncidents}</p> : (
          <ul className="mt-4 grid gap-2 sm:grid-cols-2" data-testid="services-index">
            {services.map((s) => (
              <li key={s.slug} className="flex flex-wrap items-baseline justify-between gap-2 rounded border border-slate-200 px-3 py-2 dark:border-slate-800">
                <a href={`/services/${encodeURIComponent(s.slug)}`} className="font-medium underline hover:no-underline">{s.name}</a>
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  {t.incidentsCount(s.incidentCount)} · <a href={`/services/${encodeURIComponent(s.slug)}/feed.xml`} className="underline" aria-label={`${s.name} RSS`}>RSS</a>
                </span>
              </li>
            ))}
          </ul>
        )}
      </SiteBody>
    </>
  );
}
