// A time in the reader's own zone, which the server cannot know. The incident page ships no
// framework JavaScript, so /local-time.js (a few lines, same origin) fills these in the browser.

/** An empty <time> that /local-time.js formats in the browser's zone and the page's locale. */
export function LocalTime({ iso, lang }: { iso: string; lang: string }) {
  return <time dateTime={iso} data-local-time={lang} data-testid="local-time" />;
}

/** Loads the formatter; place once, after the <time> elements. */
export function LocalTimeScript() {
  return <script src="/local-time.js" defer />;
}
