// What is never article text. Tags and ARIA roles from the HTML living standard; the class/id
// words are those news templates use for chrome (share bars, related links, ads, newsletters,
// cookie banners, comments), in English and French ("partage", "lire aussi", "publicité").
export const DROP_TAGS = [
  "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "form",
  "button", "input", "select", "textarea", "nav", "header", "footer", "aside", "figure", "figcaption",
  "video", "audio", "picture", "img", "dialog", "menu", "link", "meta",
];

export const DROP_ROLES = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alert", "menu", "toolbar"];

export const BOILERPLATE_WORDS = [
  "share", "sharing", "social", "partage", "related", "recommend", "read-more", "readmore", "lire-aussi",
  "a-lire", "also", "more-stories", "newsletter", "subscribe", "abonnement", "promo", "sponsor", "advert",
  "advertisement", "publicite", "pub-", "ad-", "ads", "outbrain", "taboola", "cookie", "consent", "gdpr",
  "comment", "breadcrumb", "byline", "author", "dateline", "tags", "tag-list", "sidebar", "popup", "modal",
  "footer", "header", "nav", "menu", "widget", "trending", "most-read", "paywall", "signup", "print",
  "copyright", "colophon", "legal", "partenaire", "partner", "kicker", "eyebrow", "surtitre", "overline",
];

// Containers that hold the article body, most specific first.
export const BODY_SELECTORS = [
  "[itemprop='articleBody']", "[property='articleBody']", "article .article-body", "article .entry-content",
  "article .post-content", "article", ".article-body", ".entry-content", ".post-content", "main", "[role='main']",
];

// Block elements whose text becomes one line of the document text.
export const TEXT_BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dd, dt, td";
