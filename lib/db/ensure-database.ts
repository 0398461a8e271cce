// Makes sure the SQLite file exists, is in WAL mode and has every migration of prisma/migrations
// applied. Migrations are applied by `prisma migrate deploy` (WASM engine) only when some are
// missing, so the usual start costs one small query.
import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import Database from "better-sqlite3";
import { databaseFile } from "./database-url";
import { retryWhileBusySync, sleepSync } from "./retry-while-busy";

const checked = new Set<string>();

/** The folder holding prisma/migrations, looked up from the working directory. */
export function projectRoot(): string {
  let dir = process.cwd();
  while (!fs.existsSync(path.join(dir, "prisma", "migrations"))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error("db: cannot find prisma/migrations above " + process.cwd());
    dir = up;
  }
  return dir;
}

function missingMigrations(file: string, root: string): string[] {
  const wanted = fs
    .readdirSync(path.join(root, "prisma", "migrations"), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  if (!fs.existsSync(file)) return wanted;
  // a first read may meet another process's WAL clean-up, which answers busy at once
  return retryWhileBusySync(() => unappliedIn(file, wanted));
}

// A file that is not a database (or a corrupted one) answers "file is not a database" on the first
// read: said with the path, at once, instead of a server that starts and answers 500 everywhere.
function readableMissing(file: string, root: string): string[] {
  try {
    return missingMigrations(file, root);
  } catch (e) {
    const code = (e as { code?: string }).code ?? "";
    if (/SQLITE_(NOTADB|CORRUPT|CANTOPEN|IOERR|PERM|READONLY)/.test(code)) {
      throw new Error(`db: ${file} is not a readable SQLite database (${(e as Error).message}); restore it or point DATABASE_URL elsewhere`, { cause: e });
    }
    throw e;
  }
}

function unappliedIn(file: string, wanted: string[]): string[] {
  const db = new Database(file, { readonly: true, timeout: 15000 });
  try {
    const table = db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name='_prisma_migrations'").get();
    if (!table) return wanted;
    const rows = db
      .prepare("SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL")
      .all() as { migration_name: string }[];
    const done = new Set(rows.map((r) => r.migration_name));
    return wanted.filter((m) => !done.has(m));
  } finally {
    db.close();
  }
}

/** Runs `fn` holding a lock file beside the database, so two processes opening a fresh file
 * do not both migrate it; a lock left by a killed process is taken over after two minutes. */
function withMigrationLock(file: string, fn: () => void): void {
  const lock = `${file}.migrate-lock`;
  for (let waited = 0; ; waited += 100) {
    try {
      fs.closeSync(fs.openSync(lock, "wx"));
      break;
    } catch {
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 120_000) fs.rmSync(lock, { force: true });
      if (waited > 180_000) throw new Error(`db: waited too long for ${lock}`);
      sleepSync(100);
    }
  }
  try {
    fn();
  } finally {
    fs.rmSync(lock, { force: true });
  }
}

/** Creates and migrates the database at `url` when needed; idempotent and cheap once done. With
 * `create: false` (the site: a reader) a missing file is an error, never a new empty database. */
export function ensureDatabase(url: string, opts: { create?: boolean } = {}): void {
  const file = databaseFile(url);
  if (checked.has(file)) return;
  const root = projectRoot();
  if (opts.create === false && !fs.existsSync(file)) {
    throw new Error(`db: the database ${file} does not exist (DATABASE_URL=${url}); the site never creates one: run the ingest (npm run ingest, npm run demo) or npm run db:migrate first`);
  }
  fs.mkdirSync(path.dirname(file), { recursive: true });
  if (readableMissing(file, root).length > 0) {
    withMigrationLock(file, () => {
      if (readableMissing(file, root).length === 0) return; // another process did it meanwhile
      const prisma = path.join(root, "node_modules", "prisma", "build", "index.js");
      execFileSync(process.execPath, [prisma, "migrate", "deploy"], {
        cwd: root,
        env: { ...process.env, NODE_OPTIONS: "", DATABASE_URL: `file:${file}` },
        stdio: ["ignore", "ignore", "pipe"],
      });
    });
  }
  retryWhileBusySync(() => useWal(file));
  checked.add(file);
}

function useWal(file: string): void {
  const db = new Database(file, { timeout: 15000 });
  try {
    // WAL lets the site read while ingest writes; the mode is stored in the file.
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL"); // durable at checkpoints under WAL, much faster per commit
  } finally {
    db.close();
  }
}
