// /sources: which sources are followed and their health (last fetch, errors). Rendered per request
// with no framework JavaScript (see pages/search.tsx).
import type { GetServerSideProps } from "next";
import { PageHead } from "../components/page-head";
import { SiteBody } from "../components/site-body";
import { SourceHealthTable } from "../components/source-health-table";
import { asProps, readPageRequest } from "../app/_lib/page-request";
import type { SourceHealth } from "../lib/db/site-source-health";
import type { Lang } from "../lib/domain/types";
import { listSourceHealth } from "../lib/http/cached-site-reads";
import { messages } from "../lib/i18n/data/messages";

export const config = { unstable_runtimeJS: false };

type Props = { lang: Lang; path: string; sources: SourceHealth[] };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req }) => {
  return { props: asProps({ ...readPageRequest(req, "/sources"), sources: await listSourceHealth() }) };
};

export default function SourcesPage({ lang, path, sources }: Props) {
  const t = messages[lang];
  return (
    <>
      <PageHead t={t} lang={lang} title={t.followedSources} />
      <SiteBody t={t} lang={lang} path={path}>
        <h1 className="mb-4 text-2xl font-bold tracking-tight sm:text-3xl">{t.followedSources}</h1>
        {sources.length === 0 ? <p>{t.noSources}</p> : <SourceHealthTable sources={sources} lang={lang} t={t} />}
      </SiteBody>
    </>
  );
}
