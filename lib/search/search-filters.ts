// SQL conditions for the search filters, with their bound values (never string-spliced), for
// either backend: identifiers quoted (PostgreSQL folds unquoted ones to lower case), `?`
// placeholders (search-connection numbers them for PostgreSQL), dates in each backend's form.
import type { DbProvider } from "../db/client";
import type { SearchParams } from "./search-params";

export interface SqlFilter {
  where: string[];
  values: (string | number | Date)[];
}

/** Prisma stores DateTime in SQLite as this ISO text, so bounds compare as strings. */
export function sqliteDate(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

const date = (d: Date, provider: DbProvider) => (provider === "sqlite" ? sqliteDate(d) : d);
// lower() on both sides: SQLite's NOCASE and lower() both fold ASCII only; PostgreSQL has no NOCASE
const SERVICE = `SELECT "incidentId" FROM "IncidentService" WHERE lower("service") = lower(?)`;

/** Filters on an incident aliased `i` (service, start date, cause, articles in a language). */
export function incidentFilter(p: SearchParams, provider: DbProvider = "sqlite"): SqlFilter {
  const f: SqlFilter = { where: [], values: [] };
  if (p.service) f.where.push(`i."id" IN (${SERVICE})`), f.values.push(p.service);
  if (p.from) f.where.push(`i."startedAt" >= ?`), f.values.push(date(p.from, provider));
  if (p.to) f.where.push(`i."startedAt" <= ?`), f.values.push(date(p.to, provider));
  if (p.cause) f.where.push(`i."causeCategory" = ?`), f.values.push(p.cause);
  if (p.lang) f.where.push(`EXISTS (SELECT 1 FROM "Document" x WHERE x."incidentId" = i."id" AND x."lang" = ?)`), f.values.push(p.lang);
  return f;
}

/** Filters on a document aliased `d` (its incident's service and cause, its date and language). */
export function documentFilter(p: SearchParams, provider: DbProvider = "sqlite"): SqlFilter {
  const f: SqlFilter = { where: [], values: [] };
  if (p.service) f.where.push(`d."incidentId" IN (${SERVICE})`), f.values.push(p.service);
  if (p.from) f.where.push(`d."publishedAt" >= ?`), f.values.push(date(p.from, provider));
  if (p.to) f.where.push(`d."publishedAt" <= ?`), f.values.push(date(p.to, provider));
  if (p.cause) f.where.push(`d."incidentId" IN (SELECT "id" FROM "Incident" WHERE "causeCategory" = ?)`), f.values.push(p.cause);
  if (p.lang) f.where.push(`d."lang" = ?`), f.values.push(p.lang);
  return f;
}
