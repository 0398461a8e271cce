// feedparser's own test feeds (../shared/peers/feedparser-tests, read at run time, never copied)
// served on loopback with the headers each file asks for, read through the project's fetch →
// decode → detect → parse steps, and each file's "Expect:" checked on the fields the project
// keeps: titles, links, GUIDs, dates, summaries/content, feed language, decoding. Titles and
// summaries are compared as text (feedparser keeps sanitised HTML; the project keeps the published
// HTML and sanitises when rendering). `bozo` terms are dropped: the project has no such flag.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import type { AddressInfo } from "node:net";
import iconv from "iconv-lite";
import { allowPrivateOrigin } from "../../../lib/ingest/fetcher/address-policy";
import { fetchUrl } from "../../../lib/ingest/fetcher/fetch-url";
import { decodeBody } from "../../../lib/ingest/fetcher/decode-body";
import { detectFormat, isFeedFormat } from "../../../lib/ingest/parser/detect-format";
import { parseFeed } from "../../../lib/ingest/parser/parse-feed";
import type { ParsedFeed } from "../../../lib/ingest/parser/feed-item";
import { htmlToText } from "../../../lib/ingest/scraper/scrape-article";
import { evaluate, parseExpect, Skip, withoutBozo, type Field, type Node } from "./python-expect";

export const FEEDPARSER_TESTS = path.resolve(import.meta.dirname, "../../../../shared/peers/feedparser-tests");

export interface CaseResult {
  file: string;
  expect: string;
  group: "main" | "sanitize";
  outcome: "pass" | "fail" | "crash";
  detail: string;
}

export interface SuiteResult {
  cases: CaseResult[];
  pass: number;
  fail: number;
  crash: number;
  notCounted: number;
  sanitize: { pass: number; total: number };
}

const PYTHON_HOST = "http://127.0.0.1:8097";

function listFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".xml")).sort();
}

// helpers.get_file_contents: the text of a test file, to read its header comment
function fileText(data: Buffer): string {
  const h = data.subarray(0, 4).toString("hex");
  if (h === "0000feff" || h === "0000003c") return iconv.decode(data, "utf-32be");
  if (h === "fffe0000" || h === "3c000000") return iconv.decode(data, "utf-32le");
  if (h === "003c003f" || h.startsWith("feff")) return iconv.decode(data, "utf-16be");
  if (h === "3c003f00" || h.startsWith("fffe")) return iconv.decode(data, "utf-16le");
  return data.toString("utf8");
}

function headerOf(text: string): { expect: string | null; headers: [string, string][] } {
  const expect = text.match(/Description:\s*(.*?)\s*Expect:\s*(.*)\s*-->/)?.[2]?.trim() ?? null;
  const headers = [...text.matchAll(/^Header:\s+([^:]+):(.*)$/gm)].map((m) => [m[1], m[2].trim()] as [string, string]);
  return { expect, headers };
}

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const asText = (html: unknown) => (typeof html === "string" ? squash(htmlToText(html)) : html);

interface Read {
  url: string;
  body: Buffer;
  text: string | null;
  feed: ParsedFeed | null;
  error: string | null;
}

// feedparser's names for the fields the project keeps
const TEXT_FIELDS = new Set(["title", "title_detail.value"]);
const HTML_FIELDS = new Set(["summary", "description", "summary_detail.value", "content.0.value"]);
const DATE_FIELDS = new Set(["published_parsed", "updated_parsed"]);

function projectPath(root: string, segs: (string | number)[]): string | null {
  const key = segs.join(".");
  if (root === "encoding" && segs.length === 0) return "encoding";
  if (root === "feed") return TEXT_FIELDS.has(key) || key === "language" || key === "link" ? `feed.${key}` : null;
  if (root === "entries" && typeof segs[0] === "number") {
    const rest = segs.slice(1).join(".");
    if (TEXT_FIELDS.has(rest) || HTML_FIELDS.has(rest) || DATE_FIELDS.has(rest) || ["link", "id", "guid"].includes(rest)) return `entry.${rest}`;
  }
  return null;
}

function paths(n: Node, out: { root: string; segs: (string | number)[] }[] = []) {
  if (n.k === "path") out.push(n);
  for (const v of Object.values(n)) {
    if (Array.isArray(v)) v.forEach((x) => (x && typeof x === "object" && "k" in x ? paths(x as Node, out) : Array.isArray(x) && x.forEach((y) => paths(y as Node, out))));
    else if (v && typeof v === "object" && "k" in v) paths(v as Node, out);
  }
  return out;
}

// Python's codec names that iconv-lite spells differently
const CODEC_ALIASES: Record<string, string> = { "utf-16": "utf-16le", "utf-32": "utf-32le" };

function sameUrl(actual: unknown, expected: unknown, base: string): boolean {
  if (typeof actual !== "string" || typeof expected !== "string") return actual === expected;
  if (actual === expected) return true;
  try {
    return new URL(expected, base).href === new URL(actual, base).href;
  } catch {
    return false;
  }
}

function fieldOf(read: Read, root: string, segs: (string | number)[], origin: string): Field {
  const p = projectPath(root, segs);
  if (!p) throw new Skip(`${root}.${segs.join(".")}`);
  const fix = (v: unknown) => (typeof v === "string" ? v.replaceAll(PYTHON_HOST, origin) : v);
  if (p === "encoding") {
    return {
      value: null,
      equals: (codec) => {
        const name = String(codec).toLowerCase();
        const c = CODEC_ALIASES[name] ?? name;
        if (!iconv.encodingExists(c)) throw new Skip(`codec ${name}`);
        return read.text !== null && read.text.replace(/^\uFEFF/, "") === iconv.decode(read.body, c).replace(/^\uFEFF/, "");
      },
    };
  }
  const feed = read.feed;
  if (p.startsWith("feed.")) {
    const key = p.slice(5);
    if (TEXT_FIELDS.has(key)) return { value: feed?.title, equals: (e) => !!feed && [asText(e), squash(String(e))].includes(squash(feed.title ?? "")) };
    if (key === "language") return { value: feed?.lang, equals: (e) => !!feed && (feed.lang ?? "").toLowerCase() === String(e).toLowerCase() };
    return { value: feed?.link, equals: (e) => !!feed && sameUrl(feed.link, fix(e), read.url) };
  }
  const item = feed?.items[segs[0] as number];
  const key = p.slice(6);
  if (!item) return { value: undefined, equals: () => false };
  // feedparser's value is HTML, or plain text when the element said text/plain
  if (TEXT_FIELDS.has(key)) return { value: item.title, equals: (e) => [asText(e), squash(String(e))].includes(squash(item.title)) };
  if (HTML_FIELDS.has(key)) return { value: item.summaryHtml, equals: (e) => [asText(fix(e)), squash(String(e))].includes(asText(item.summaryHtml) as string) };
  if (key === "link") return { value: item.link, equals: (e) => sameUrl(item.link, fix(e), read.url) };
  if (key === "id" || key === "guid") return { value: item.guid, equals: (e) => item.guid === fix(e) || sameUrl(item.guid, fix(e), read.url) };
  const date = key === "published_parsed" ? item.publishedAt : item.updatedAt ?? item.publishedAt;
  return {
    value: date,
    equals: (e) => {
      if (!Array.isArray(e)) return date === e;
      if (!date) return false;
      const d = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds()];
      return d.every((x, j) => x === e[j]);
    },
  };
}

async function readThroughProject(url: string): Promise<Read> {
  const res = await fetchUrl(url, { totalTimeoutMs: 10_000 });
  const text = decodeBody(res.body, res.contentType);
  const read: Read = { url: res.finalUrl, body: res.body, text, feed: null, error: null };
  try {
    const format = detectFormat(text, res.contentType);
    if (!isFeedFormat(format)) throw new Error(`parser: not a feed (${format})`);
    read.feed = parseFeed(text, res.finalUrl, { contentLocation: res.contentLocation, contentLanguage: res.contentLanguage });
  } catch (e) {
    read.error = (e as Error).message;
  }
  return read;
}

/** Runs every test file of `dir`; resolves with each expectation's outcome. */
export async function runFeedparserSuite(dir = FEEDPARSER_TESTS): Promise<SuiteResult> {
  const files = listFiles(dir);
  const served = new Map<string, { data: Buffer; headers: [string, string][] }>();
  const server = http.createServer((req, res) => {
    const f = served.get(decodeURIComponent((req.url ?? "").split("?")[0]));
    if (!f) return void res.writeHead(404).end();
    for (const [k, v] of f.headers) res.setHeader(k, v);
    res.end(f.data);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  allowPrivateOrigin(origin); // our own loopback server, which the ingest otherwise refuses
  const result: SuiteResult = { cases: [], pass: 0, fail: 0, crash: 0, notCounted: 0, sanitize: { pass: 0, total: 0 } };
  try {
    for (const file of files) {
      const data = fs.readFileSync(path.join(dir, file));
      const { expect, headers } = headerOf(fileText(data));
      let ast: Node | null = null;
      try {
        ast = expect ? withoutBozo(parseExpect(expect)) : null;
        if (ast && paths(ast).some((p) => !projectPath(p.root, p.segs))) ast = null;
      } catch (e) {
        if (!(e instanceof Skip)) throw e;
        ast = null;
      }
      if (!ast || !expect) {
        result.notCounted++;
        continue;
      }
      const urlPath = `/tests/${file.split(path.sep).join("/")}`;
      const isHttp = file.includes("http");
      const hs = headers.filter(([k]) => k.toLowerCase() !== "content-type");
      const ct = headers.find(([k]) => k.toLowerCase() === "content-type")?.[1] ?? (isHttp ? "text/xml" : null);
      served.set(urlPath, { data, headers: ct ? [...hs, ["Content-Type", ct]] : hs });
      const group = file.startsWith(`wellformed${path.sep}sanitize`) ? "sanitize" : "main";
      let outcome: CaseResult["outcome"];
      let detail = "";
      try {
        const read = await readThroughProject(origin + urlPath);
        const ok = !!evaluate(ast, { field: (root, segs) => fieldOf(read, root, segs, origin) });
        outcome = ok ? "pass" : "fail";
        if (!ok) detail = read.error ?? JSON.stringify(paths(ast).map((p) => fieldOf(read, p.root, p.segs, origin).value)).slice(0, 300);
      } catch (e) {
        if (e instanceof Skip) {
          result.notCounted++;
          continue;
        }
        outcome = "crash";
        detail = (e as Error).stack ?? String(e);
      }
      result.cases.push({ file, expect, group, outcome, detail });
      if (group === "sanitize") {
        result.sanitize.total++;
        if (outcome === "pass") result.sanitize.pass++;
      } else result[outcome]++;
    }
  } finally {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  }
  return result;
}
