// Several web servers on one PostgreSQL database (issue 21): two `next start` processes serve the
// same database, an ingest run in a third process adds an article to an incident, and both servers
// show it on the cached incident page within a bound, without a restart. The only way a server
// learns of another process's commit is LISTEN/NOTIFY (lib/db/data-version.ts): with the notify
// triggers switched off, the same kind of change never reaches the pages (checked here too, so the
// test cannot pass through some other refresh). ISR's own timer is pushed past the test's length.
// PostgreSQL only: SQLite has one machine and its data_version watcher (test/e2e).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { runIngestCli } from "../helpers/run-ingest-cli";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { articlePage, send, startFixtureServer, type FixtureServer } from "../ingest/helpers/fixture-server";
import { ensureBuild } from "../e2e/support/ensure-build";
import { startSite, type RunningSite } from "../e2e/support/start-site";
import { TEST_BACKEND, sqlOn, testDatabaseUrl } from "../helpers/test-database";

const skip = TEST_BACKEND !== "postgres" && "NOTICE: PostgreSQL only (npm run test:pg)";
// from the end of the ingest run: the notice is heard at once, the page re-rendered in well under a
// second on a quiet machine; the margin is for a loaded one
const BOUND_MS = 10_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-servers-"));
const db = testDatabaseUrl(path.join(dir, "servers.db"));

// one outage told by three articles of an outlet (our own words); the feed grows between ingests
const day = "Tue, 14 May 2024";
const ARTICLES = [
  { path: "/zoom-down", title: "Zoom down: video meetings fail to start for users worldwide", pubDate: `${day} 14:20:00 GMT`, paragraphs: [
    "Zoom was down on Tuesday afternoon for users around the world: meetings would not start and the app showed connection errors.",
    "Reports of the outage began around 14:00 UTC, and the company said it was investigating.",
  ] },
  { path: "/zoom-cause", title: "Zoom outage blamed on a faulty database update, company says", pubDate: `${day} 15:10:00 GMT`, paragraphs: [
    "Zoom said a faulty database update caused Tuesday's worldwide outage, which stopped video meetings from starting.",
    "The outage began around 14:00 UTC; engineers were rolling the update back.",
  ] },
  { path: "/zoom-back", title: "Zoom restored after a three-hour worldwide outage", pubDate: `${day} 17:30:00 GMT`, paragraphs: [
    "Zoom is working again after Tuesday's worldwide outage, which began around 14:00 UTC and kept meetings from starting.",
    "The company said the service was fully restored at 17:05 UTC after a faulty database update was rolled back.",
  ] },
];
let published = 1;
let outlet: FixtureServer;
const servers: RunningSite[] = [];
let slug = "";

async function ingest(): Promise<void> {
  const r = await runIngestCli([`${outlet.base}/feed.xml`], { DATABASE_URL: db, INGEST_ALLOW_PRIVATE: outlet.base });
  if (r.code !== 0) throw new Error(`ingest exited ${r.code}: ${r.out}`);
}

async function incidentOf(articlePath: string): Promise<string> {
  const [row] = await sqlOn(db, 'SELECT i.slug FROM "Incident" i JOIN "Document" d ON d."incidentId" = i.id WHERE d.url = ?', [`${outlet.base}${articlePath}`]);
  assert.ok(row, `the ingest made no incident of ${articlePath}`);
  return String(row.slug);
}

/** Switches the notify triggers of migration 0009_change_notify off or on, on every table. */
async function notices(on: boolean): Promise<void> {
  for (const table of ["Incident", "Document", "Source", "SlugRedirect", "AdminLog"]) {
    await sqlOn(db, `ALTER TABLE "${table}" ${on ? "ENABLE" : "DISABLE"} TRIGGER "${table}_notify"`);
  }
}

const page = async (site: RunningSite) => {
  const r = await fetch(`${site.baseUrl}/en/incidents/${slug}`);
  return { html: await r.text(), cache: r.headers.get("x-nextjs-cache") };
};

/** Milliseconds until `site`'s incident page shows `text`, or -1 when it has not within `ms`. */
async function shownWithin(site: RunningSite, text: string, ms: number, from: number): Promise<number> {
  while (Date.now() - from < ms) {
    if ((await page(site)).html.includes(text)) return Date.now() - from;
    await new Promise((r) => setTimeout(r, 100));
  }
  return -1;
}

before(async () => {
  if (skip) return;
  outlet = await startFixtureServer({
    "/feed.xml": (q, s, b) => send(`<?xml version="1.0"?><rss version="2.0"><channel><title>Outlet</title><language>en</language>${ARTICLES.slice(0, published).map((a) =>
      `<item><title>${a.title}</title><link>${b}${a.path}</link><guid>${b}${a.path}</guid><pubDate>${a.pubDate}</pubDate><description>${a.paragraphs[0]}</description></item>`).join("")}</channel></rss>`, { "content-type": "application/rss+xml" })(q, s, b),
    ...Object.fromEntries(ARTICLES.map((a) => [a.path, send(articlePage({ title: a.title, paragraphs: a.paragraphs, published: new Date(a.pubDate).toISOString() }), { "content-type": "text/html; charset=utf-8" })])),
  });
  const b = ensureBuild();
  if (b.built) console.log(`# built the site in ${b.ms} ms`);
  await ingest();
  slug = await incidentOf(ARTICLES[0].path);
  // ISR's time-based re-render (PAGE_SMAXAGE, 60 s by default) would refresh pages without any
  // notice: pushed past the test so only the notice can
  for (let i = 0; i < 2; i++) servers.push(await startSite(db, { PAGE_SMAXAGE: "3600" }));
}, { timeout: 600_000 });

after(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await outlet?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("two web servers on one database both show an ingest's change within the bound, without restart; never without notices", { skip, timeout: 300_000 }, async () => {
  for (const s of servers) {
    assert.ok((await page(s)).html.includes(ARTICLES[0].title), "the incident page shows the first article");
    assert.equal((await page(s)).cache, "HIT", "the incident page is served from the server's page cache");
  }

  // notices on: the second article joins the incident; both servers show it
  published = 2;
  await ingest();
  assert.equal(await incidentOf(ARTICLES[1].path), slug, "the second article joined the incident");
  const end = Date.now();
  const seen = await Promise.all(servers.map((s) => shownWithin(s, ARTICLES[1].title, BOUND_MS, end)));
  console.log(`# the change showed on the two servers ${seen.join(" and ")} ms after the ingest ended`);
  for (const [i, ms] of seen.entries()) assert.ok(ms >= 0, `server ${i + 1} did not show the change within ${BOUND_MS} ms`);
  for (const s of servers) assert.equal((await page(s)).cache, "HIT", "re-rendered once, then served from the cache again");

  // notices off: the third article joins the incident too, and neither server learns of it
  await notices(false);
  try {
    published = 3;
    await ingest();
    assert.equal(await incidentOf(ARTICLES[2].path), slug, "the third article joined the incident");
    const silent = await Promise.all(servers.map((s) => shownWithin(s, ARTICLES[2].title, BOUND_MS + 2000, Date.now())));
    assert.deepEqual(silent, [-1, -1], "without notices the pages must stay as they were (else the test above proves nothing)");
  } finally {
    await notices(true);
  }
});
