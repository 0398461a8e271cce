// A news "outlet" on loopback whose feed and article carry browser payloads in every field the
// site may show: <script>, javascript: links, onerror handlers, a "</script>" breaking out of JSON-LD.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { allowPrivateOrigin } from "../../../lib/ingest/fetcher/address-policy";

const PAYLOAD_TITLE = `Facebook down <img src=x onerror="window.__pwned='title'"> worldwide outage`;

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function feed(base: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>${esc(`Hostile Wire <script>window.__pwned='channel'</script>`)}</title><link>${base}/</link><description>test outlet</description><language>en</language>
<item><title>${esc(PAYLOAD_TITLE)}</title><link>${base}/2021/10/04/facebook-down.html</link><guid>${base}/2021/10/04/facebook-down.html</guid>
<pubDate>Mon, 04 Oct 2021 17:30:00 GMT</pubDate><description>${esc(`<a href="javascript:window.__pwned='desc'">Facebook, Instagram and WhatsApp are down</a>`)}</description></item>
</channel></rss>`;
}

function article(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(PAYLOAD_TITLE)}</title></head><body>
<header><nav><a href="/">Hostile Wire</a></nav></header>
<article><h1>${esc(PAYLOAD_TITLE)}</h1>
<p>Facebook, Instagram and WhatsApp went down on Monday, October 4, 2021, around 15:40 UTC, leaving users around the world unable to load their feeds or send messages. <script>window.__pwned='inline'</script></p>
<p>The outage lasted about six hours before service began coming back shortly after 21:30 UTC. <img src="x" onerror="window.__pwned='onerror'"> <a href="javascript:window.__pwned='link'">Read the live updates</a>.</p>
<p>"We're aware that some people are having trouble accessing our apps and products <svg onload="window.__pwned='svg'"></svg>," a Meta spokesperson said on Twitter. "We're working to get things back to normal as quickly as possible."</p>
<p>Engineers later said a faulty configuration change on the backbone routers had withdrawn the BGP routes to the company's DNS servers. &lt;/script&gt;&lt;script&gt;window.__pwned='jsonld'&lt;/script&gt;</p>
</article><footer>Hostile Wire</footer></body></html>`;
}

/** Serves the hostile feed at /feed.xml and its article; returns the feed URL and a close(). */
export async function startHostileServer(): Promise<{ feedUrl: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const base = `http://${req.headers.host}`;
    if (req.url === "/feed.xml") return void res.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" }).end(feed(base));
    if (req.url?.startsWith("/2021/10/04/facebook-down.html")) return void res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(article());
    res.writeHead(404, { "content-type": "text/plain" }).end("not found\n");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  allowPrivateOrigin(`http://127.0.0.1:${port}`); // the ingest refuses 127.0.0.1 unless named
  return { feedUrl: `http://127.0.0.1:${port}/feed.xml`, close: () => new Promise((r) => server.close(() => r())) };
}
