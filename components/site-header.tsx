import type { Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { feedLangQuery } from "../app/_lib/feed-lang-query";
import { switchLanguageHref } from "../app/_lib/switch-language-href";

const link = "whitespace-nowrap rounded px-2 py-1 hover:bg-slate-100 hover:underline focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600 dark:hover:bg-slate-800";

/** The banner: site name, main navigation and the language switch. */
export function SiteHeader({ t, lang, path }: { t: Messages; lang: Lang; path: string }) {
  const other: Lang = lang === "fr" ? "en" : "fr";
  return (
    <header className="border-b border-slate-200 dark:border-slate-800">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <a href={`/${lang}`} className="text-lg font-bold tracking-tight focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
          <span aria-hidden="true" className="mr-1 text-red-600 dark:text-red-400">●</span>
          {t.siteName}
        </a>
        <nav aria-label={t.navHome} className="order-last flex w-full flex-wrap items-center gap-1 text-sm sm:order-none sm:w-auto sm:flex-1">
          <a className={link} href="/">{t.navHome}</a>
          <a className={link} href="/services">{t.navServices}</a>
          <a className={link} href="/search">{t.navSearch}</a>
          <a className={link} href="/sources">{t.navSources}</a>
          <a className={link} href={`/feed.xml${feedLangQuery(lang)}`}>{t.navFeed}</a>
        </nav>
        <a className={`${link} ml-auto text-sm`} href={switchLanguageHref(path, other)} hrefLang={other} lang={other} data-testid="lang-switch">
          {t.languageSwitch}
        </a>
      </div>
    </header>
  );
}
