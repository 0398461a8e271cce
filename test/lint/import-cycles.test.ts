// No import cycles in lib/: every area builds on the ones below it (domain <- extract <- cluster <-
// timeline <- db <- http ...), type imports included, so a module can be read and tested alone.
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const LIB = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../lib");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === "generated" || e.name === "generated-pg" ? [] : sourceFiles(p); // Prisma's generated clients
    return /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [p] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith(".")) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const c of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")]) if (fs.existsSync(c) && fs.statSync(c).isFile()) return c;
  return null;
}

/** Each file's local imports (static, dynamic and type-only). */
export function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const f of files) {
    const { importedFiles } = ts.preProcessFile(fs.readFileSync(f, "utf8"), true, true);
    graph.set(f, importedFiles.map((i) => resolve(f, i.fileName)).filter((p): p is string => p !== null && p.startsWith(LIB)));
  }
  return graph;
}

/** The cycles found by a depth-first walk, each as the files around it. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  const state = new Map<string, "open" | "done">();
  const stack: string[] = [];
  const cycles: string[][] = [];
  const visit = (f: string) => {
    state.set(f, "open");
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      if (state.get(g) === "open") cycles.push(stack.slice(stack.indexOf(g)));
      else if (!state.has(g)) visit(g);
    }
    stack.pop();
    state.set(f, "done");
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return cycles;
}

test("the cycle finder finds a cycle through a type import and none in a chain", () => {
  const g = new Map([["a", ["b"]], ["b", ["c"]], ["c", ["a"]], ["d", ["a"]]]);
  assert.deepEqual(findCycles(g), [["a", "b", "c"]]);
  assert.deepEqual(findCycles(new Map([["a", ["b"]], ["b", ["c"]], ["c", []]])), []);
  const tmp = fs.mkdtempSync(path.join(LIB, ".cycle-probe-"));
  try {
    fs.writeFileSync(path.join(tmp, "x.ts"), 'import type { Y } from "./y";\nexport type X = Y[];\n');
    fs.writeFileSync(path.join(tmp, "y.ts"), 'import type { X } from "./x";\nexport type Y = { x: X };\n');
    assert.equal(findCycles(importGraph(sourceFiles(tmp))).length, 1);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test("no import cycle in lib/", () => {
  const cycles = findCycles(importGraph(sourceFiles(LIB))).map((c) => c.map((f) => path.relative(LIB, f)).join(" -> "));
  assert.deepEqual(cycles, []);
});
