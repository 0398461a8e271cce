// /search?q=...: full-text search over incidents and articles; all state lives in the URL.
import type { Metadata } from "next";
import { Suspense } from "react";
import { SEARCH_WORDING } from "../../lib/search/data/search-wording";
import { cachedSearchAll } from "../../lib/http/cached-search";
import { describeIssue, searchParamsSchema } from "../../lib/search/search-params";
import { getMessages } from "../_lib/request-context";
import { SearchBox } from "./search-box";
import { SearchFilters } from "./search-filters";
import { SearchResults } from "./search-results";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  const { lang } = await getMessages();
  return { title: SEARCH_WORDING[lang].title, robots: { index: false, follow: true } };
}

export default async function SearchPage({ searchParams }: Props) {
  const raw = Object.fromEntries(Object.entries(await searchParams).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]).filter(([k, v]) => v !== undefined && k !== "lang")) as Record<string, string>;
  const { lang, t } = await getMessages();
  const w = SEARCH_WORDING[lang];
  const parsed = searchParamsSchema.safeParse({ ...raw, lang: raw.articleLang });
  const result = parsed.success && parsed.data.q.trim() ? await cachedSearchAll(parsed.data) : null;
  return (
    <>
      <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title="Outage Atlas" />
      <h1 className="text-2xl font-bold tracking-tight">{w.title}</h1>
      <form action="/search" method="get" role="search" className="mt-4">
        <Suspense><SearchBox label={w.label} placeholder={w.placeholder} /></Suspense>
        <SearchFilters w={w} v={raw} causeLabels={t.causeCategory} />
      </form>
      {!parsed.success && <p role="alert" className="mt-4 text-red-700 dark:text-red-400">{w.invalid} {describeIssue(parsed.error)}</p>}
      {parsed.success && !result && <p className="mt-6">{w.prompt}</p>}
      {result && <SearchResults r={result} w={w} params={raw} />}
    </>
  );
}
