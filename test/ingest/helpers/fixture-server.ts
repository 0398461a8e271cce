// A real HTTP server on 127.0.0.1 for ingest tests: routes by path, counts hits, records headers.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { allowPrivateOrigin } from "../../../lib/ingest/fetcher/address-policy";

export type Route = (req: http.IncomingMessage, res: http.ServerResponse, base: string) => void;

export interface FixtureServer {
  base: string;
  hits: Map<string, number>;
  lastHeaders: Map<string, http.IncomingHttpHeaders>;
  close(): Promise<void>;
}

/** Starts a server answering `routes` (exact path match, query ignored); 404 otherwise. Its origin
 * is allowed for the ingest unless `internal` (a server standing for an internal service). */
export async function startFixtureServer(routes: Record<string, Route>, opts: { internal?: boolean } = {}): Promise<FixtureServer> {
  const hits = new Map<string, number>();
  const lastHeaders = new Map<string, http.IncomingHttpHeaders>();
  let base = "";
  const server = http.createServer((req, res) => {
    const path = new URL(req.url ?? "/", "http://x").pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    lastHeaders.set(path, req.headers);
    const route = routes[path];
    if (route) return route(req, res, base);
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  if (!opts.internal) allowPrivateOrigin(base);
  return {
    base,
    hits,
    lastHeaders,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** A route that always sends the same body with the given headers. */
export function send(body: string | Buffer, headers: Record<string, string> = {}, status = 200): Route {
  return (_req, res) => {
    res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
    res.end(body);
  };
}

/** A simple article page with site chrome around the body, as news sites publish. */
export function articlePage(o: { title: string; paragraphs: string[]; lang?: string; published?: string; canonical?: string; extraBody?: string }): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  return `<!doctype html><html lang="${o.lang ?? "en"}"><head><meta charset="utf-8"><title>${esc(o.title)} | Outlet</title>
${o.published ? `<meta property="article:published_time" content="${o.published}">` : ""}
${o.canonical ? `<link rel="canonical" href="${o.canonical}">` : ""}
<script>window.tracking = "drop me";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav></header>
<div class="share-bar">Share on Facebook · X</div>
<main><article><h1>${esc(o.title)}</h1>
${o.paragraphs.map((p) => `<p>${esc(p)}</p>`).join("\n")}
${o.extraBody ?? ""}
</article>
<section class="related"><h2>Related</h2><ul><li><a href="/a">Ten best apps of the year</a></li></ul></section>
<div class="ad-slot">Advertisement</div></main>
<footer>© Outlet — Legal — Cookies</footer></body></html>`;
}
