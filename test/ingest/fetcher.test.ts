// The HTTP fetcher against a real local server: politeness headers, conditional GET, compression,
// caps, timeouts, redirects and status codes.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import zlib from "node:zlib";
import { fetchUrl, USER_AGENT } from "../../lib/ingest/fetcher/fetch-url";
import { fetchWithRetry } from "../../lib/ingest/fetcher/fetch-with-retry";
import { FetchError } from "../../lib/ingest/fetcher/fetch-error";
import { allowPrivateOrigin } from "../../lib/ingest/fetcher/address-policy";
import { startFixtureServer, send, type FixtureServer } from "./helpers/fixture-server";

let srv: FixtureServer;
let flaky = 0;
const MB = 1024 * 1024;

before(async () => {
  srv = await startFixtureServer({
    "/plain": send("hello"),
    "/etag": (req, res) => {
      if (req.headers["if-none-match"] === '"v1"') return void res.writeHead(304).end();
      res.writeHead(200, { etag: '"v1"', "last-modified": "Mon, 04 Oct 2021 15:00:00 GMT" }).end("body");
    },
    "/gzip": send(zlib.gzipSync("gzipped text"), { "content-encoding": "gzip" }),
    "/deflate": send(zlib.deflateSync("deflated text"), { "content-encoding": "deflate" }),
    "/br": send(zlib.brotliCompressSync("brotli text"), { "content-encoding": "br" }),
    "/bomb": send(zlib.gzipSync(Buffer.alloc(50 * MB, 0x20)), { "content-encoding": "gzip" }),
    "/huge": (_req, res) => {
      res.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      let sent = 0;
      const pump = () => {
        while (sent < 50 * MB && res.write(chunk)) sent += chunk.length;
        if (sent < 50 * MB) res.once("drain", () => ((sent += chunk.length), pump()));
        else res.end();
      };
      pump();
    },
    "/drip": (_req, res) => {
      res.writeHead(200, { "content-type": "text/plain" });
      const t = setInterval(() => res.write("x"), 300);
      res.on("close", () => clearInterval(t));
    },
    "/hang": () => undefined,
    "/loop-a": send("", { location: "/loop-b" }, 302),
    "/loop-b": send("", { location: "/loop-a" }, 302),
    ...Object.fromEntries(Array.from({ length: 7 }, (_, i) => [`/hop${i}`, send("", { location: `/hop${i + 1}` }, 301)])),
    "/hop7": send("arrived"),
    "/gone": send("gone", {}, 410),
    "/limited": send("slow down", { "retry-after": "120" }, 429),
    "/flaky": (_req, res) => (++flaky < 2 ? send("oops", {}, 500) : send("recovered"))(_req, res, ""),
    "/ua": (req, res) => send(String(req.headers["user-agent"]))(req, res, ""),
  });
});
after(() => srv.close());

async function rejects(p: Promise<unknown>, re: RegExp): Promise<FetchError> {
  const err = await p.then(() => null, (e) => e as FetchError);
  assert.ok(err instanceof FetchError, `expected a FetchError, got ${err}`);
  assert.match(err.message, re);
  return err;
}

test("sends the bot User-Agent and accepts compressed bodies", async () => {
  const r = await fetchUrl(`${srv.base}/ua`);
  assert.equal(r.body.toString(), USER_AGENT);
  assert.match(String(srv.lastHeaders.get("/ua")?.["accept-encoding"]), /gzip.*br/);
});

test("conditional GET: validators returned, 304 reported as not modified", async () => {
  const first = await fetchUrl(`${srv.base}/etag`);
  assert.equal(first.etag, '"v1"');
  const second = await fetchUrl(`${srv.base}/etag`, { etag: first.etag, lastModified: first.lastModified });
  assert.equal(second.notModified, true);
  assert.equal(srv.lastHeaders.get("/etag")?.["if-modified-since"], "Mon, 04 Oct 2021 15:00:00 GMT");
});

test("gzip, deflate and br are decompressed", async () => {
  assert.equal((await fetchUrl(`${srv.base}/gzip`)).body.toString(), "gzipped text");
  assert.equal((await fetchUrl(`${srv.base}/deflate`)).body.toString(), "deflated text");
  assert.equal((await fetchUrl(`${srv.base}/br`)).body.toString(), "brotli text");
});

test("a gzip bomb stops at the cap after decompression", async () => {
  await rejects(fetchUrl(`${srv.base}/bomb`), /^fetcher: body exceeds 5 MB after decompression/);
});

test("a 50 MB body stops at the cap while streaming", async () => {
  const before = process.memoryUsage().rss;
  await rejects(fetchUrl(`${srv.base}/huge`), /^fetcher: body exceeds 5 MB$/);
  assert.ok(process.memoryUsage().rss - before < 40 * MB, "the body was not buffered whole");
});

test("a body dripping one byte at a time and a server that never answers time out", async () => {
  await rejects(fetchUrl(`${srv.base}/drip`, { totalTimeoutMs: 800 }), /timed out after 800 ms/);
  await rejects(fetchUrl(`${srv.base}/hang`, { totalTimeoutMs: 500 }), /timed out after 500 ms/);
});

test("redirect loops and chains longer than 5 are refused", async () => {
  await rejects(fetchUrl(`${srv.base}/loop-a`), /redirect loop/);
  await rejects(fetchUrl(`${srv.base}/hop0`), /more than 5 redirects/);
  const ok = await fetchUrl(`${srv.base}/hop3`);
  assert.equal(ok.body.toString(), "arrived");
  assert.equal(ok.finalUrl, `${srv.base}/hop7`);
});

test("404 is an error, 410 retires, 429 carries Retry-After", async () => {
  const nf = await rejects(fetchUrl(`${srv.base}/missing`), /^fetcher: 404 Not Found$/);
  assert.equal(nf.info.transient, false);
  const gone = await rejects(fetchUrl(`${srv.base}/gone`), /410 Gone: source retired/);
  assert.equal(gone.info.retired, true);
  const limited = await rejects(fetchWithRetry(`${srv.base}/limited`, { maxRetryAfterWaitMs: 1000, backoffMs: 10 }), /429 Too Many Requests \(Retry-After 120 s\)/);
  assert.equal(limited.info.retryAfterMs, 120_000);
  assert.equal(srv.hits.get("/limited"), 1, "a long Retry-After is not waited for");
});

test("a 500 is retried with backoff", async () => {
  const r = await fetchWithRetry(`${srv.base}/flaky`, { backoffMs: 10, retries: 2 });
  assert.equal(r.body.toString(), "recovered");
  assert.equal(srv.hits.get("/flaky"), 2);
});

test("a refused connection is a clear error", async () => {
  allowPrivateOrigin("http://127.0.0.1:9");
  await rejects(fetchUrl("http://127.0.0.1:9/", { totalTimeoutMs: 1000 }), /ECONNREFUSED/);
});
