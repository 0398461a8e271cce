// Documents waiting for extraction, and storing what extraction found (Document + Fact rows).
import type { ArticleFacts, DocumentForExtraction, DocumentKind, ExtractedDocument, Lang, StatusDetail } from "../domain/types";
import { chunks } from "./chunk-keys";
import { getDb } from "./client";

export interface PendingDocument extends DocumentForExtraction {
  id: number;
  contentHash: string;
}

/** Documents whose text changed since their last extraction (or never extracted), oldest id first,
 * from the id after `afterId` (a run walks the list once, skipping what other workers claimed). */
export async function listPendingDocuments(limit = 500, afterId = 0): Promise<PendingDocument[]> {
  const db = getDb();
  // a tagged query: Prisma writes the placeholder each backend expects (? on SQLite, $1 on PostgreSQL)
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT "id" FROM "Document" WHERE ("processedHash" IS NULL OR "processedHash" <> "contentHash") AND "id" > ${afterId}
    ORDER BY "id" LIMIT ${limit}`;
  if (rows.length === 0) return [];
  const docs = await db.document.findMany({
    where: { id: { in: rows.map((r) => Number(r.id)) } },
    include: { source: true },
    orderBy: { id: "asc" },
  });
  return docs.map((d) => ({
    id: d.id,
    contentHash: d.contentHash,
    url: d.url,
    kind: d.kind as DocumentKind,
    lang: d.lang,
    title: d.title,
    text: d.text,
    publishedAt: d.publishedAt,
    sourceName: d.source?.name ?? null,
    sourceZone: d.source?.zone ?? null,
    statusValue: d.statusValue,
    components: d.components ? (JSON.parse(d.components) as string[]) : [],
    statusDetail: d.statusDetail ? (JSON.parse(d.statusDetail) as StatusDetail) : null,
  }));
}

function factRows(documentId: number, facts: ArticleFacts) {
  const rows = [];
  for (const t of facts.times) {
    const at = t.time.kind === "instant" ? new Date(t.time.utc) : t.time.kind === "range" ? new Date(t.time.start) : null;
    const zone = t.time.kind === "duration" ? null : t.time.zone;
    rows.push({ documentId, type: t.role === "recovery" ? "recovery" : t.role === "end" ? "end" : t.role === "start" ? "start" : "report",
      value: JSON.stringify(t.time), at, phrase: t.time.phrase, zone, confidence: t.confidence, spanStart: t.span.start, spanEnd: t.span.end });
  }
  for (const d of facts.durations)
    rows.push({ documentId, type: "duration", value: JSON.stringify(d), at: null, phrase: d.span.text, zone: null, confidence: 0.6, spanStart: d.span.start, spanEnd: d.span.end });
  const simple: [string, { span: { start: number; end: number; text: string } }[]][] = [
    ["cause", facts.causes], ["statement", facts.statements], ["reaction", facts.reactions], ["impact", facts.impacts],
  ];
  for (const [type, list] of simple)
    for (const f of list)
      rows.push({ documentId, type, value: JSON.stringify(f), at: null, phrase: f.span.text, zone: null, confidence: 0.6, spanStart: f.span.start, spanEnd: f.span.end });
  return rows;
}

/** Which of these documents still wait for extraction (another worker may have extracted some). */
export async function stillPending(ids: number[]): Promise<Set<number>> {
  const out = new Set<number>();
  for (const part of chunks(ids)) {
    const rows = await getDb().document.findMany({ where: { id: { in: part } }, select: { id: true, contentHash: true, processedHash: true } });
    for (const r of rows) if (r.processedHash !== r.contentHash) out.add(r.id);
  }
  return out;
}

/** Replaces a document's facts in one transaction and marks it extracted at `contentHash`. */
export async function saveExtraction(doc: PendingDocument, facts: ArticleFacts): Promise<void> {
  const db = getDb();
  await db.$transaction([
    db.fact.deleteMany({ where: { documentId: doc.id } }),
    db.fact.createMany({ data: factRows(doc.id, facts) }),
    db.document.update({
      where: { id: doc.id },
      data: {
        processedHash: doc.contentHash,
        factsJson: JSON.stringify(facts),
        isOutage: facts.isOutage,
        unassignedReason: facts.isOutage ? null : facts.notOutageReason ?? "not-about-an-outage",
        ...(facts.isOutage ? {} : { incidentId: null }),
      },
    }),
  ]);
}

type DocRow = { id: number; url: string; title: string; kind: string; lang: string | null; publishedAt: Date | null; factsJson: string | null; statusValue: string | null; source: { name: string | null } | null };

/** Maps a stored document with facts to the shape clustering consumes. */
export function toExtracted(d: DocRow): ExtractedDocument | null {
  if (!d.factsJson) return null;
  const facts = JSON.parse(d.factsJson) as ArticleFacts;
  return {
    id: d.id,
    url: d.url,
    title: d.title,
    kind: d.kind as DocumentKind,
    lang: (facts.lang ?? d.lang ?? "en") as Lang,
    publishedAt: d.publishedAt ? d.publishedAt.toISOString() : null,
    sourceName: d.source?.name ?? null,
    statusValue: d.statusValue,
    facts,
  };
}

/** Outage documents by id, with their facts, for clustering. */
export async function getExtractedDocuments(ids: number[]): Promise<ExtractedDocument[]> {
  const rows = [];
  for (const part of chunks(ids)) {
    rows.push(...(await getDb().document.findMany({
      where: { id: { in: part }, isOutage: true },
      select: { id: true, url: true, title: true, kind: true, lang: true, publishedAt: true, factsJson: true, statusValue: true, source: { select: { name: true } } },
    })));
  }
  return rows.map(toExtracted).filter((d): d is ExtractedDocument => d !== null);
}

/** Stores an outage document already extracted, as processing leaves it before clustering (its URL
 * as content hash, no source): what replays of extracted corpora through the real clustering
 * write-back start from (scripts/cluster-order.ts, test/ingest-process). Returns its id. */
export async function storeExtractedDocument(d: ExtractedDocument): Promise<number> {
  const row = await getDb().document.create({
    data: {
      url: d.url, title: d.title, lang: d.lang, kind: d.kind, publishedAt: d.publishedAt ? new Date(d.publishedAt) : null,
      contentHash: d.url, processedHash: d.url, isOutage: true, factsJson: JSON.stringify(d.facts),
    },
    select: { id: true },
  });
  return row.id;
}

/** Every document assigned to an incident, with that incident's id (a partition to compare). */
export async function listAssignedDocuments(): Promise<{ url: string; incidentId: number }[]> {
  const rows = await getDb().document.findMany({ where: { incidentId: { not: null } }, select: { url: true, incidentId: true } });
  return rows.map((r) => ({ url: r.url, incidentId: r.incidentId! }));
}
