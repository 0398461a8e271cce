// /<lang>/incidents/<slug>: the incident page, rendered once per language and incident and served
// from Next's full-page cache (ISR). The proxy rewrites /incidents/<slug> here in the reader's
// language. It ships no framework JavaScript (unstable_runtimeJS: false): the page is read, not
// interacted with, and the only script is /local-time.js, so the CSP allows scripts from 'self'
// only. The cache is refreshed in the background every REVALIDATE_SECONDS and at once when the
// database changes the incident (see instrumentation.ts).
import { serverEnv } from "../../../lib/config/server-env";
import type { GetStaticPaths, GetStaticProps } from "next";
import Head from "next/head";
import { IncidentBody } from "../../../components/incident-body";
import { IncidentHeader } from "../../../components/incident-header";
import { LocalTimeScript } from "../../../components/local-time";
import { SiteBody } from "../../../components/site-body";
import { incidentJsonLd } from "../../../app/_lib/incident-json-ld";
import { incidentDescription, incidentPath, incidentShareTags, incidentTitle } from "../../../app/_lib/incident-metadata";
import { serializeJsonLd } from "../../../app/_lib/json-ld";
import { asProps } from "../../../app/_lib/page-request";
import { HeadTags } from "../../../components/head-tags";
import { PageHead } from "../../../components/page-head";
import { listDocumentIdsByUrl } from "../../../lib/db/document-snapshots";
import { configuredSiteUrl } from "../../../lib/http/public-origin";
import { feedLangQuery } from "../../../app/_lib/feed-lang-query";
import type { IncidentSummary } from "../../../lib/domain/incident-summary";
import { getIncidentBySlug, listRelatedIncidents } from "../../../lib/db/incident-reads";
import { indexDocuments } from "../../../components/source-links";
import type { IncidentExport, Lang } from "../../../lib/domain/types";
import { messages } from "../../../lib/i18n/data/messages";
import { LOCALES } from "../../../lib/i18n/resolve-locale";

export const config = { unstable_runtimeJS: false };

/**
 * Upper bound on how stale a cached page gets when nothing asks for its refresh, here and in a
 * shared cache in front (Next sends it as `s-maxage`): `PAGE_SMAXAGE` seconds, default 60.
 */
const REVALIDATE_SECONDS = serverEnv().PAGE_SMAXAGE;

type Props = {
  inc: IncidentExport; related: IncidentSummary[]; lang: Lang; base: string; renderedAt: number;
  updatedAt: string; snapshots: Record<string, number>;
};
type Params = { lang: string; slug: string };

// nothing at build time: pages are rendered on first request, then cached
export const getStaticPaths: GetStaticPaths<Params> = async () => ({ paths: [], fallback: "blocking" });

export const getStaticProps: GetStaticProps<Props, Params> = async ({ params }) => {
  const lang = LOCALES.find((l) => l === params?.lang);
  const found = lang && params?.slug ? await getIncidentBySlug(params.slug) : null;
  if (!lang || !found) return { notFound: true, revalidate: REVALIDATE_SECONDS };
  if ("redirectTo" in found) {
    return { redirect: { destination: incidentPath(encodeURIComponent(found.redirectTo), lang), permanent: true }, revalidate: REVALIDATE_SECONDS };
  }
  const [related, snapshots] = await Promise.all([
    listRelatedIncidents(found.incident.slug, found.incident.services),
    listDocumentIdsByUrl(found.incident.documents.map((d) => d.url)),
  ]);
  const plain = asProps({ inc: found.incident, related, updatedAt: found.updatedAt.toISOString(), snapshots });
  const base = configuredSiteUrl() ?? "";
  return { props: { ...plain, lang, base, renderedAt: Date.now() }, revalidate: REVALIDATE_SECONDS };
};

export default function IncidentPage({ inc, related, lang, base, renderedAt, updatedAt, snapshots }: Props) {
  const t = messages[lang];
  const docs = indexDocuments(inc.documents, snapshots);
  const title = incidentTitle(inc, lang);
  const url = base + incidentPath(inc.slug, lang);
  const jsonLd = serializeJsonLd(incidentJsonLd(inc, url, lang));
  return (
    <>
      <PageHead t={t} lang={lang} title={title} description={incidentDescription(inc, lang, t)} canonical={url} base={base}
        feeds={[{ url: `${base}${incidentPath(inc.slug)}/feed.xml${feedLangQuery(lang)}`, title: `${title} (RSS)` }]} />
      <Head>{HeadTags(incidentShareTags(inc, lang, t, base))}</Head>
      <SiteBody t={t} lang={lang} path={incidentPath(inc.slug)}>
        <article>
          <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd }} />
          <IncidentHeader inc={inc} docs={docs} updatedAt={updatedAt} lang={lang} t={t} />
          <IncidentBody inc={inc} docs={docs} related={related} now={renderedAt} lang={lang} t={t} />
        </article>
      </SiteBody>
      <LocalTimeScript />
    </>
  );
}
