// GET /feed.json: every incident, newest first (json).
import { handleRoute } from "../../lib/http/error-response";
import { incidentsFeedResponse } from "../../lib/http/feed-responses";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export const GET = handleRoute(async (req: Request) => incidentsFeedResponse(req, "json", null));
