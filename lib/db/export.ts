// The export JSON of ../shared/docs/contracts.md, read from the database.
import type { DocumentKind, IncidentExport } from "../domain/types";
import { getDb } from "./client";
import { parseDetail } from "./site-json";

export interface ExportJson {
  generatedAt: string;
  incidents: IncidentExport[];
  unassigned: { url: string; reason: string }[];
}

/** Every incident with its documents, and every other document with why it is unassigned. */
export async function getExport(now: Date): Promise<ExportJson> {
  const db = getDb();
  const incidents = await db.incident.findMany({ orderBy: [{ startedAt: "asc" }, { slug: "asc" }] });
  const docs = await db.document.findMany({
    select: { url: true, title: true, lang: true, publishedAt: true, kind: true, incidentId: true, unassignedReason: true, processedHash: true, source: { select: { name: true } } },
    orderBy: { id: "asc" },
  });
  const byIncident = new Map<number, typeof docs>();
  const unassigned: ExportJson["unassigned"] = [];
  for (const d of docs) {
    if (d.incidentId == null) {
      unassigned.push({ url: d.url, reason: d.processedHash ? d.unassignedReason ?? "not-about-an-outage" : "not-processed-yet" });
      continue;
    }
    if (!byIncident.has(d.incidentId)) byIncident.set(d.incidentId, []);
    byIncident.get(d.incidentId)!.push(d);
  }
  const out: IncidentExport[] = incidents.map((row) => {
    const detail = parseDetail(row.detail, row.slug);
    // membership comes from the documents table, so every document appears exactly once
    const members = (byIncident.get(row.id) ?? []).map((d) => ({
      url: d.url, title: d.title, lang: d.lang ?? "", publishedAt: d.publishedAt?.toISOString() ?? null, kind: d.kind as DocumentKind, source: d.source?.name ?? null,
    }));
    return { ...detail, slug: row.slug, documents: members };
  });
  return { generatedAt: now.toISOString(), incidents: out, unassigned };
}
