import type { Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { FollowLinks, SITE_FEEDS } from "./follow-links";
import { feedLangQuery } from "../app/_lib/feed-lang-query";

/** The contentinfo landmark: what the site is and where its data comes from. */
export function SiteFooter({ t, lang }: { t: Messages; lang: Lang }) {
  return (
    <footer className="mx-auto max-w-4xl border-t border-slate-200 px-4 py-6 text-sm text-slate-600 sm:px-6 dark:border-slate-800 dark:text-slate-400">
      <p>{t.tagline}</p>
      <p className="mt-1">
        <a className="underline hover:no-underline" href="/sources">{t.followedSources}</a>
        {" · "}
        <a className="underline hover:no-underline" href="/services">{t.servicesIndex}</a>
        {" · "}
        <a className="underline hover:no-underline" href="/api-docs">{t.apiDocs}</a>
        {" · "}
        <a className="underline hover:no-underline" href={`/feed.xml${feedLangQuery(lang)}`}>{t.navFeed}</a>
      </p>
      <FollowLinks label={t.followSite} feeds={SITE_FEEDS} t={t} />
    </footer>
  );
}
