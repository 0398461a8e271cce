// The e2e tests start the built site the way bench:http does, on the database a URL names (a
// SQLite file or a PostgreSQL database: one build serves both, the backend is read from
// DATABASE_URL when the server starts).
import { startSite as startNext, type RunningSite } from "../../../scripts/start-site";

export type { RunningSite };

/** `next start` on the database at `url`, ready to answer. */
export function startSite(url: string, env: Record<string, string> = {}): Promise<RunningSite> {
  // scripts/start-site.ts takes a SQLite file; the environment given here overrides its URL
  return startNext(url.startsWith("file:") ? url.slice("file:".length) : "", { ...env, DATABASE_URL: url });
}
