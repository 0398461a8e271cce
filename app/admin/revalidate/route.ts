// POST /admin/revalidate?tag=incident:<slug> (or no tag: everything), Authorization: Bearer $ADMIN_TOKEN.
// The site follows the database by itself (change stamp, page watcher); this forces it at once:
// every memoized read is dropped, and for an incident tag its cached pages are re-rendered.
// A refused request touches no database (a write would wait on the ingest's write lock and freeze
// the server: issue 14) and each address gets a few tries per minute; granted actions are logged.
import { resetStamp } from "../../../lib/http/change-stamp";
import { bearerTokenMatches } from "../../_lib/bearer-token";
import { refreshIncidentPages } from "../../_lib/incident-page-refresh";
import { clientKey, rateLimit } from "../../_lib/rate-limit";
import { serverEnv } from "../../../lib/config/server-env";
import { logAdminAction } from "../../../lib/db/admin-log";

const SITE_TAG = "site-data";
// 10 tries a minute per address: enough for an operator's typo, nothing for a guesser
const attempts = rateLimit(10, 60_000);

/** Drops memoized data (all tags) and re-renders an incident's cached pages (incident:<slug>). */
export async function POST(request: Request) {
  const token = serverEnv().ADMIN_TOKEN;
  if (!token) return Response.json({ error: "revalidation disabled: ADMIN_TOKEN is not set" }, { status: 404 });
  // counted before the token is compared, so a guesser over the limit learns nothing
  if (!attempts.take(clientKey(request))) {
    return Response.json({ error: "too many requests" }, { status: 429, headers: { "retry-after": "60" } });
  }
  if (!bearerTokenMatches(request.headers.get("authorization"), token)) {
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  const tag = new URL(request.url).searchParams.get("tag") ?? SITE_TAG;
  if (!/^(site-data|incidents|sources|incident:[a-z0-9-]{1,200})$/.test(tag)) {
    return Response.json({ error: `unknown tag "${tag}"` }, { status: 400 });
  }
  resetStamp();
  if (tag.startsWith("incident:")) await refreshIncidentPages([tag.slice("incident:".length)]);
  await logAdminAction("revalidate", tag);
  return Response.json({ revalidated: tag });
}
