// One demo article or statement as a news site serves it: the text inside realistic site chrome
// (cookie banner, navigation, ads, share bar, inline "read also" box, related links, footer) plus
// the metadata real pages carry (<html lang>, canonical link, Open Graph, JSON-LD NewsArticle).
import { serviceSlug } from "../text/service-slug";
import { escapeMarkup as esc, jsonForScript } from "./escape-markup";
import { siteChrome, type SiteChrome } from "./data/site-chrome";

export interface PageLink {
  title: string;
  href: string;
}

export interface ArticlePageModel {
  lang: "fr" | "en";
  siteName: string;
  tagline: string;
  siteHome: string;
  title: string;
  author: string;
  publishedAt: string;
  paragraphs: string[];
  canonical: string;
  feedUrl: string;
  feedType: "application/rss+xml" | "application/atom+xml";
  related: PageLink[];
  official: boolean;
}



function jsonLd(m: ArticlePageModel): string {
  const data = {
    "@context": "https://schema.org",
    "@type": m.official ? "Article" : "NewsArticle",
    headline: m.title,
    inLanguage: m.lang,
    datePublished: m.publishedAt,
    dateModified: m.publishedAt,
    author: [{ "@type": "Person", name: m.author }],
    publisher: { "@type": "Organization", name: m.siteName },
    mainEntityOfPage: { "@type": "WebPage", "@id": m.canonical },
    description: m.paragraphs[0],
  };
  return `<script type="application/ld+json">${jsonForScript(data)}</script>`;
}

function head(m: ArticlePageModel): string {
  return `<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(m.title)} | ${esc(m.siteName)}</title>
  <meta name="description" content="${esc(m.paragraphs[0])}">
  <meta property="og:type" content="article">
  <meta property="og:title" content="${esc(m.title)}">
  <meta property="og:site_name" content="${esc(m.siteName)}">
  <meta property="og:url" content="${esc(m.canonical)}">
  <meta property="article:published_time" content="${esc(m.publishedAt)}">
  <meta name="author" content="${esc(m.author)}">
  <link rel="canonical" href="${esc(m.canonical)}">
  <link rel="alternate" type="${m.feedType}" title="${esc(m.siteName)}" href="${esc(m.feedUrl)}">
  ${jsonLd(m)}
  <script>window.dataLayer = window.dataLayer || []; window.dataLayer.push({ pageType: "article" });</script>
</head>`;
}

function header(m: ArticlePageModel, c: SiteChrome): string {
  const nav = c.sections.map((s) => `<li><a href="${esc(m.siteHome)}${serviceSlug(s)}/">${esc(s)}</a></li>`).join("");
  return `<div class="cookie-banner" role="dialog"><p>${esc(c.cookie)}</p><button>${esc(c.cookieAccept)}</button></div>
  <header class="site-header">
    <a class="logo" href="${esc(m.siteHome)}">${esc(m.siteName)}</a> <span class="tagline">${esc(m.tagline)}</span>
    <nav aria-label="sections"><ul><li><a href="${esc(m.siteHome)}">${esc(c.home)}</a></li>${nav}</ul></nav>
    <div class="account"><a href="/login">${esc(c.login)}</a> <a class="cta" href="/subscribe">${esc(c.subscribe)}</a></div>
  </header>
  <div class="ad ad-leaderboard" aria-label="${esc(c.ad)}">${esc(c.ad)}</div>`;
}

function shareBar(m: ArticlePageModel, c: SiteChrome): string {
  const links = c.shareTargets.map((t) => `<a href="#share-${serviceSlug(t)}">${esc(t)}</a>`).join(" ");
  return `<div class="share-bar"><span>${esc(c.share)}</span> ${links}</div>`;
}

function body(m: ArticlePageModel, c: SiteChrome): string {
  const inline = m.related[0]
    ? `<aside class="read-also"><strong>${esc(c.readAlso)}</strong> <a href="${esc(m.related[0].href)}">${esc(m.related[0].title)}</a></aside>`
    : "";
  const paras = m.paragraphs.map((p, i) => `<p>${esc(p)}</p>${i === 1 ? `\n      ${inline}\n      <div class="ad ad-inread">${esc(c.ad)}</div>` : ""}`);
  return `<article class="story">
      <p class="kicker">${esc(m.official ? c.official : c.sections[1])}</p>
      <h1>${esc(m.title)}</h1>
      <p class="byline">${esc(c.by)} <span class="author">${esc(m.author)}</span> · ${esc(c.publishedOn)} <time datetime="${esc(m.publishedAt)}">${esc(m.publishedAt.slice(0, 16).replace("T", " "))}</time></p>
      ${shareBar(m, c)}
      <div class="story-body">
      ${paras.join("\n      ")}
      </div>
      <p class="tags">${esc(c.tags)} : <a href="/tags/tech">Tech</a> <a href="/tags/internet">Internet</a></p>
      ${shareBar(m, c)}
      <p class="comments"><a href="#comments">${Math.max(3, m.title.length % 97)} ${esc(c.comments)}</a></p>
    </article>`;
}

function related(m: ArticlePageModel, c: SiteChrome): string {
  const items = m.related.map((r) => `<li><a href="${esc(r.href)}">${esc(r.title)}</a></li>`).join("");
  return `<section class="related"><h2>${esc(c.related)}</h2><ul>${items}</ul></section>
    <section class="newsletter"><p>${esc(c.newsletter)}</p><form action="/newsletter" method="post"><input type="email" name="email"><button>${esc(c.newsletterButton)}</button></form></section>
    <div class="ad ad-sidebar">${esc(c.ad)}</div>`;
}

function footer(m: ArticlePageModel, c: SiteChrome): string {
  const legal = c.legal.map((l) => `<a href="/legal/${serviceSlug(l)}">${esc(l)}</a>`).join(" · ");
  return `<footer class="site-footer"><p>© ${esc(m.publishedAt.slice(0, 4))} ${esc(m.siteName)}</p><p>${legal}</p></footer>`;
}

/** The full HTML document of one article or statement page; every dataset string is escaped. */
export function renderArticlePage(m: ArticlePageModel): string {
  const c = siteChrome[m.lang];
  return `<!DOCTYPE html>
<html lang="${m.lang}">
${head(m)}
<body>
  ${header(m, c)}
  <main>
    ${body(m, c)}
    <aside class="sidebar">
    ${related(m, c)}
    </aside>
  </main>
  ${footer(m, c)}
</body>
</html>
`;
}
