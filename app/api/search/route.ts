// GET /api/search: the search page's results as JSON (same parameters as /search).
import { cachedResponse } from "../../../lib/http/cached-response";
import { handleRoute } from "../../../lib/http/error-response";
import { parseQuery } from "../../../lib/http/parse-query";
import { searchAll } from "../../../lib/search/search-all";
import { searchParamsSchema } from "../../../lib/search/search-params";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = handleRoute(async (req: Request) => {
  const p = parseQuery(new URL(req.url), searchParamsSchema);
  return cachedResponse(req, `api:search:${JSON.stringify(p)}`, "application/json; charset=utf-8", async (stamp) => ({
    body: JSON.stringify(await searchAll(p)),
    lastModified: stamp.lastModified,
  }));
});
