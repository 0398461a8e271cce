// Format detection from the body (servers mislabel) and the source list / argument readers.
import { test } from "node:test";
import assert from "node:assert/strict";
import { detectFormat } from "../../lib/ingest/parser/detect-format";
import { readSourceList } from "../../lib/ingest/read-source-list";
import { parseIngestArgs } from "../../lib/ingest/parse-ingest-args";
import { nextFetchAt } from "../../lib/ingest/handler/next-fetch-at";
import { clampDate, normaliseLang } from "../../lib/ingest/handler/draft-fields";

test("feed dialects, HTML, Statuspage JSON, empty and unknown bodies", () => {
  assert.equal(detectFormat(`\uFEFF<?xml version="1.0"?><!-- c --><rss version="2.0">`, "text/html"), "rss");
  assert.equal(detectFormat(`<?xml version="1.0"?><rdf:RDF xmlns:rdf="x">`, null), "rdf");
  assert.equal(detectFormat(`<feed xmlns="http://www.w3.org/2005/Atom">`, null), "atom");
  assert.equal(detectFormat(`<!DOCTYPE html><html>`, "application/rss+xml"), "html");
  assert.equal(detectFormat(`{"page":{"id":"x"},"incidents":[]}`, "application/json"), "statuspage-json");
  assert.equal(detectFormat(`{"version":"https://jsonfeed.org/version/1.1"}`, null), "json");
  assert.equal(detectFormat("   \n", "application/rss+xml"), "empty");
  assert.equal(detectFormat("PK\u0003\u0004binary", "application/zip"), "unknown");
});

test("source lists: JSON URLs or objects, OPML; bad entries named", () => {
  assert.deepEqual(readSourceList(`["https://a.example/feed"]`), [{ url: "https://a.example/feed" }]);
  assert.deepEqual(readSourceList(`[{"url":"https://b.example/rss","official":true,"kind":"social","zone":"Europe/Paris"}]`), [
    { url: "https://b.example/rss", official: true, kind: "social", zone: "Europe/Paris" },
  ]);
  const opml = `<opml version="1.0"><body><outline text="News"><outline text="A" title="Outlet A" xmlUrl="https://a.example/rss" language="fr"/></outline></body></opml>`;
  assert.deepEqual(readSourceList(opml), [{ url: "https://a.example/rss", name: "Outlet A", lang: "fr" }]);
  assert.throws(() => readSourceList(`[{"url":"ftp://x"}]`), /^Error: sources: entry 0/);
  assert.throws(() => readSourceList(`{nope`), /^Error: sources: neither JSON nor OPML/);
});

test("command-line arguments", () => {
  assert.deepEqual(parseIngestArgs(["--official", "https://x.example/@a.rss", "--no-process"]), {
    urls: ["https://x.example/@a.rss"], sourcesFile: null, official: true, process: false, help: false,
  });
  assert.throws(() => parseIngestArgs(["--sources"]), /needs a FILE/);
  assert.throws(() => parseIngestArgs(["www.example.com"]), /not an http\(s\) URL/);
});

test("backoff doubles with failures, capped at a day, and respects Retry-After", () => {
  const now = new Date("2024-01-01T00:00:00Z");
  const wait = (f: number, ra?: number) => (nextFetchAt(now, "feed", f, ra).getTime() - now.getTime()) / 60_000;
  assert.deepEqual([wait(0), wait(1), wait(2), wait(3), wait(20)], [30, 60, 120, 240, 1440]);
  assert.equal(wait(1, 3 * 3600_000), 180);
});

test("dates beyond tomorrow or before 1990 are ignored; languages reduced to their primary tag", () => {
  const now = new Date("2024-01-01T00:00:00Z");
  assert.equal(clampDate("2099-01-01T00:00:00Z", now), null);
  assert.equal(clampDate("1970-01-01T00:00:00Z", now), null);
  assert.equal(clampDate("garbage", now), null);
  assert.equal(clampDate("2024-01-01T20:00:00Z", now)?.toISOString(), "2024-01-01T20:00:00.000Z");
  assert.deepEqual(["fr-FR", "EN_us", "", null, "français"].map(normaliseLang), ["fr", "en", null, null, null]);
});
