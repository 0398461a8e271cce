// Hostile text in the dataset stays text: escaped in pages and feeds, inert inside JSON-LD.
import { test } from "node:test";
import assert from "node:assert/strict";
import Parser from "rss-parser";
import { startDemoServer } from "../../lib/demo/serve-demo";
import { loadDemoData } from "../../lib/demo/load-demo-data";

const evil = `Outage & "fix" <script>alert('x')</script></script><!-- ]]>`;

test("titles, authors and paragraphs with markup are escaped everywhere", async () => {
  const data = loadDemoData();
  const article = { ...data.articles.find((a) => a.outlet === "tech-wire-daily")!, title: evil, author: evil, paragraphs: [evil, "Second paragraph."] };
  const statement = { ...data.statements[0], title: evil };
  const srv = await startDemoServer({ data: { ...data, articles: [article], statements: [statement] } });
  try {
    const feedUrl = srv.feedUrls.find((u) => u.includes("tech-wire-daily"))!;
    const feed = await new Parser().parseString(await (await fetch(feedUrl)).text());
    assert.equal(feed.items[0].title, evil);
    const page = await (await fetch(feed.items[0].link!)).text();
    assert.ok(!page.includes("<script>alert"), "no live script");
    assert.ok(page.includes("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
    const ld = page.match(/<script type="application\/ld\+json">(.*?)<\/script>/s)![1];
    assert.ok(!ld.includes("<"), "JSON-LD holds no raw <");
    assert.equal(JSON.parse(ld).headline, evil);
    const atom = await new Parser().parseString(await (await fetch(srv.feedUrls.find((u) => u.endsWith("/atom.xml") && u.includes(statement.newsroom))!)).text());
    assert.equal(atom.items[0].title, evil);
  } finally {
    await srv.close();
  }
});
