// The e2e database, made the real way only: the demo news web and the hostile outlet on loopback,
// fetched by the ingest CLI into a fresh database (SQLite or PostgreSQL, as TEST_BACKEND says). A
// failed ingest fails the suite; there is no canned fallback, so a green browser suite means the
// real ingest path produced what it shows.
import { runIngestCli } from "../../helpers/run-ingest-cli";
import { sqlOn } from "../../helpers/test-database";
import { allowPrivateOrigin } from "../../../lib/ingest/fetcher/address-policy";
import { startDemoServer } from "../../../lib/demo/serve-demo";
import { startHostileServer } from "./hostile-server";


async function incidentCount(url: string): Promise<number> {
  return Number((await sqlOn(url, 'SELECT count(*) AS n FROM "Incident"'))[0].n);
}

/** Fills the database at `url` through the demo server and the ingest CLI; throws when that gives
 * no incident. */
export async function prepareDb(url: string): Promise<void> {
  const demo = await startDemoServer();
  allowPrivateOrigin(demo.baseUrl); // the ingest refuses 127.0.0.1 unless named
  const hostile = await startHostileServer();
  try {
    const r = await runIngestCli([...demo.feedUrls, hostile.feedUrl], { DATABASE_URL: url }, 300_000);
    if (r.code !== 0) throw new Error(`e2e: ingest exited ${r.code}: ${r.out.trim().split("\n").slice(-3).join(" | ")}`);
    if ((await incidentCount(url)) === 0) throw new Error("e2e: the ingest of the demo dataset produced no incident");
  } finally {
    await Promise.all([demo.close(), hostile.close()]);
  }
}
