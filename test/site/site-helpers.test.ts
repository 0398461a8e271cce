// Pure helpers behind the pages: link filtering, JSON-LD escaping, language choice, formats, chart layout.
import { test } from "node:test";
import assert from "node:assert/strict";
import { safeHref } from "../../app/_lib/safe-href";
import { serializeJsonLd } from "../../app/_lib/json-ld";
import { switchLanguageHref } from "../../app/_lib/switch-language-href";
import { layoutTimeline } from "../../app/_lib/timeline-geometry";
import { buildCsp } from "../../app/_lib/build-csp";
import { localeFromAcceptLanguage, resolveLocale } from "../../lib/i18n/resolve-locale";
import { formatDateTime, formatDuration } from "../../lib/i18n/format";
import { serviceSlug } from "../../lib/text/service-slug";
import { messages } from "../../lib/i18n/data/messages";

test("safeHref keeps http(s) only", () => {
  assert.equal(safeHref("https://example.org/a?b=1"), "https://example.org/a?b=1");
  assert.equal(safeHref("  HTTP://Example.org  "), "http://example.org/");
  for (const bad of ["javascript:alert(1)", " JaVaScRiPt:alert(1)", "data:text/html,x", "//evil.example", "/relative", "vbscript:x", "https://", "", null, undefined]) {
    assert.equal(safeHref(bad as string), null, String(bad));
  }
});

test("serializeJsonLd cannot close its script element", () => {
  const s = serializeJsonLd({ a: "</script><script>alert(1)</script>", b: "<!-- x -->", c: "a & b\u2028" });
  assert.doesNotMatch(s, /<|>|&|\u2028/);
  assert.deepEqual(JSON.parse(s), { a: "</script><script>alert(1)</script>", b: "<!-- x -->", c: "a & b\u2028" });
});

test("locale: ?lang beats the cookie, which beats Accept-Language quality order; default en", () => {
  assert.equal(localeFromAcceptLanguage("de-DE,fr;q=0.8,en;q=0.9"), "en");
  assert.equal(localeFromAcceptLanguage("fr-CA, en;q=0.5"), "fr");
  assert.equal(localeFromAcceptLanguage("de, es;q=0.5"), null);
  assert.equal(localeFromAcceptLanguage("fr;q=0, en;q=0.1"), "en");
  assert.equal(resolveLocale({ query: "fr", cookie: "en", acceptLanguage: "en" }), "fr");
  assert.equal(resolveLocale({ query: "xx", cookie: "fr", acceptLanguage: "en" }), "fr");
  assert.equal(resolveLocale({ acceptLanguage: "fr-FR,fr;q=0.9" }), "fr");
  assert.equal(resolveLocale({}), "en");
  assert.equal(switchLanguageHref("/?service=x&cursor=abc", "fr"), "/?service=x&cursor=abc&lang=fr");
  assert.equal(switchLanguageHref("/sources?lang=fr", "en"), "/sources?lang=en");
  assert.equal(switchLanguageHref("/en", "fr"), "/fr?lang=fr", "the language's own home page switches to the other's");
  assert.equal(switchLanguageHref("/fr?service=x", "en"), "/en?service=x&lang=en");
});

test("every UI string exists in both languages", () => {
  assert.deepEqual(Object.keys(messages.fr).sort(), Object.keys(messages.en).sort());
});

test("formats follow the locale", () => {
  assert.equal(formatDateTime("2021-10-04T15:39:00Z", "en"), "4 Oct 2021, 15:39 UTC");
  assert.match(formatDateTime("2021-10-04T15:39:00Z", "fr", "Europe/Paris"), /^4 oct\. 2021,? 17:39/);
  assert.match(formatDuration(381, "fr"), /^6\sh\s21\smin$/); // Intl uses no-break spaces
  assert.match(formatDuration(45, "en"), /^45\smins?$/);
  assert.equal(formatDuration(null, "en"), "");
  assert.equal(formatDateTime("not a date", "en"), "");
});

test("service slugs are lowercase, accent-free and hyphenated", () => {
  assert.equal(serviceSlug("Google Cloud"), "google-cloud");
  assert.equal(serviceSlug("X"), "x");
  assert.equal(serviceSlug("AT&T"), "at-and-t");
  assert.equal(serviceSlug("Orange Bénin"), "orange-benin");
});

test("timeline layout: outage then recovery band, marks in order, late post-mortem in the later zone", () => {
  const g = layoutTimeline({
    startedAt: "2021-10-04T15:39:00Z", endedAt: "2021-10-04T22:05:00Z", status: "resolved",
    timeline: [
      { at: "2021-10-04T15:39:00Z", precision: "minute", kind: "start", text: "", sources: [] },
      { at: "2021-10-04T21:20:00Z", precision: "minute", kind: "partial-recovery", text: "", sources: [] },
      { at: "2021-10-08T09:00:00Z", precision: "hour", kind: "postmortem", text: "", sources: [] },
    ],
  }, Date.parse("2026-01-01T00:00:00Z"));
  assert.ok(g);
  assert.deepEqual(g.bands.map((b) => b.phase), ["outage", "recovery"]);
  assert.ok(g.bands[0].x0 > 0 && g.bands[1].x1 < 1);
  assert.deepEqual(g.marks.map((m) => m.n), [1, 2, 3]);
  assert.ok(g.marks[2].x > g.segments[1].x0 && g.marks[2].x < 1, "the post-mortem sits inside the later zone, not on its edge");
  const mainTicks = g.ticks.filter((t) => t.segment === 0).length;
  assert.ok(mainTicks >= 3 && mainTicks <= 9);
  assert.equal(layoutTimeline({ startedAt: null, endedAt: null, status: "ongoing", timeline: [] }, 0), null);
});

test("CSP: nonce scripts, no eval in production", () => {
  const csp = buildCsp("abc123");
  assert.match(csp, /script-src 'self' 'nonce-abc123' 'strict-dynamic'/);
  assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline/);
  assert.match(buildCsp("n", true), /'unsafe-eval'/);
});
