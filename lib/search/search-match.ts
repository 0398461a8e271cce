// A query in the syntax of the backend DATABASE_URL names: an FTS5 MATCH string on SQLite, a
// tsquery expression on PostgreSQL.
import { dbProvider } from "../db/client";
import { buildMatchExpression } from "./build-match-expression";
import { buildTsQuery, type TsQuery } from "./build-ts-query";

export type SearchMatch = { provider: "sqlite"; expression: string } | ({ provider: "postgres" } & TsQuery);

/** The backend's form of `q`, or null when nothing in it is searchable. */
export function searchMatch(q: string): SearchMatch | null {
  if (dbProvider() === "postgres") {
    const ts = buildTsQuery(q);
    return ts && { provider: "postgres", ...ts };
  }
  const expression = buildMatchExpression(q);
  return expression === null ? null : { provider: "sqlite", expression };
}
