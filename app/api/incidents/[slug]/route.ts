// GET /api/incidents/<slug>: one incident in the export's shape; merged slugs redirect (308).
import { getIncidentBySlug } from "../../../../lib/db/incident-reads";
import { ApiError } from "../../../../lib/http/api-error";
import { cachedResponse } from "../../../../lib/http/cached-response";
import { handleRoute } from "../../../../lib/http/error-response";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const SLUG_RE = /^[a-z0-9][a-z0-9-]{0,159}$/;

export const GET = handleRoute(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await ctx.params;
  if (!SLUG_RE.test(slug)) throw new ApiError("not-found", "no incident with this slug");
  return cachedResponse(req, `api:one:${slug}`, "application/json; charset=utf-8", async () => {
    const found = await getIncidentBySlug(slug);
    if (!found) throw new ApiError("not-found", "no incident with this slug");
    if ("redirectTo" in found) return { body: "", lastModified: new Date(0), redirect: `/api/incidents/${found.redirectTo}` };
    return { body: JSON.stringify(found.incident), lastModified: found.updatedAt };
  });
});
