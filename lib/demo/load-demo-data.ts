// Reads and validates the bundled demo dataset (demo/*.json at the repository root).
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

const langSchema = z.enum(["fr", "en"]);
// An ISO 8601 timestamp with an explicit offset, as outlets publish them (never a bare local time).
const isoWithOffset = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)$/, "publishedAt needs an offset");

export const outletSchema = z.object({
  slug: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  lang: langSchema,
  zone: z.string().min(1),
  encoding: z.enum(["utf-8", "iso-8859-1"]),
  tagline: z.string(),
});
export type DemoOutlet = z.infer<typeof outletSchema>;

const textSchema = {
  id: z.string().regex(/^[a-z0-9-]+$/),
  outage: z.string().nullable(),
  lang: langSchema,
  publishedAt: isoWithOffset,
  author: z.string().min(1),
  title: z.string().min(1),
  paragraphs: z.array(z.string().min(1)).min(1),
};
export const articleSchema = z.object({ ...textSchema, outlet: z.string() });
export type DemoArticle = z.infer<typeof articleSchema>;

export const newsroomSchema = z.object({ slug: z.string().regex(/^[a-z0-9-]+$/), name: z.string(), lang: langSchema, organisation: z.string(), zone: z.string().min(1) });
export type DemoNewsroom = z.infer<typeof newsroomSchema>;
export const statementSchema = z.object({ ...textSchema, newsroom: z.string() });
export type DemoStatement = z.infer<typeof statementSchema>;

export interface DemoData {
  outlets: DemoOutlet[];
  articles: DemoArticle[];
  newsrooms: DemoNewsroom[];
  statements: DemoStatement[];
  statuspage: Record<string, unknown>;
}

/** The demo/ folder of this repository. */
export function demoDataDir(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../demo");
}

function readJson(dir: string, file: string): unknown {
  const p = path.join(dir, file);
  try {
    return JSON.parse(fs.readFileSync(p, "utf8"));
  } catch (e) {
    throw new Error(`demo: cannot read ${p}: ${(e as Error).message}`);
  }
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const r = schema.safeParse(value);
  if (!r.success) throw new Error(`demo: invalid ${where}: ${r.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`);
  return r.data;
}

// Latin-1 covers U+0000..U+00FF; anything else cannot be written in an ISO-8859-1 feed.
const nonLatin1 = /[^\u0000-\u00ff]/;

function checkReferences(d: DemoData): void {
  const outlets = new Map(d.outlets.map((o) => [o.slug, o]));
  const ids = new Set<string>();
  for (const a of [...d.articles, ...d.statements]) {
    if (ids.has(a.id)) throw new Error(`demo: duplicate id ${a.id}`);
    ids.add(a.id);
  }
  for (const a of d.articles) {
    const o = outlets.get(a.outlet);
    if (!o) throw new Error(`demo: article ${a.id} names unknown outlet ${a.outlet}`);
    if (o.lang !== a.lang) throw new Error(`demo: article ${a.id} is ${a.lang} but ${o.slug} is ${o.lang}`);
    const text = [a.title, a.author, ...a.paragraphs].join("\n");
    const bad = o.encoding === "iso-8859-1" ? text.match(nonLatin1) : null;
    if (bad) throw new Error(`demo: article ${a.id} has ${JSON.stringify(bad[0])}, not encodable in ${o.slug}'s ISO-8859-1 feed`);
  }
  const rooms = new Set(d.newsrooms.map((n) => n.slug));
  for (const s of d.statements) if (!rooms.has(s.newsroom)) throw new Error(`demo: statement ${s.id} names unknown newsroom ${s.newsroom}`);
}

/** Loads demo/outlets.json, articles.json, official.json and statuspage.json, validated and cross-checked. */
export function loadDemoData(dir: string = demoDataDir()): DemoData {
  const o = readJson(dir, "outlets.json") as { outlets?: unknown };
  const a = readJson(dir, "articles.json") as { articles?: unknown };
  const off = readJson(dir, "official.json") as { newsrooms?: unknown; statements?: unknown };
  const statuspage = readJson(dir, "statuspage.json");
  if (typeof statuspage !== "object" || statuspage === null || !Array.isArray((statuspage as { incidents?: unknown }).incidents)) {
    throw new Error("demo: statuspage.json has no incidents array");
  }
  const data: DemoData = {
    outlets: parseOrThrow(z.array(outletSchema), o.outlets, "outlets.json"),
    articles: parseOrThrow(z.array(articleSchema), a.articles, "articles.json"),
    newsrooms: parseOrThrow(z.array(newsroomSchema), off.newsrooms, "official.json newsrooms"),
    statements: parseOrThrow(z.array(statementSchema), off.statements, "official.json statements"),
    statuspage: statuspage as Record<string, unknown>,
  };
  checkReferences(data);
  return data;
}
