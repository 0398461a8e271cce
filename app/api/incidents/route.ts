// GET /api/incidents: incidents in the export's shape, newest first, cursor-paginated.
import { decodeIncidentCursor, InvalidCursorError } from "../../../lib/db/incident-cursor";
import { listIncidentExports } from "../../../lib/db/incident-reads";
import { ApiError } from "../../../lib/http/api-error";
import { cachedResponse } from "../../../lib/http/cached-response";
import { handleRoute } from "../../../lib/http/error-response";
import { incidentQuerySchema } from "../../../lib/http/incident-query";
import { parseQuery } from "../../../lib/http/parse-query";
import { matchIncidentIds } from "../../../lib/search/search-incidents";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = handleRoute(async (req: Request) => {
  const p = parseQuery(new URL(req.url), incidentQuerySchema);
  const cursor = p.cursor ? apiCursor(p.cursor) : undefined;
  return cachedResponse(req, `api:list:${JSON.stringify(p)}`, "application/json; charset=utf-8", async (stamp) => {
    let ids: number[] | undefined;
    if (p.q !== undefined) ids = await matchIncidentIds(p.q);
    const { items, nextCursor } = await listIncidentExports({ ids, service: p.service, from: p.from, to: p.to, lang: p.lang, cursor, limit: p.limit });
    const body = JSON.stringify({ incidents: items, nextCursor });
    return { body, lastModified: stamp.lastModified };
  });
});

/** A cursor this API wrote, or a 400 bad-cursor. */
function apiCursor(raw: string) {
  try {
    return decodeIncidentCursor(raw);
  } catch (e) {
    if (e instanceof InvalidCursorError) throw new ApiError("bad-cursor", "cursor: not a cursor returned by this API");
    throw e;
  }
}
