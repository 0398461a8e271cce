// scripts/demo-server.ts as a command: prints the feed URLs then "ready", writes --ready-file,
// serves until SIGTERM, and rejects bad arguments.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { spawn } from "node:child_process";

function run(args: string[]) {
  return spawn(process.execPath, ["--import", "tsx", "scripts/demo-server.ts", ...args], { stdio: ["ignore", "pipe", "pipe"] });
}

test("prints feed URLs and ready, writes the base URL, stops on SIGTERM", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-cli-"));
  const readyFile = path.join(dir, "base");
  const sourcesFile = path.join(dir, "sources.json");
  const child = run(["--ready-file", readyFile, "--sources-file", sourcesFile]);
  let out = "";
  child.stdout.on("data", (c) => (out += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  try {
    for (let i = 0; i < 200 && !out.includes("ready\n"); i++) await new Promise((r) => setTimeout(r, 50));
    const lines = out.trim().split("\n");
    assert.equal(lines.at(-1), "ready");
    const base = fs.readFileSync(readyFile, "utf8").trim();
    assert.match(base, /^http:\/\/127\.0\.0\.1:\d+$/);
    const urls = lines.slice(0, -1);
    assert.ok(urls.length >= 8 && urls.every((u) => u.startsWith(base + "/")));
    assert.deepEqual((await (await fetch(`${base}/feeds.txt`)).text()).trim().split("\n"), urls);
    assert.equal((await fetch(urls[0])).status, 200);
    const sources = JSON.parse(fs.readFileSync(sourcesFile, "utf8")) as { url: string; official: boolean }[];
    assert.deepEqual(sources.map((s) => s.url), urls);
  } finally {
    child.kill("SIGTERM");
  }
  assert.equal(await exited, 0);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("a bad --port is an error with exit code 2", async () => {
  const child = run(["--port", "nope"]);
  let err = "";
  child.stderr.on("data", (c) => (err += c));
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  assert.equal(code, 2);
  assert.match(err, /bad --port nope/);
});
