import type { Metadata } from "next";
import type { ReactNode } from "react";
import { BODY_CLASS, SiteBody } from "../components/site-body";
import { feedLangQuery } from "./_lib/feed-lang-query";
import { getCurrentPath, getMessages, getSiteUrl } from "./_lib/request-context";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const { t, lang } = await getMessages();
  return {
    metadataBase: await getSiteUrl(),
    title: { default: t.siteName, template: `%s · ${t.siteName}` },
    description: t.tagline,
    alternates: { types: { "application/rss+xml": [{ url: `/feed.xml${feedLangQuery(lang)}`, title: `${t.siteName} (RSS)` }] } },
    icons: { icon: [{ url: "/favicon.svg", type: "image/svg+xml" }] },
  };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { lang, t } = await getMessages();
  const path = await getCurrentPath();
  return (
    <html lang={lang}>
      <body className={BODY_CLASS}>
        <SiteBody t={t} lang={lang} path={path}>{children}</SiteBody>
      </body>
    </html>
  );
}
