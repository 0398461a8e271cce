// Issue 14: a feed that links or redirects to an internal address (127.0.0.1, 10.x, the cloud
// metadata address...) must not make the ingest read it. Reproduced against a local "internal"
// server whose origin is NOT in INGEST_ALLOW_PRIVATE, beside an allowed outlet server.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { useTempDatabase, FAST_FETCH } from "./helpers/temp-database";
import { startFixtureServer, send, articlePage, type FixtureServer } from "./helpers/fixture-server";
import { isPublicAddress, privateAllowed } from "../../lib/ingest/fetcher/address-policy";
import { fetchUrl } from "../../lib/ingest/fetcher/fetch-url";

const { dir } = useTempDatabase("internal");
const { getDb, closeDb } = await import("../../lib/db/client");
const { ingestSources, registerSources } = await import("../../lib/ingest/ingest-sources");
const { getSourceByUrl } = await import("../../lib/db/sources");

const SECRET = "internal admin console: secret token abc123 never to be published";
const xml = { "content-type": "application/rss+xml; charset=utf-8" };
let internal: FixtureServer;
let outlet: FixtureServer;

before(async () => {
  internal = await startFixtureServer({ "/secret": send(articlePage({ title: "Internal", paragraphs: [SECRET] }), { "content-type": "text/html" }) }, { internal: true });
  outlet = await startFixtureServer({
    "/feed.xml": (q, s, b) => send(`<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title>
<item><title>Links inside</title><link>${internal.base}/secret</link><guid>i1</guid><description>Item linking to an internal page.</description></item>
<item><title>Redirects inside</title><link>${b}/jump</link><guid>i2</guid><description>Item redirecting to an internal page.</description></item>
<item><title>By name</title><link>${internal.base.replace("127.0.0.1", "localhost")}/secret</link><guid>i3</guid><description>Item naming the internal host.</description></item>
</channel></rss>`, xml)(q, s, b),
    "/jump": (_q, res) => void res.writeHead(302, { location: `${internal.base}/secret` }).end(),
    "/feed-jump.xml": (_q, res) => void res.writeHead(302, { location: `${internal.base}/secret` }).end(),
  });
});
after(async () => {
  await internal.close();
  await outlet.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("only globally routable unicast addresses are public (IPv4, IPv6, IPv4-mapped)", () => {
  for (const a of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0", "224.0.0.1", "100.64.0.1", "255.255.255.255",
    "::1", "::", "fe80::1", "fc00::1", "fd12::1", "ff02::1", "::ffff:127.0.0.1", "::ffff:10.0.0.1", "::ffff:169.254.169.254", "not an ip"]) {
    assert.equal(isPublicAddress(a), false, a);
  }
  for (const a of ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111", "::ffff:93.184.216.34"]) assert.equal(isPublicAddress(a), true, a);
});

test("INGEST_ALLOW_PRIVATE names origins (scheme, host and port), or * for all", () => {
  const saved = process.env.INGEST_ALLOW_PRIVATE;
  try {
    process.env.INGEST_ALLOW_PRIVATE = "http://127.0.0.1:8080, not a url";
    assert.equal(privateAllowed(new URL("http://127.0.0.1:8080/x")), true);
    assert.equal(privateAllowed(new URL("http://127.0.0.1:8081/x")), false);
    assert.equal(privateAllowed(new URL("https://127.0.0.1:8080/x")), false);
    process.env.INGEST_ALLOW_PRIVATE = "*";
    assert.equal(privateAllowed(new URL("http://10.0.0.1/")), true);
  } finally {
    process.env.INGEST_ALLOW_PRIVATE = saved;
  }
});

test("the fetcher refuses an internal address by literal, by host name and after a redirect", async () => {
  await assert.rejects(fetchUrl(`${internal.base}/secret`), (e: Error) => /refused 127\.0\.0\.1:\d+: 127\.0\.0\.1 is not a public address/.test(e.message));
  // "localhost" is resolved, and the answer is checked before connecting (no DNS rebinding window)
  await assert.rejects(fetchUrl(`${internal.base.replace("127.0.0.1", "localhost")}/secret`), /refused localhost:\d+: (127\.0\.0\.1|::1) is not a public address/);
  await assert.rejects(fetchUrl(`${outlet.base}/jump`), /refused 127\.0\.0\.1/);
  await assert.rejects(fetchUrl("http://[::ffff:169.254.169.254]/latest/meta-data/"), /refused/);
  assert.equal(internal.hits.get("/secret") ?? 0, 0, "no request reached the internal server");
});

test("an ingest run never reads the internal origin and records the refusals on the sources", async () => {
  const planned = await registerSources([{ url: `${outlet.base}/feed.xml` }, { url: `${outlet.base}/feed-jump.xml` }, { url: `${internal.base}/secret` }]);
  const summary = await ingestSources(planned, { context: { fetch: FAST_FETCH } });
  assert.equal(internal.hits.get("/secret") ?? 0, 0, "no request reached the internal server");
  const docs = await getDb().document.findMany();
  assert.equal(docs.length, 3, "the three items are kept with their feed descriptions");
  assert.ok(docs.every((d) => !d.text.includes("secret token")));
  // a source that is itself internal, or redirects there, fails with the policy's message
  for (const p of [`${outlet.base}/feed-jump.xml`, `${internal.base}/secret`]) {
    assert.match(summary.failures.find((f) => f.url === p)?.error ?? "", /^fetcher: refused 127\.0\.0\.1:\d+: .*INGEST_ALLOW_PRIVATE/, p);
  }
  // the feed itself succeeded; its refused item pages are reported on it
  const feed = await getSourceByUrl(`${outlet.base}/feed.xml`);
  assert.equal(feed?.consecutiveFailures, 0);
  assert.match(feed?.lastError ?? "", /refused .* \(and 2 more\)/);
  assert.equal(summary.reports.find((r) => r.url === `${outlet.base}/feed.xml`)?.problems.length, 3);
});
