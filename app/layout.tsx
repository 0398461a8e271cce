import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SiteFooter } from "./_components/site-footer";
import { SiteHeader } from "./_components/site-header";
import { getCurrentPath, getMessages, getSiteUrl } from "./_lib/request-context";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getMessages();
  return {
    metadataBase: await getSiteUrl(),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.tagline,
    alternates: { types: { "application/rss+xml": [{ url: "/feed.xml", title: `${t.siteName} (RSS)` }] } },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { lang, t } = await getMessages();
  const path = await getCurrentPath();
  return (
    <html lang={lang}>
      <body className="min-h-screen bg-white text-slate-900 antialiased dark:bg-slate-950 dark:text-slate-100">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-slate-900 focus:ring-2 focus:ring-blue-600">
          {t.skipToContent}
        </a>
        <SiteHeader t={t} lang={lang} path={path} />
        <main id="main" className="mx-auto w-full max-w-4xl px-4 py-6 [overflow-wrap:anywhere] sm:px-6">{children}</main>
        <SiteFooter t={t} />
      </body>
    </html>
  );
}
