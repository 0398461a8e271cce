// The Document table as ingest writes it. Every write is one statement on one row, so a crash
// never leaves half a document; concurrent runs meet on the unique url and re-read.
import type { DocumentKind, StatusDetail } from "../domain/types";
import { chunks } from "./chunk-keys";
import { getDb } from "./client";

export interface DocumentDraft {
  url: string; // canonical
  guid: string | null;
  sourceId: number | null;
  kind: DocumentKind;
  lang: string | null;
  title: string;
  text: string;
  publishedAt: Date | null;
  contentHash: string;
  statusValue?: string | null;
  components?: string[] | null;
  statusDetail?: StatusDetail | null;
}

export type SaveOutcome = "new" | "updated" | "unchanged";

interface Twin {
  id: number;
  contentHash: string;
  byContent: boolean;
  sourceId: number | null;
}

const isUniqueViolation = (e: unknown) =>
  (e as { code?: string }).code === "P2002" || /unique constraint/i.test((e as Error).message ?? "");

// A GUID identifies an item within its feed; across feeds only when it is a URL (a permalink).
function guidScope(d: DocumentDraft) {
  if (!d.guid) return null;
  return /^https?:\/\//i.test(d.guid) ? { guid: d.guid } : { guid: d.guid, sourceId: d.sourceId };
}

interface TwinRow {
  id: number | bigint;
  url: string;
  guid: string | null;
  sourceId: number | bigint | null;
  contentHash: string;
}

// One indexed query for the three keys, in plain SQL: the ORM's query planning cost ten times the
// lookup itself on the ingest hot path. The URL match wins over the GUID match over the content match.
async function findTwin(d: DocumentDraft, byContent: boolean): Promise<Twin | null> {
  const scope = guidScope(d);
  const guid = scope ? d.guid : null;
  const anySource = scope !== null && !("sourceId" in scope);
  const rows = await getDb().$queryRaw<TwinRow[]>`
    SELECT "id", "url", "guid", "sourceId", "contentHash" FROM "Document"
    WHERE "url" = ${d.url}
       OR ("guid" = ${guid} AND (${anySource ? 1 : 0} = 1 OR "sourceId" = ${d.sourceId}))
       OR (${byContent ? 1 : 0} = 1 AND "contentHash" = ${d.contentHash})
    LIMIT 8`;
  const guidMatch = (r: TwinRow) => guid !== null && r.guid === guid && (anySource || Number(r.sourceId) === d.sourceId);
  const best = rows.find((r) => r.url === d.url) ?? rows.find(guidMatch) ?? rows[0];
  if (!best) return null;
  return { id: Number(best.id), contentHash: best.contentHash, byContent: best.url !== d.url && !guidMatch(best), sourceId: best.sourceId === null ? null : Number(best.sourceId) };
}

function columns(d: DocumentDraft) {
  return {
    guid: d.guid, sourceId: d.sourceId, kind: d.kind, lang: d.lang, title: d.title, text: d.text,
    publishedAt: d.publishedAt, contentHash: d.contentHash, statusValue: d.statusValue ?? null,
    components: d.components ? JSON.stringify(d.components) : null, statusDetail: d.statusDetail ? JSON.stringify(d.statusDetail) : null,
  };
}

/** Stores a document once: new, updated in place when its content changed (by its own source
 * only), or left unchanged. */
export async function saveDocument(d: DocumentDraft, opts: { dedupeByContent: boolean }): Promise<SaveOutcome> {
  const db = getDb();
  for (let attempt = 0; attempt < 4; attempt++) {
    const twin = await findTwin(d, opts.dedupeByContent);
    if (!twin) {
      try {
        await db.document.create({ data: { url: d.url, ...columns(d) } });
        return "new";
      } catch (e) {
        if (isUniqueViolation(e)) continue; // another run inserted it first: read it again
        throw e;
      }
    }
    if (twin.byContent || twin.contentHash === d.contentHash) return "unchanged";
    // A document belongs to the source that published it: another source meeting the same URL or
    // permalink GUID (an aggregator, or a page claiming it: issue 14) never rewrites it.
    if (twin.sourceId !== d.sourceId) return "unchanged";
    const { sourceId: _keepSource, ...changed } = columns(d);
    // conditional on the hash we read, so two runs updating at once cannot interleave
    const r = await db.document.updateMany({ where: { id: twin.id, contentHash: twin.contentHash }, data: { ...changed, fetchedAt: new Date() } });
    if (r.count === 1) return "updated";
  }
  throw new Error(`documents: could not save ${d.url} after concurrent changes`);
}

export interface KnownDocument {
  url: string;
  guid: string | null;
  fetchedAt: Date;
}

/** Documents already stored under any of these URLs or (for this source) GUIDs. */
export async function listKnownDocuments(sourceId: number, urls: string[], guids: string[]): Promise<KnownDocument[]> {
  const select = { url: true, guid: true, fetchedAt: true };
  const db = getDb();
  const out: KnownDocument[] = [];
  for (const part of chunks(urls)) out.push(...(await db.document.findMany({ where: { url: { in: part } }, select })));
  for (const part of chunks(guids)) {
    const permalinks = part.filter((g) => /^https?:/i.test(g));
    out.push(...(await db.document.findMany({ where: { OR: [{ guid: { in: part }, sourceId }, { guid: { in: permalinks } }] }, select })));
  }
  return out;
}
