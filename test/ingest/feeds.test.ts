// Feed dialects end to end against a local server and a throwaway database: RSS 0.91, RSS 1.0
// (RDF), RSS 2.0 and Atom; article pages followed and cleaned; ETag/304; ISO-8859-1; duplicates.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import iconv from "iconv-lite";
import { useTempDatabase, FAST_FETCH } from "./helpers/temp-database";
import { startFixtureServer, send, articlePage, type FixtureServer } from "./helpers/fixture-server";

const { dir } = useTempDatabase("feeds");
const { getDb, closeDb } = await import("../../lib/db/client");
const { ingestSources, registerSources } = await import("../../lib/ingest/ingest-sources");

let srv: FixtureServer;
const para = (n: number) => `Paragraph ${n} of a real article about a service outage, long enough to count as body text for the extractor.`;
const page = (title: string, lang = "en", published?: string) => send(articlePage({ title, paragraphs: [para(1), para(2)], lang, published }), { "content-type": "text/html; charset=utf-8" });
let atomVersion = 1;
let atomUpdated = "2024-03-05T10:00:00Z";

const rss091 = (b: string) => `<?xml version="1.0"?><rss version="0.91"><channel><title>Old</title><link>${b}/</link><language>en-us</language>
<item><title>Old style item</title><link>${b}/a/old</link><description>old</description></item></channel></rss>`;
const rdf = (b: string) => `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="${b}/"><title>RDF outlet</title><link>${b}/</link><dc:language>fr</dc:language></channel>
<item rdf:about="${b}/a/rdf"><title>Article RDF</title><link>${b}/a/rdf</link><dc:date>2024-03-05T18:10:00+01:00</dc:date></item></rdf:RDF>`;
const rss2 = (b: string, items: [string, string][]) => `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Two</title><language>en</language>
${items.map(([path, title]) => `<item><title>${title}</title><link>${b}${path}?utm_source=rss&amp;utm_medium=feed</link><guid>${b}${path}</guid><pubDate>Tue, 05 Mar 2024 15:00:00 GMT</pubDate><description>${title} summary</description></item>`).join("")}
</channel></rss>`;
const atom = (b: string) => `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en"><title>Atom outlet</title>
<entry><id>urn:uuid:1</id><title>Atom entry</title><link rel="alternate" href="${b}/a/atom"/><published>2024-03-05T10:00:00Z</published><updated>${atomUpdated}</updated><summary>s</summary></entry></feed>`;
const latin1Feed = iconv.encode(`<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Le Quotidien</title><language>fr</language>
<item><title>Panne géante : électricité coupée à Montréal</title><guid isPermaLink="false">l1</guid><description>Des milliers d'abonnés privés d'électricité, à cause d'un incident.</description></item></channel></rss>`, "latin1");

before(async () => {
  srv = await startFixtureServer({
    "/rss091.xml": (q, s, b) => send(rss091(b), { "content-type": "application/rss+xml" })(q, s, b),
    "/rdf.xml": (q, s, b) => send(rdf(b), { "content-type": "application/rdf+xml" })(q, s, b),
    "/rss2.xml": (q, s, b) => {
      if (q.headers["if-none-match"] === '"rss2-v1"') return void s.writeHead(304).end();
      send(rss2(b, [["/a/one", "First"], ["/a/shared", "Shared story"]]), { "content-type": "application/rss+xml", etag: '"rss2-v1"' })(q, s, b);
    },
    "/other.xml": (q, s, b) => send(rss2(b, [["/a/shared", "Shared story"], ["/a/two", "Second"]]), { "content-type": "text/xml" })(q, s, b),
    "/atom.xml": (q, s, b) => send(atom(b), { "content-type": "application/atom+xml" })(q, s, b),
    "/latin1.xml": send(latin1Feed, { "content-type": "application/rss+xml; charset=ISO-8859-1" }),
    "/a/old": page("Old style item"),
    "/a/rdf": page("Article RDF", "fr-FR"),
    "/a/one": page("First"),
    "/a/two": page("Second"),
    "/a/shared": page("Shared story"),
    "/a/atom": (q, s, b) => send(articlePage({ title: "Atom entry", paragraphs: [para(1), `Update number ${atomVersion}: service restored.`] }), { "content-type": "text/html" })(q, s, b),
  });
});
after(async () => {
  await srv.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

const run = async (paths: string[]) => ingestSources(await registerSources(paths.map((p) => ({ url: srv.base + p }))), { context: { fetch: FAST_FETCH } });
const doc = (path: string) => getDb().document.findUnique({ where: { url: srv.base + path } });

test("every dialect is read and each item's page extracted", async () => {
  const s = await run(["/rss091.xml", "/rdf.xml", "/rss2.xml", "/atom.xml"]);
  assert.deepEqual(s.failures, []);
  assert.equal(s.documents.new, 5);
  const old = await doc("/a/old");
  assert.equal(old?.title, "Old style item");
  assert.equal(old?.lang, "en");
  assert.match(old?.text ?? "", /^Paragraph 1 .*\nParagraph 2 /);
  assert.doesNotMatch(old?.text ?? "", /Share on|Advertisement|Ten best apps|Legal|drop me|Home/);
  const rdfDoc = await doc("/a/rdf");
  assert.equal(rdfDoc?.lang, "fr");
  assert.equal(rdfDoc?.publishedAt?.toISOString(), "2024-03-05T17:10:00.000Z");
  assert.equal((await doc("/a/atom"))?.publishedAt?.toISOString(), "2024-03-05T10:00:00.000Z");
  const kinds = await getDb().source.findMany({ select: { kind: true, lastStatus: true, nextFetchAt: true } });
  assert.ok(kinds.every((k) => k.kind === "feed" && k.lastStatus === 200 && k.nextFetchAt));
});

test("tracking parameters are dropped from the stored URL", async () => {
  const one = await doc("/a/one");
  assert.ok(one, "stored under its canonical URL without utm_*");
  assert.equal(one.guid, `${srv.base}/a/one`);
});

test("a second run writes nothing: 304 on the ETag feed, known items skipped elsewhere", async () => {
  const before = await getDb().document.findMany({ orderBy: { id: "asc" } });
  const pageHits = srv.hits.get("/a/one");
  const s = await run(["/rss091.xml", "/rdf.xml", "/rss2.xml", "/atom.xml"]);
  assert.equal(s.documents.new + s.documents.updated, 0);
  assert.equal(s.sources.notModified, 1);
  assert.equal(srv.lastHeaders.get("/rss2.xml")?.["if-none-match"], '"rss2-v1"');
  assert.equal(srv.hits.get("/a/one"), pageHits, "no page refetched");
  assert.deepEqual(await getDb().document.findMany({ orderBy: { id: "asc" } }), before);
});

test("the same article in two feeds is stored once", async () => {
  const s = await run(["/other.xml"]);
  assert.equal(s.documents.new, 1);
  assert.equal(await getDb().document.count({ where: { url: { contains: "/a/shared" } } }), 1);
});

test("an updated Atom entry is re-fetched and updated in place; processedHash left for re-extraction", async () => {
  const first = await doc("/a/atom");
  await getDb().document.update({ where: { id: first!.id }, data: { processedHash: first!.contentHash } });
  atomVersion = 2;
  atomUpdated = new Date(Date.now() + 1000).toISOString(); // the outlet edits the entry after our fetch
  const s = await run(["/atom.xml"]);
  assert.equal(s.documents.updated, 1);
  const after = await doc("/a/atom");
  assert.equal(after?.id, first?.id);
  assert.notEqual(after?.contentHash, first?.contentHash);
  assert.equal(after?.processedHash, first?.contentHash);
});

test("an ISO-8859-1 French feed comes out right; an item without link keeps its description", async () => {
  const s = await run(["/latin1.xml"]);
  assert.deepEqual(s.failures, []);
  const d = await getDb().document.findFirst({ where: { guid: "l1" } });
  assert.equal(d?.title, "Panne géante : électricité coupée à Montréal");
  assert.match(d?.text ?? "", /privés d'électricité, à cause/);
  assert.equal(d?.lang, "fr");
  assert.match(d?.url ?? "", /\/latin1\.xml#item-[0-9a-f]{16}$/);
});
