import Head from "next/head";
import type { Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { feedLangQuery } from "../app/_lib/feed-lang-query";

type Feed = { url: string; title: string };

/**
 * <head> of a Pages Router page: viewport, title (with the site name), description, feeds in the
 * page's language; `base` prefixes the site feed's URL.
 */
export function PageHead({ t, lang, title, description, canonical, feeds = [], noindex = false, base = "" }: {
  t: Messages; lang: Lang; title?: string; description?: string; canonical?: string; feeds?: Feed[]; noindex?: boolean; base?: string;
}) {
  const all = [...feeds, { url: `${base}/feed.xml${feedLangQuery(lang)}`, title: `${t.siteName} (RSS)` }];
  const site = [{ type: "application/atom+xml", url: `${base}/feed.atom${feedLangQuery(lang)}`, title: `${t.siteName} (Atom)` }, { type: "application/feed+json", url: `${base}/feed.json${feedLangQuery(lang)}`, title: `${t.siteName} (JSON Feed)` }];
  return (
    <Head>
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <title>{title ? `${title} · ${t.siteName}` : t.siteName}</title>
      <meta name="description" content={description ?? t.tagline} />
      <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
      {canonical && <link rel="canonical" href={canonical} />}
      {noindex && <meta name="robots" content="noindex, follow" />}
      {all.map((f) => <link key={f.url} rel="alternate" type="application/rss+xml" href={f.url} title={f.title} hrefLang={lang} />)}
      {site.map((f) => <link key={f.url} rel="alternate" type={f.type} href={f.url} title={f.title} hrefLang={lang} />)}
    </Head>
  );
}
