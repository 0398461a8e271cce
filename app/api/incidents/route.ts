// GET /api/incidents: incidents in the export's shape, newest first, cursor-paginated.
import { listIncidents } from "../../../lib/db/api-reads";
import { cachedResponse } from "../../../lib/http/cached-response";
import { decodeCursor, encodeCursor } from "../../../lib/http/cursor";
import { handleRoute } from "../../../lib/http/error-response";
import { incidentQuerySchema } from "../../../lib/http/incident-query";
import { parseQuery } from "../../../lib/http/parse-query";
import { matchIncidentIds } from "../../../lib/search/search-incidents";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = handleRoute(async (req: Request) => {
  const p = parseQuery(new URL(req.url), incidentQuerySchema);
  const cursor = p.cursor ? decodeCursor(p.cursor) : undefined;
  return cachedResponse(req, `api:list:${JSON.stringify(p)}`, "application/json; charset=utf-8", async (stamp) => {
    let ids: number[] | undefined;
    if (p.q !== undefined) ids = await matchIncidentIds(p.q);
    const { items, next } = await listIncidents({ ids, service: p.service, from: p.from, to: p.to, lang: p.lang, cursor, limit: p.limit });
    const body = JSON.stringify({ incidents: items, nextCursor: next ? encodeCursor(next) : null });
    return { body, lastModified: stamp.lastModified };
  });
});
