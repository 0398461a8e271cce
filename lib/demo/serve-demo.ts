// The demo news web on loopback: what `npm run demo` ingests instead of the internet.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { buildDemoSite, type DemoSite, type DemoSource } from "./build-demo-site";
import { loadDemoData, type DemoData } from "./load-demo-data";
import { sendCached } from "./send-cached";

export interface DemoServer {
  baseUrl: string;
  feedUrls: string[];
  /** The same sources with name, language, zone and official flag, for `npm run ingest -- --sources FILE`. */
  sources: DemoSource[];
  close(): Promise<void>;
}

function handle(site: DemoSite, req: http.IncomingMessage, res: http.ServerResponse): void {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" });
    res.end("method not allowed\n");
    return;
  }
  // The query string is ignored, as news sites ignore the utm_* tags their feeds add to links.
  const pathname = new URL(req.url ?? "/", "http://demo.invalid").pathname;
  const resource = site.resources.get(pathname);
  if (!resource) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
    res.end("not found\n");
    return;
  }
  sendCached(req, res, resource);
}

function listen(server: http.Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => resolve((server.address() as AddressInfo).port));
  });
}

/** Starts the demo site on 127.0.0.1 (port 0: any free port) and returns its address and the URLs ingest should fetch. */
export async function startDemoServer(opts: { port?: number; data?: DemoData } = {}): Promise<DemoServer> {
  const data = opts.data ?? loadDemoData();
  let site: DemoSite = { resources: new Map(), feedUrls: [], sources: [] };
  const server = http.createServer((req, res) => handle(site, req, res));
  const port = await listen(server, opts.port ?? 0);
  const baseUrl = `http://127.0.0.1:${port}`;
  site = buildDemoSite(data, baseUrl);
  return {
    baseUrl,
    feedUrls: [...site.feedUrls],
    sources: site.sources.map((s) => ({ ...s })),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections();
      }),
  };
}
