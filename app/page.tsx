import type { Metadata } from "next";
import { IncidentCard } from "./_components/incident-card";
import { ServiceFilter } from "./_components/service-filter";
import { listIncidents, listOngoingIncidents, listServices } from "./_lib/cached-reads";
import { getMessages } from "./_lib/request-context";
import { readHomeParams } from "./_lib/read-home-params";

export const metadata: Metadata = {};

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { lang, t } = await getMessages();
  const services = await listServices();
  const { service, cursor } = readHomeParams(await searchParams, services);
  const name = service?.name;
  const [ongoing, latest] = await Promise.all([
    cursor ? Promise.resolve([]) : listOngoingIncidents(name),
    listIncidents({ service: name, cursor, limit: 20, status: "resolved" }),
  ]);
  const more = latest.nextCursor ? `/?${new URLSearchParams({ ...(service ? { service: service.slug } : {}), cursor: latest.nextCursor })}` : null;
  return (
    <>
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
        {latest.items.length === 0 && ongoing.length === 0 && <p>{t.noIncidents}</p>}
        <div className="grid gap-3">{latest.items.map((i) => <IncidentCard key={i.slug} incident={i} lang={lang} t={t} />)}</div>
        {more && <p className="mt-4"><a className="underline hover:no-underline" href={more}>{t.olderIncidents} →</a></p>}
      </section>
    </>
  );
}
