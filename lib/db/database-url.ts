// Resolves DATABASE_URL with a default under data/, as contracts.md says: file:... is SQLite (the
// embedded default), postgres://... or postgresql://... a PostgreSQL server (issue 21).
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/outage-atlas.db";

/** The database URL in force: DATABASE_URL or the default file under data/. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** True when `url` names a PostgreSQL server rather than a SQLite file. */
export function isPostgresUrl(url: string = databaseUrl()): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

/** The filesystem path of a `file:` SQLite URL, resolved against the working directory. */
export function databaseFile(url: string = databaseUrl()): string {
  if (!url.startsWith("file:")) throw new Error(`db: not a file: SQLite URL: ${url}`);
  const p = url.slice("file:".length).replace(/\?.*$/, "");
  return path.resolve(p);
}
