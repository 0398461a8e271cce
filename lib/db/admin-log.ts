// The audit log of granted administrative actions (revalidation, source changes): what was asked,
// and when. Refused attempts are not written (issue 14: a write per anonymous request let anyone
// fill the table and wait on the ingest's write lock); the table keeps the latest rows only.
import { getDb } from "./client";

export interface AdminLogEntry {
  action: string;
  detail: string;
  createdAt: Date;
}

/** Rows kept: the log is for recent operator actions, not an archive. */
export const ADMIN_LOG_KEEP = 1000;

/** Records one administrative action; `detail` is cut to 1,000 characters and rows past the latest `keep` dropped. */
export async function logAdminAction(action: string, detail: string, keep = ADMIN_LOG_KEEP): Promise<void> {
  const db = getDb();
  const row = await db.adminLog.create({ data: { action: action.slice(0, 100), detail: detail.slice(0, 1000) } });
  await db.adminLog.deleteMany({ where: { id: { lte: row.id - keep } } });
}

/** The latest administrative actions, newest first. */
export async function listAdminLog(limit = 100): Promise<AdminLogEntry[]> {
  const rows = await getDb().adminLog.findMany({ orderBy: { id: "desc" }, take: limit });
  return rows.map((r) => ({ action: r.action, detail: r.detail, createdAt: r.createdAt }));
}
