// URL shapes of social accounts' RSS feeds: Mastodon (any instance) publishes /@user.rss and
// /users/user.rss; Bluesky publishes bsky.app/profile/<handle>/rss; Threads mirrors and Nitter too.
export const SOCIAL_FEED_PATTERNS: RegExp[] = [
  /^https?:\/\/[^/]+\/@[\w.-]+\.rss$/i,
  /^https?:\/\/[^/]+\/users\/[\w.-]+\.rss$/i,
  /^https?:\/\/bsky\.app\/profile\/[^/]+\/rss$/i,
  /^https?:\/\/nitter\.[^/]+\/[\w]+\/rss$/i,
];
