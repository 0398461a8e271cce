// Every feed URL of the site in one dispatcher over Web Request/Response: /feed.xml, /feed.atom,
// /feed.json, /services/<service>/feed.xml, /incidents/<slug>/feed.xml (each ?lang=en|fr).
import { ApiError } from "./api-error";
import { handleRoute } from "./error-response";
import { incidentsFeedResponse, incidentUpdatesFeedResponse } from "./feed-responses";

const SITE = { "/feed.xml": "rss", "/feed.atom": "atom", "/feed.json": "json" } as const;

const handler = handleRoute(async (req: Request, _ctx: undefined): Promise<Response> => {
  const path = new URL(req.url).pathname;
  if (path in SITE) return incidentsFeedResponse(req, SITE[path as keyof typeof SITE], null);
  const service = path.match(/^\/services\/([^/]+)\/feed\.xml$/);
  if (service) return incidentsFeedResponse(req, "rss", decodeURIComponent(service[1]).slice(0, 100));
  const incident = path.match(/^\/incidents\/([^/]+)\/feed\.xml$/);
  if (incident) return incidentUpdatesFeedResponse(req, decodeURIComponent(incident[1]));
  throw new ApiError("not-found", "no feed at this address");
});

/** The feed at the request's path (the public path, e.g. /feed.xml), or an error response (404...). */
export const feedRoute = (req: Request): Promise<Response> => handler(req, undefined);
