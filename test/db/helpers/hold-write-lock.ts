// Another process holding SQLite's write lock, as a running ingest does.
import { spawn } from "node:child_process";

/** Another process takes the write lock, says so, keeps it `ms`, then commits a source row. */
export function holdWriteLock(file: string, ms: number): Promise<{ done: Promise<number | null> }> {
  const script = `const D = require("better-sqlite3"); const db = new D(${JSON.stringify(file)});
    db.prepare("BEGIN IMMEDIATE").run();
    db.prepare("INSERT INTO Source (url, kind, official, consecutiveFailures, retired, createdAt) VALUES ('https://other.test/feed', 'rss', 0, 0, 0, 0)").run();
    console.log("locked");
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ${ms});
    db.prepare("COMMIT").run(); db.close();`;
  const child = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
  const done = new Promise<number | null>((resolve) => child.on("close", resolve));
  return new Promise((resolve, reject) => {
    child.stdout.once("data", () => resolve({ done }));
    child.once("error", reject);
    void done.then((code) => reject(new Error(`lock holder exited ${code} before locking`)));
  });
}
