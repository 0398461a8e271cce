// SQL conditions for the search filters, with their bound values (never string-spliced).
import type { SearchParams } from "./search-params";

export interface SqlFilter {
  where: string[];
  values: (string | number)[];
}

/** Prisma stores DateTime in SQLite as this ISO text, so bounds compare as strings. */
export function sqliteDate(d: Date): string {
  return d.toISOString().replace("Z", "+00:00");
}

/** Filters on an incident aliased `i` (service, start date, cause, articles in a language). */
export function incidentFilter(p: SearchParams): SqlFilter {
  const f: SqlFilter = { where: [], values: [] };
  if (p.service) f.where.push("i.id IN (SELECT incidentId FROM IncidentService WHERE service = ? COLLATE NOCASE)"), f.values.push(p.service);
  if (p.from) f.where.push("i.startedAt >= ?"), f.values.push(sqliteDate(p.from));
  if (p.to) f.where.push("i.startedAt <= ?"), f.values.push(sqliteDate(p.to));
  if (p.cause) f.where.push("i.causeCategory = ?"), f.values.push(p.cause);
  if (p.lang) f.where.push("EXISTS (SELECT 1 FROM Document x WHERE x.incidentId = i.id AND x.lang = ?)"), f.values.push(p.lang);
  return f;
}

/** Filters on a document aliased `d` (its incident's service and cause, its date and language). */
export function documentFilter(p: SearchParams): SqlFilter {
  const f: SqlFilter = { where: [], values: [] };
  if (p.service) f.where.push("d.incidentId IN (SELECT incidentId FROM IncidentService WHERE service = ? COLLATE NOCASE)"), f.values.push(p.service);
  if (p.from) f.where.push("d.publishedAt >= ?"), f.values.push(sqliteDate(p.from));
  if (p.to) f.where.push("d.publishedAt <= ?"), f.values.push(sqliteDate(p.to));
  if (p.cause) f.where.push("d.incidentId IN (SELECT id FROM Incident WHERE causeCategory = ?)"), f.values.push(p.cause);
  if (p.lang) f.where.push("d.lang = ?"), f.values.push(p.lang);
  return f;
}
