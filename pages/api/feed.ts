// The site's feeds, reached through rewrites in next.config.ts (/feed.xml → /api/feed?feed=/feed.xml).
// They live on the Pages Router because Next adds its router headers (RSC, Next-Router-State-Tree,
// ...) to the Vary of every App Router response, route handlers included: a feed must vary only
// on what changes its body (lib/http/feed-responses.ts sets that).
import type { NextApiRequest, NextApiResponse } from "next";
import { feedRoute } from "../../lib/http/feed-route";

export const config = { api: { bodyParser: false } };

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "GET" && req.method !== "HEAD") return res.status(405).setHeader("allow", "GET, HEAD").end();
  // the public path the rewrite came from, and the reader's own query (lang=...)
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(req.query)) if (k !== "feed") for (const x of [v ?? []].flat()) query.append(k, x);
  const path = String(req.query.feed ?? "");
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, [v].flat().join(", "));
  const qs = query.toString();
  const r = await feedRoute(new Request(`http://internal${path}${qs ? `?${qs}` : ""}`, { headers }));
  res.status(r.status);
  r.headers.forEach((v, k) => res.setHeader(k, v));
  res.end(req.method === "HEAD" ? undefined : Buffer.from(await r.arrayBuffer()));
}
