import type { ReactNode } from "react";
import type { Lang } from "../lib/domain/types";
import type { Messages } from "../lib/i18n/data/messages";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

/** The <body> classes, shared by the App Router layout and the Pages Router document. */
export const BODY_CLASS = "min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100";

/** What every page's body holds around its content: skip link, banner, main landmark, footer. */
export function SiteBody({ t, lang, path, children }: { t: Messages; lang: Lang; path: string; children: ReactNode }) {
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 focus:ring-2 focus:ring-blue-600">
        {t.skipToContent}
      </a>
      <SiteHeader t={t} lang={lang} path={path} />
      <main id="main" className="mx-auto w-full max-w-4xl px-4 py-6 [overflow-wrap:anywhere] sm:px-6">{children}</main>
      <SiteFooter t={t} lang={lang} />
    </>
  );
}
