import { test } from "node:test";
import assert from "node:assert/strict";
import Database from "better-sqlite3";
import { isBusyError, retryWhileBusy, retryWhileBusySync } from "../../lib/db/retry-while-busy";

const busy = () => new Database.SqliteError("database is locked", "SQLITE_BUSY");
const noWait = async () => {};

test("busy errors are recognised raw, as the Prisma adapter wraps them, and by message", () => {
  assert.ok(isBusyError(busy()));
  assert.ok(isBusyError(new Database.SqliteError("recovery", "SQLITE_BUSY_RECOVERY")));
  assert.ok(isBusyError({ name: "DriverAdapterError", cause: { kind: "SocketTimeout", originalCode: "SQLITE_BUSY" } }));
  assert.ok(isBusyError(new Error("Invalid `db.x()` invocation: SqliteError: database is locked")));
  assert.ok(!isBusyError(new Database.SqliteError("UNIQUE constraint failed: Source.url", "SQLITE_CONSTRAINT_UNIQUE")));
  assert.ok(!isBusyError(new Error("no such table: Source")));
  assert.ok(!isBusyError(null));
  assert.ok(!isBusyError("busy"));
});

test("an operation answered busy is run again until it succeeds", async () => {
  let calls = 0;
  const result = await retryWhileBusy(async () => {
    calls++;
    if (calls < 4) throw busy();
    return "ok";
  }, { sleep: noWait });
  assert.equal(result, "ok");
  assert.equal(calls, 4);
});

test("any other error is thrown at once, without a second try", async () => {
  let calls = 0;
  const err = new Error("no such table: Source");
  await assert.rejects(retryWhileBusy(async () => { calls++; throw err; }, { sleep: noWait }), err);
  assert.equal(calls, 1);
});

test("a database busy past the deadline gives its busy error, after waits that add up to the deadline", async () => {
  const waits: number[] = [];
  let calls = 0;
  await assert.rejects(
    retryWhileBusy(async () => { calls++; throw busy(); }, { deadlineMs: 1000, sleep: async (ms) => void waits.push(ms) }),
    /database is locked/,
  );
  const total = waits.reduce((a, b) => a + b, 0);
  assert.ok(total >= 1000 && total < 1500, `waited ${total} ms`);
  assert.equal(calls, waits.length + 1);
  assert.ok(waits.every((w, i) => i === 0 || w >= waits[i - 1]!), "pauses never shrink");
});

test("the synchronous form retries busy and rethrows the rest", () => {
  let calls = 0;
  assert.equal(retryWhileBusySync(() => (++calls < 3 ? (() => { throw busy(); })() : calls)), 3);
  assert.throws(() => retryWhileBusySync(() => { throw new TypeError("bad"); }), TypeError);
});
