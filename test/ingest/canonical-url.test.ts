// Canonical URLs and content hashes: the two dedupe keys besides the GUID.
import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalUrl } from "../../lib/ingest/canonical-url";
import { contentHash } from "../../lib/ingest/content-hash";

test("tracking parameters, fragments and host case are dropped; real parameters kept and sorted", () => {
  assert.equal(
    canonicalUrl("HTTPS://WWW.Example.COM:443/News/Story?utm_source=rss&id=7&fbclid=abc&gclid=x&a=1#comments"),
    "https://www.example.com/News/Story?a=1&id=7",
  );
  assert.equal(canonicalUrl("http://example.com/a?xtor=RSS-3208&mc_cid=1"), "http://example.com/a");
  assert.equal(canonicalUrl("http://example.com"), "http://example.com/");
});

test("non-http URLs are refused with a clear error", () => {
  assert.throws(() => canonicalUrl("javascript:alert(1)"), /^Error: canonical: not an http\(s\) URL/);
  assert.throws(() => canonicalUrl("not a url"), /^Error: canonical: not a URL/);
});

test("content hash ignores case, spacing and typographic quotes, not words", () => {
  const a = contentHash("Panne de Meta", "L’app   est  tombée.\nRetour à 18h.");
  assert.equal(a, contentHash("panne de meta", "L'app est tombée. Retour à 18h."));
  assert.notEqual(a, contentHash("Panne de Meta", "L'app est tombée. Retour à 19h."));
  assert.notEqual(contentHash("t", "x", "resolved"), contentHash("t", "x", "monitoring"));
});
