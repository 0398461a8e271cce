// Resolves DATABASE_URL (file:... for SQLite) with a default under data/, as contracts.md says.
import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/outage-atlas.db";

/** The database URL in force: DATABASE_URL or the default file under data/. */
export function databaseUrl(): string {
  return process.env.DATABASE_URL?.trim() || DEFAULT_DATABASE_URL;
}

/** The filesystem path of a `file:` SQLite URL, resolved against the working directory. */
export function databaseFile(url: string = databaseUrl()): string {
  if (!url.startsWith("file:")) throw new Error(`db: only file: SQLite URLs are supported, got ${url}`);
  const p = url.slice("file:".length).replace(/\?.*$/, "");
  return path.resolve(p);
}
