// The list of matching incidents and articles, and the page links.
import type { SearchResult } from "../../lib/search/search-all";
import type { SearchWording } from "../../lib/search/data/search-wording";
import type { Lang } from "../../lib/domain/types";
import type { Messages } from "../../lib/i18n/data/messages";
import { detectLanguage } from "../../lib/extract/detect-language";
import { formatDate, formatList } from "../../lib/i18n/format";
import { incidentPath } from "../../app/_lib/incident-metadata";
import { Highlighted } from "./highlighted";

function pageHref(params: Record<string, string>, page: number): string {
  const p = new URLSearchParams({ ...params, page: String(page) });
  return `/search?${p.toString()}`;
}

/** Incidents first (page 1), then articles with highlighted snippets and previous/next links. */
export function SearchResults({ r, w, t, params, lang, suggestions }: {
  r: SearchResult; w: SearchWording; t: Messages; params: Record<string, string>; lang: Lang; suggestions: string[];
}) {
  if (r.incidents.length === 0 && r.documents.length === 0) return <EmptyResults w={w} suggestions={suggestions} />;
  return (
    <div className="mt-6 grid gap-6">
      {r.incidents.length > 0 && (
        <section aria-labelledby="incident-hits">
          <h2 id="incident-hits" className="text-xl font-semibold">{w.incidents}</h2>
          <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="incident-count">{w.incidentCount(r.incidentTotal)}</p>
          <ul className="mt-2 grid gap-3">{r.incidents.map((i) => (
            <li key={i.slug} data-testid="incident-hit">
              <a href={incidentPath(i.slug, lang)} className="font-semibold hover:underline">{lang === "fr" ? i.titleFr : i.title}</a>
              <p className="text-sm text-slate-700 dark:text-slate-300">{formatList(i.services, lang)}{i.startedAt ? ` · ${formatDate(i.startedAt, lang)}` : ""}</p>
              {/* the sources' words: a cause summary or quotes, in their language */}
              <p className="text-sm" lang={detectLanguage(null, i.snippet.map((x) => x.text).join(""))}><Highlighted segments={i.snippet} /></p>
            </li>))}
          </ul>
        </section>
      )}
      <section aria-labelledby="article-hits">
        <h2 id="article-hits" className="text-xl font-semibold">{w.articles}</h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">{w.articleCount(r.documents.length, r.hasMore)}{r.page > 1 ? ` · ${w.pageN(r.page)}` : ""}</p>
        <ul className="mt-2 grid gap-3">{r.documents.map((d) => (
          <li key={d.id} data-testid="article-hit" lang={d.lang ?? undefined}>
            <a href={d.url} rel="noopener nofollow" className="font-semibold hover:underline"><Highlighted segments={d.title} /></a>
            {/* the article is in its language; this line is the site's, in the page's */}
            <p className="text-sm text-slate-700 dark:text-slate-300" lang={lang}>
              {[d.source, d.publishedAt ? formatDate(d.publishedAt, lang) : null, d.lang ? t.langName[d.lang] ?? d.lang : null].filter(Boolean).join(" · ")}
              {" · "}<a href={`/sources/${d.id}`} className="underline">{t.snapshot}</a>
              {d.incidentSlug && <> · <a href={incidentPath(d.incidentSlug, lang)} className="underline">{w.incident}</a></>}
            </p>
            <p className="text-sm"><Highlighted segments={d.snippet} /></p>
          </li>))}
        </ul>
        <nav className="mt-4 flex gap-4" aria-label="pagination">
          {r.page > 1 && <a href={pageHref(params, r.page - 1)} rel="prev" className="underline">{w.prev}</a>}
          {r.hasMore && <a href={pageHref(params, r.page + 1)} rel="next" className="underline">{w.next}</a>}
        </nav>
      </section>
    </div>
  );
}

/** No match: say so, and offer services that do have incidents. */
function EmptyResults({ w, suggestions }: { w: SearchWording; suggestions: string[] }) {
  return (
    <div className="mt-6" data-testid="search-empty">
      <p>{w.none}</p>
      {suggestions.length > 0 && (
        <>
          <p className="mt-2">{w.suggest}</p>
          <ul className="mt-2 flex flex-wrap gap-2">
            {suggestions.map((s) => <li key={s}><a className="underline" href={`/search?${new URLSearchParams({ q: s })}`}>{s}</a></li>)}
          </ul>
        </>
      )}
    </div>
  );
}
