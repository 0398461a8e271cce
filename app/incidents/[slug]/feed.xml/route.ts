// GET /incidents/<slug>/feed.xml: every update of one incident (RSS 2.0).
import { handleRoute } from "../../../../lib/http/error-response";
import { incidentUpdatesFeedResponse } from "../../../../lib/http/feed-responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = handleRoute(async (req: Request, ctx: { params: Promise<{ slug: string }> }) => {
  const { slug } = await ctx.params;
  return incidentUpdatesFeedResponse(req, slug);
});
