// The Source table: configured feeds, pages, status pages and social accounts, with the fetch
// state a polite reader keeps per source (validators, last status, failures, next fetch time).
import type { SourceKind } from "../domain/types";
import { dbProvider, getDb } from "./client";

export interface SourceRecord {
  id: number;
  url: string;
  kind: SourceKind;
  official: boolean;
  name: string | null;
  lang: string | null;
  zone: string | null;
  etag: string | null;
  lastModified: string | null;
  lastStatus: number | null;
  consecutiveFailures: number;
  nextFetchAt: Date | null;
  retired: boolean;
}

export interface SourceInput {
  url: string;
  kind?: SourceKind;
  name?: string;
  lang?: string;
  zone?: string;
  official?: boolean;
}

type Row = Awaited<ReturnType<ReturnType<typeof getDb>["source"]["findUniqueOrThrow"]>>;

function reshapeSource(r: Row): SourceRecord {
  const { id, url, official, name, lang, zone, etag, lastModified, lastStatus, consecutiveFailures, nextFetchAt, retired } = r;
  return { id, url, kind: r.kind as SourceKind, official, name, lang, zone, etag, lastModified, lastStatus, consecutiveFailures, nextFetchAt, retired };
}

/** Creates the source or updates the fields the caller gave; a unique-key race re-reads the row. */
export async function upsertSource(input: SourceInput): Promise<SourceRecord> {
  const db = getDb();
  const data = {
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.name ? { name: input.name } : {}),
    ...(input.lang ? { lang: input.lang } : {}),
    ...(input.zone ? { zone: input.zone } : {}),
    ...(input.official !== undefined ? { official: input.official } : {}),
  };
  const row = await db.source.upsert({ where: { url: input.url }, create: { url: input.url, ...data }, update: data });
  return reshapeSource(row);
}

/** Every configured source that is not retired, in the order they were added. */
export async function listSources(): Promise<SourceRecord[]> {
  const rows = await getDb().source.findMany({ where: { retired: false }, orderBy: { id: "asc" } });
  return rows.map(reshapeSource);
}

/** The earliest next fetch time among sources not retired (null when none is scheduled). */
export async function getNextDueAt(): Promise<Date | null> {
  const row = await getDb().source.findFirst({ where: { retired: false, nextFetchAt: { not: null } }, orderBy: { nextFetchAt: "asc" }, select: { nextFetchAt: true } });
  return row?.nextFetchAt ?? null;
}

/** How long a claimed source stays away from other workers: longer than a batch's fetches take,
 * short enough that a crashed worker's sources are polled again soon. */
export const SOURCE_LEASE_MS = 10 * 60_000;

/**
 * Claims the due sources for this worker (issue 21: several workers on one database). Each source's
 * next fetch time is moved to the lease's end in the statement that selects it, so no other worker
 * sees it as due until this one records its fetch (which sets the real next time) or the lease
 * runs out (a crashed worker). PostgreSQL: FOR UPDATE SKIP LOCKED, so two workers claiming at once
 * split the due sources instead of waiting on each other; SQLite: the claim's transaction holds
 * the single write lock (busy-safe-adapter), so claims run one after the other.
 */
export async function leaseDueSources(now: Date, leaseMs = SOURCE_LEASE_MS): Promise<SourceRecord[]> {
  const db = getDb();
  const until = new Date(now.getTime() + leaseMs);
  let ids: number[];
  if (dbProvider() === "postgres") {
    const rows = await db.$queryRaw<{ id: number }[]>`
      UPDATE "Source" s SET "nextFetchAt" = ${until}
      FROM (SELECT "id" FROM "Source" WHERE NOT "retired" AND ("nextFetchAt" IS NULL OR "nextFetchAt" <= ${now})
            ORDER BY "id" FOR UPDATE SKIP LOCKED) due
      WHERE s."id" = due."id" RETURNING s."id"`;
    ids = rows.map((r) => Number(r.id));
  } else {
    ids = await db.$transaction(async (tx) => {
      const due = await tx.source.findMany({ where: { retired: false, OR: [{ nextFetchAt: null }, { nextFetchAt: { lte: now } }] }, select: { id: true } });
      if (due.length) await tx.source.updateMany({ where: { id: { in: due.map((d) => d.id) } }, data: { nextFetchAt: until } });
      return due.map((d) => d.id);
    });
  }
  if (ids.length === 0) return [];
  const rows = await db.source.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
  return rows.map(reshapeSource);
}

export interface FetchOutcome {
  at: Date;
  status: number | null;
  nextFetchAt: Date;
  kind?: SourceKind;
  name?: string | null;
  lang?: string | null;
  etag?: string | null;
  lastModified?: string | null;
  /** A problem that did not fail the refresh (refused item pages...), kept as the source's lastError. */
  note?: string | null;
  pagesFailed?: number; // item pages this refresh could not fetch
}

/** Records a successful refresh: validators for the next conditional GET, failures reset. */
export async function recordSourceSuccess(id: number, o: FetchOutcome): Promise<void> {
  await getDb().source.update({
    where: { id },
    data: {
      lastFetchedAt: o.at, lastStatus: o.status, lastError: o.note?.slice(0, 1000) ?? null, consecutiveFailures: 0, nextFetchAt: o.nextFetchAt,
      ...(o.kind ? { kind: o.kind } : {}),
      ...(o.etag !== undefined ? { etag: o.etag } : {}),
      ...(o.lastModified !== undefined ? { lastModified: o.lastModified } : {}),
      ...(o.name ? { name: o.name } : {}),
      ...(o.lang ? { lang: o.lang } : {}),
      ...(o.pagesFailed !== undefined ? { lastPagesFailed: o.pagesFailed } : {}),
    },
  });
}

/** Records a failed refresh with its error; `failures` is the new consecutive-failure count. */
export async function recordSourceFailure(id: number, o: FetchOutcome & { error: string; failures: number; retired: boolean }): Promise<void> {
  await getDb().source.update({
    where: { id },
    data: {
      lastFetchedAt: o.at, lastStatus: o.status, lastError: o.error.slice(0, 1000), consecutiveFailures: o.failures,
      nextFetchAt: o.nextFetchAt, ...(o.retired ? { retired: true } : {}),
    },
  });
}

/** One source by URL, or null. */
export async function getSourceByUrl(url: string): Promise<(SourceRecord & { lastError: string | null }) | null> {
  const row = await getDb().source.findUnique({ where: { url } });
  return row ? { ...reshapeSource(row), lastError: row.lastError } : null;
}
