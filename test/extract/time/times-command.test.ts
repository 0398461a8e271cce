import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "node:test";

test("times command: one line per case in order, bad lines reported and skipped", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "times-cmd-"));
  const file = path.join(dir, "cases.jsonl");
  const lines = [
    JSON.stringify({ id: "a", lang: "fr", publishedAt: "2024-03-05T21:00:00+01:00", sourceZone: "Africa/Casablanca", text: "Vers 16h (heure de Rabat), plus rien." }),
    "{not json",
    JSON.stringify({ id: "b", lang: "de", publishedAt: "2024-03-05T21:00:00Z", sourceZone: null, text: "x" }),
    "",
    JSON.stringify({ id: "c", lang: "en", publishedAt: "2024-03-05T21:00:00Z", sourceZone: null, text: "It lasted about 90 minutes, from 11 a.m. to 12:30 p.m. PT." }),
  ];
  fs.writeFileSync(file, lines.join("\n") + "\n");
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/times.ts", file], { encoding: "utf8" });
  fs.rmSync(dir, { recursive: true, force: true });
  assert.equal(r.status, 0, r.stderr);
  const out = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
  assert.deepEqual(out.map((o) => o.id), ["a", null, "b", "c"]);
  assert.deepEqual(out[0].results.map((x: { kind: string; utc: string; zone: string }) => [x.kind, x.utc, x.zone]), [["instant", "2024-03-05T15:00:00Z", "Africa/Casablanca"]]);
  assert.ok(out[1].error && out[1].results.length === 0);
  assert.match(out[2].error, /lang/);
  assert.deepEqual(out[3].results.map((x: { kind: string }) => x.kind).sort(), ["duration", "range"]);
  const range = out[3].results.find((x: { kind: string }) => x.kind === "range");
  assert.deepEqual([range.start, range.end], ["2024-03-05T19:00:00Z", "2024-03-05T20:30:00Z"]);
});

test("times command: a missing file is a usage error", () => {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/times.ts", "/nonexistent/cases.jsonl"], { encoding: "utf8" });
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no such file/);
});
