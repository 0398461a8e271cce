// The audit log of administrative actions (revalidation, source changes): who asked what, and when.
import { getDb } from "./client";

export interface AdminLogEntry {
  action: string;
  detail: string;
  createdAt: Date;
}

/** Records one administrative action or refused attempt; `detail` is cut to 1,000 characters. */
export async function logAdminAction(action: string, detail: string): Promise<void> {
  await getDb().adminLog.create({ data: { action: action.slice(0, 100), detail: detail.slice(0, 1000) } });
}

/** The latest administrative actions, newest first. */
export async function listAdminLog(limit = 100): Promise<AdminLogEntry[]> {
  const rows = await getDb().adminLog.findMany({ orderBy: { id: "desc" }, take: limit });
  return rows.map((r) => ({ action: r.action, detail: r.detail, createdAt: r.createdAt }));
}
