// The shipped nginx configuration (deploy/nginx/outage-atlas.conf) in front of `next start`:
// incident pages are stored by nginx from the site's own Cache-Control (s-maxage), pages that
// depend on the reader's cookie are not, and a change made by the ingest reaches readers through
// the cache within the configured s-maxage.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { runIngestCli } from "../helpers/run-ingest-cli";
import { ensureBuild } from "./support/ensure-build";
import { startSite, type RunningSite } from "./support/start-site";
import { sqlOn, testDatabaseUrl } from "../helpers/test-database";
import { NGINX, startNginx, type RunningProxy } from "../../scripts/start-nginx";
import { articlePage, send, startFixtureServer, type FixtureServer } from "../ingest/helpers/fixture-server";

const S_MAXAGE = 15;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-proxy-"));
const db = testDatabaseUrl(path.join(dir, "site.db"));
let version = 1;
let outlet: FixtureServer;
let site: RunningSite | null = null;
let proxy: RunningProxy | null = null;
const absent = !fs.existsSync(NGINX);
if (absent && process.env.REQUIRE_NGINX === "1") throw new Error(`${NGINX} is absent and REQUIRE_NGINX=1 (apt-get install -y nginx)`);

// the outlet's second article about the outage appears in its feed between the two ingests
const FIRST = { path: "/instagram-down", title: "Instagram down worldwide as users cannot load their feeds", pubDate: "Tue, 05 Mar 2024 14:10:00 GMT", paragraphs: [
  "Instagram was down for users around the world on Tuesday afternoon: the app showed error messages and feeds would not load.",
  "Meta said a configuration change to its servers caused the outage, which began at 13:00 UTC.",
  "Engineers were working to restore the service.",
] };
const SECOND = { path: "/instagram-back", title: "Instagram back after a two-hour worldwide outage, Meta says", pubDate: "Tue, 05 Mar 2024 15:30:00 GMT", paragraphs: [
  "Instagram is working again after a worldwide outage on Tuesday afternoon that left users unable to load their feeds.",
  "Meta said a configuration change caused the outage, which began at 13:00 UTC; the service was fully restored at 15:05 UTC.",
] };
const items = () => (version === 1 ? [FIRST] : [FIRST, SECOND]);

async function ingest(): Promise<void> {
  const r = await runIngestCli([`${outlet.base}/feed.xml`], { DATABASE_URL: db, INGEST_ALLOW_PRIVATE: outlet.base });
  if (r.code !== 0) throw new Error(`ingest exited ${r.code}: ${r.out}`);
}

before(async () => {
  if (absent) return;
  outlet = await startFixtureServer({
    "/feed.xml": (q, s, b) => send(`<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title><language>en</language>${items().map((i) =>
      `<item><title>${i.title}</title><link>${b}${i.path}</link><guid>${b}${i.path}</guid><pubDate>${i.pubDate}</pubDate><description>${i.paragraphs[0]}</description></item>`).join("")}</channel></rss>`, { "content-type": "application/rss+xml" })(q, s, b),
    ...Object.fromEntries([FIRST, SECOND].map((i) => [i.path, send(articlePage({ title: i.title, paragraphs: i.paragraphs, published: new Date(i.pubDate).toISOString() }), { "content-type": "text/html; charset=utf-8" })])),
  });
  const b = ensureBuild();
  if (b.built) console.log(`# built the site in ${b.ms} ms`);
  await ingest();
  site = await startSite(db, { PAGE_SMAXAGE: String(S_MAXAGE) });
  proxy = await startNginx(new URL(site.baseUrl).host);
}, { timeout: 600_000 });

after(async () => {
  await proxy?.stop();
  await site?.stop();
  await outlet?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function incidentSlug(): Promise<string> {
  const [row] = await sqlOn(db, 'SELECT slug FROM "Incident" ORDER BY id LIMIT 1');
  assert.ok(row, "the ingest made no incident of the outage article");
  return String(row.slug);
}

test("nginx stores incident pages for their s-maxage and passes cookie-dependent pages through", { skip: absent && "NOTICE: nginx absent (apt-get install -y nginx)" }, async () => {
  const url = `${proxy!.baseUrl}/en/incidents/${await incidentSlug()}`;
  const first = await fetch(url);
  assert.equal(first.status, 200);
  assert.match(first.headers.get("cache-control") ?? "", new RegExp(`s-maxage=${S_MAXAGE}\\b.*stale-while-revalidate=\\d+`));
  assert.ok(first.headers.get("etag"), "incident pages carry an ETag");
  const second = await fetch(url);
  assert.equal(second.headers.get("x-cache-status"), "HIT");
  const feed = await fetch(`${proxy!.baseUrl}/feed.xml`);
  assert.match(feed.headers.get("cache-control") ?? "", /s-maxage=\d+/);
  await fetch(`${proxy!.baseUrl}/`);
  const home = await fetch(`${proxy!.baseUrl}/`);
  assert.notEqual(home.headers.get("x-cache-status"), "HIT", "the home page depends on the reader's language and must not be shared");
});

// the site's own refresh after an ingest: the data-version poll (1 s) and the page's re-render
const REFRESH_ALLOWANCE_S = 5;

test("a change made by ingest shows through the cache within s-maxage (plus the site's own refresh)", { skip: absent && "NOTICE: nginx absent", timeout: 120_000 }, async () => {
  const url = `${proxy!.baseUrl}/en/incidents/${await incidentSlug()}`;
  let cached: Response;
  do cached = await fetch(url);
  while (cached.headers.get("x-cache-status") !== "HIT");
  assert.ok((await cached.text()).includes("Instagram down worldwide"), "the page shows the article's first title");
  version = 2;
  await ingest();
  // From the end of the ingest, the site re-renders the page within its refresh (a poll a second and
  // a render); nginx may have fetched the old page just before that and keeps it fresh for at most
  // S_MAXAGE more seconds. So the bound is S_MAXAGE plus the site's refresh, measured from here
  // (measured from before the ingest, a slow ingest on a loaded machine was counted against nginx).
  const changedAt = Date.now();
  let seenAfter = -1;
  while (Date.now() - changedAt < (S_MAXAGE + 15) * 1000) {
    if ((await (await fetch(url)).text()).includes("Instagram back after a two-hour")) {
      seenAfter = Date.now() - changedAt;
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.ok(seenAfter >= 0, "the ingest's change never reached the page through nginx");
  console.log(`# the change showed through nginx ${seenAfter} ms after the ingest ended (s-maxage ${S_MAXAGE} s)`);
  assert.ok(seenAfter <= (S_MAXAGE + REFRESH_ALLOWANCE_S) * 1000, `the change took ${seenAfter} ms, more than s-maxage + the site's refresh`);
});
