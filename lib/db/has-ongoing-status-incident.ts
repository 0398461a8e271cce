// Whether a status page still has an incident open, for its polling interval when it answers 304.
import { getDb } from "./client";

/** True when some status document of the source belongs to an ongoing incident. */
export async function hasOngoingStatusIncident(sourceId: number): Promise<boolean> {
  const open = await getDb().document.findFirst({ where: { sourceId, kind: "status", incident: { status: "ongoing" } }, select: { id: true } });
  return open !== null;
}
