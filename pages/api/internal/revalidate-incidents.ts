// POST /api/internal/revalidate-incidents {paths: ["/en/incidents/<slug>", ...]}: re-renders cached
// incident pages through Next's res.revalidate. Only the server's own change watcher (and the admin
// route) may call it: it carries a secret that exists only inside this process.
import type { NextApiRequest, NextApiResponse } from "next";
import { bearerTokenMatches } from "../../../app/_lib/bearer-token";
import { refreshSecret } from "../../../app/_lib/incident-page-refresh";

const PAGE = /^\/(en|fr)\/incidents\/[^/?#]{1,300}$/;

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== "POST") return res.status(405).json({ error: "POST only" });
  if (!bearerTokenMatches(req.headers.authorization, refreshSecret())) return res.status(401).json({ error: "unauthorized" });
  const paths: unknown = req.body?.paths;
  if (!Array.isArray(paths) || paths.length > 2000 || !paths.every((p) => typeof p === "string" && PAGE.test(p))) {
    return res.status(400).json({ error: "paths must be up to 2000 incident page paths" });
  }
  const failed: string[] = [];
  for (const p of paths as string[]) {
    try {
      // pages nobody has asked for yet are not rendered now: their first reader renders them
      await res.revalidate(p, { unstable_onlyGenerated: true });
    } catch {
      failed.push(p);
    }
  }
  return res.status(failed.length ? 500 : 200).json({ revalidated: paths.length - failed.length, failed });
}
