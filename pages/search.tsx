// /search?q=...: full-text search over incidents and articles; all state lives in the URL.
// On the Pages Router with no framework JavaScript (unstable_runtimeJS: false), like the incident
// page: a GET form that works without scripts, and /search.js (same origin, a few lines) that
// updates the results as one types. Rendering per request is then a plain server render, about
// half the cost of an App Router page, and the CSP allows scripts from 'self' only.
import type { GetServerSideProps } from "next";
import Head from "next/head";
import { PageHead } from "../components/page-head";
import { SiteBody } from "../components/site-body";
import { SearchFilters } from "../components/search/search-filters";
import { SearchResults } from "../components/search/search-results";
import { asProps, readPageRequest } from "../app/_lib/page-request";
import { cachedSearchAll } from "../lib/http/cached-search";
import { listServices } from "../lib/http/cached-site-reads";
import type { Lang } from "../lib/domain/types";
import { messages } from "../lib/i18n/data/messages";
import { SEARCH_WORDING } from "../lib/search/data/search-wording";
import type { SearchResult } from "../lib/search/search-all";
import { describeIssue, searchParamsSchema } from "../lib/search/search-params";

export const config = { unstable_runtimeJS: false };

type Props = { lang: Lang; path: string; raw: Record<string, string>; invalid: string | null; result: SearchResult | null; suggestions: string[] };

export const getServerSideProps: GetServerSideProps<Props> = async ({ req, query }) => {
  const { lang, path } = readPageRequest(req, "/search");
  const raw = Object.fromEntries(
    Object.entries(query).map(([k, v]) => [k, [v].flat()[0]]).filter(([k, v]) => v !== undefined && k !== "lang"),
  ) as Record<string, string>;
  const parsed = searchParamsSchema.safeParse({ ...raw, lang: raw.articleLang });
  const result = parsed.success && parsed.data.q.trim() ? await cachedSearchAll(parsed.data) : null;
  const empty = result && result.incidents.length === 0 && result.documents.length === 0;
  // an empty result suggests the services with the most incidents
  const suggestions = empty ? [...await listServices()].sort((a, b) => b.incidentCount - a.incidentCount).slice(0, 6).map((s) => s.name) : [];
  return { props: asProps({ lang, path, raw, invalid: parsed.success ? null : describeIssue(parsed.error), result, suggestions }) };
};

export default function SearchPage({ lang, path, raw, invalid, result, suggestions }: Props) {
  const t = messages[lang];
  const w = SEARCH_WORDING[lang];
  return (
    <>
      <PageHead t={t} lang={lang} title={w.title} noindex />
      <Head><link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title={t.siteName} /></Head>
      <SiteBody t={t} lang={lang} path={path}>
        <h1 className="text-2xl font-bold tracking-tight">{w.title}</h1>
        <form action="/search" method="get" role="search" className="mt-4" data-live-search="">
          <input
            type="search" name="q" defaultValue={raw.q ?? ""} maxLength={200} aria-label={w.label} placeholder={w.placeholder} autoComplete="off"
            className="w-full rounded border border-slate-300 bg-white px-3 py-2 text-base dark:border-slate-700 dark:bg-slate-900"
          />
          <SearchFilters w={w} v={raw} causeLabels={t.causeCategory} langNames={t.langName} />
        </form>
        <div id="search-output" aria-live="polite">
          {invalid !== null && <p role="alert" className="mt-4 text-red-700 dark:text-red-400">{w.invalid} {invalid}</p>}
          {invalid === null && !result && <p className="mt-6">{w.prompt}</p>}
          {result && <SearchResults r={result} w={w} t={t} params={raw} lang={lang} suggestions={suggestions} />}
        </div>
      </SiteBody>
      <script src="/search.js" defer />
    </>
  );
}
