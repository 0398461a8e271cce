// POST /admin/revalidate?tag=incident:<slug> (or no tag: everything), Authorization: Bearer $ADMIN_TOKEN.
// Lets an ingest running against a shared database refresh the site's data cache (and, for an
// incident tag, that incident's cached pages) at once.
import { revalidateTag } from "next/cache";
import { timingSafeEqual } from "node:crypto";
import { SITE_TAG } from "../../_lib/cached-reads";
import { refreshIncidentPages } from "../../_lib/incident-page-refresh";
import { logAdminAction } from "../../../lib/db/admin-log";

function authorized(header: string | null): boolean {
  const token = process.env.ADMIN_TOKEN;
  if (!token || !header?.startsWith("Bearer ")) return false;
  const given = Buffer.from(header.slice("Bearer ".length));
  const wanted = Buffer.from(token);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}

/** Drops cached page data for one tag (incident:<slug>, incidents, sources) or for all of it. */
export async function POST(request: Request) {
  if (!process.env.ADMIN_TOKEN) return Response.json({ error: "revalidation disabled: ADMIN_TOKEN is not set" }, { status: 404 });
  if (!authorized(request.headers.get("authorization"))) {
    await logAdminAction("revalidate:refused", `unauthorized request from ${request.headers.get("x-forwarded-for") ?? "local"}`);
    return Response.json({ error: "unauthorized" }, { status: 401 });
  }
  const tag = new URL(request.url).searchParams.get("tag") ?? SITE_TAG;
  if (!/^(site-data|incidents|sources|incident:[a-z0-9-]{1,200})$/.test(tag)) {
    return Response.json({ error: `unknown tag "${tag}"` }, { status: 400 });
  }
  revalidateTag(tag, { expire: 0 });
  if (tag.startsWith("incident:")) await refreshIncidentPages([tag.slice("incident:".length)]);
  await logAdminAction("revalidate", tag);
  return Response.json({ revalidated: tag });
}
