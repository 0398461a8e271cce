// GET /services/<service>/feed.xml: one service's incidents (RSS 2.0).
import { handleRoute } from "../../../../lib/http/error-response";
import { incidentsFeedResponse } from "../../../../lib/http/feed-responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = handleRoute(async (req: Request, ctx: { params: Promise<{ service: string }> }) => {
  const { service } = await ctx.params;
  return incidentsFeedResponse(req, "rss", service.slice(0, 100));
});
