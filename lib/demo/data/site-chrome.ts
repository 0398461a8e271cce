// Words of the site chrome around demo articles, per language. They imitate what French and
// English news sites put around an article (navigation, ads, share bars, newsletter boxes,
// legal footers) so that ingest has real boilerplate to strip.

export interface SiteChrome {
  sections: string[];
  home: string;
  login: string;
  subscribe: string;
  cookie: string;
  cookieAccept: string;
  ad: string;
  share: string;
  shareTargets: string[];
  readAlso: string;
  related: string;
  newsletter: string;
  newsletterButton: string;
  by: string;
  publishedOn: string;
  comments: string;
  tags: string;
  legal: string[];
  official: string;
}

export const siteChrome: Record<"fr" | "en", SiteChrome> = {
  fr: {
    sections: ["Actualités", "Tech", "Économie", "Monde", "Culture", "Sports"],
    home: "Accueil",
    login: "Se connecter",
    subscribe: "S’abonner",
    cookie: "Nous utilisons des cookies pour mesurer l’audience et personnaliser les publicités.",
    cookieAccept: "Tout accepter",
    ad: "Publicité",
    share: "Partager",
    shareTargets: ["Facebook", "X", "LinkedIn", "WhatsApp", "Copier le lien"],
    readAlso: "Lire aussi",
    related: "Sur le même sujet",
    newsletter: "Recevez chaque matin l’essentiel de l’actualité numérique.",
    newsletterButton: "Je m’inscris",
    by: "Par",
    publishedOn: "Publié le",
    comments: "commentaires",
    tags: "Mots-clés",
    legal: ["Mentions légales", "Politique de confidentialité", "Gestion des cookies", "Nous contacter"],
    official: "Communiqué",
  },
  en: {
    sections: ["News", "Tech", "Business", "World", "Culture", "Sport"],
    home: "Home",
    login: "Sign in",
    subscribe: "Subscribe",
    cookie: "We use cookies to measure our audience and personalise advertising.",
    cookieAccept: "Accept all",
    ad: "Advertisement",
    share: "Share",
    shareTargets: ["Facebook", "X", "LinkedIn", "WhatsApp", "Copy link"],
    readAlso: "Read more",
    related: "More on this story",
    newsletter: "Get the day’s tech news in your inbox every morning.",
    newsletterButton: "Sign up",
    by: "By",
    publishedOn: "Published",
    comments: "comments",
    tags: "Topics",
    legal: ["Terms of use", "Privacy policy", "Cookie settings", "Contact us"],
    official: "Press release",
  },
};
