import type { Messages } from "../lib/i18n/data/messages";

export type FeedLink = { kind: "RSS" | "Atom" | "JSON Feed"; href: string };

/** Visible "follow" links to the feeds of what the page is about (the site, a service, an incident). */
export function FollowLinks({ label, feeds, t }: { label: string; feeds: FeedLink[]; t: Messages }) {
  if (feeds.length === 0) return null;
  return (
    <div className="mt-3 flex flex-wrap items-center gap-2 text-sm" data-testid="follow-links">
      <span className="font-medium">{label}{t.colon}</span>
      {feeds.map((f) => (
        <a key={f.href} href={f.href} className="rounded border border-orange-700 px-2 py-0.5 text-orange-900 hover:bg-orange-50 dark:border-orange-400 dark:text-orange-200 dark:hover:bg-orange-950" data-feed-kind={f.kind}>
          {f.kind}
        </a>
      ))}
    </div>
  );
}

/** The site's feeds: every incident as RSS 2.0, Atom and JSON Feed. */
export const SITE_FEEDS: FeedLink[] = [
  { kind: "RSS", href: "/feed.xml" }, { kind: "Atom", href: "/feed.atom" }, { kind: "JSON Feed", href: "/feed.json" },
];
