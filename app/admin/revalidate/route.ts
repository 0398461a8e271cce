// POST /admin/revalidate?tag=incident:<slug> (or no tag: everything), Authorization: Bearer $ADMIN_TOKEN.
// The site follows the database by itself (change stamp, page watcher); this forces it at once:
// every memoized read is dropped, and for an incident tag its cached pages are re-rendered.
import { resetStamp } from "../../../lib/http/change-stamp";
import { bearerTokenMatches } from "../../_lib/bearer-token";
import { refreshIncidentPages } from "../../_lib/incident-page-refresh";
import { logAdminAction } from "../../../lib/db/admin-log";

const SITE_TAG = "site-data";

/** Drops memoized data (all tags) and re-renders an incident's cached pages (incident:<slug>). */
export async function POST(request: Request) {
  if (!process.env.ADMIN_TOKEN) return Response.json({ error: "revalidation disabled: ADMIN_TOKEN is not set" }, { status: 404 });
  if (!bearerTokenMatches(request.headers.get("authorization"), process.env.ADMIN_TOKEN)) {
    await logAdminAction("revalidate:refused", `unauthorized request from ${request.headers.get("x-forwarded-for") ?? "local"}`);
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
