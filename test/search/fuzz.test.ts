// Fuzz: thousands of random inputs against the search function and the API/feed route handlers.
// Nothing may throw or answer 5xx: bad input is a 4xx or an empty result.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-fuzz-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "z.db"));
const { closeDb } = await import("../../lib/db/client");
const { seedStandard } = await import("../api/fixtures/seed");
const { searchAll } = await import("../../lib/search/search-all");
const { searchParamsSchema } = await import("../../lib/search/search-params");
const { closeSearchConnection } = await import("../../lib/search/search-connection");
const list = await import("../../app/api/incidents/route");
const one = await import("../../app/api/incidents/[slug]/route");
const search = await import("../../app/api/search/route");
const { feedRoute } = await import("../../lib/http/feed-route");
// every feed URL goes through one dispatcher (lib/http/feed-route.ts), served by pages/api/feed.ts
const route = { GET: (r: Request, _ctx?: unknown) => feedRoute(r) };
const serviceFeed = route;
const incidentFeed = route;

let state = 1234567;
const rnd = () => ((state = (state * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = <T,>(a: readonly T[]): T => a[Math.floor(rnd() * a.length)];
const PIECES = ['"', "'", "*", "(", ")", ":", "^", "{", "}", "-", "+", " NEAR ", " AND ", " OR ", " NOT ", "NEAR(", "title:", "\\", "%", "%%", "%zz",
  "\u0000", "\u200b", "\u202e", "é", "œ", "ß", "ﬁ", "İ", "💥", "👩‍💻", "中文", "مرحبا", "panne", "pannes", "Meta", "X", "réseaux", "<script>", "&amp;", "\n", "\t", " ", "0", "9999", "constructor", "__proto__", "toString"];
const fuzzText = () => Array.from({ length: Math.floor(rnd() * 12) }, () => pick(PIECES)).join(rnd() < 0.5 ? "" : " ");
const fuzzDate = () => pick(["2021-10-04", "2021-02-31", "2021-13-01", "0000-00-00", "9999-12-31", "2021-10-04T25:00", "2021-10-04T15:39:00Z", "2021-10-04T15:39:00+99:99", "yesterday", "", fuzzText()]);
const fuzzCursor = () => pick([Buffer.from(fuzzText()).toString("base64url"), Buffer.from(JSON.stringify({ s: fuzzDate(), i: Math.floor(rnd() * 1e12) - 5 })).toString("base64url"), fuzzText(), "x".repeat(500)]);
const maybe = (v: () => string) => (rnd() < 0.5 ? v() : undefined);

function fuzzParams(): Record<string, string> {
  const raw: Record<string, string | undefined> = {
    q: rnd() < 0.05 ? "a".repeat(1000 + Math.floor(rnd() * 3000)) : maybe(fuzzText), service: maybe(fuzzText), from: maybe(fuzzDate), to: maybe(fuzzDate),
    lang: maybe(() => pick(["fr", "en", "de", "", fuzzText()])), cause: maybe(() => pick(["cyberattack", "nope", fuzzText()])),
    page: maybe(() => pick(["1", "2", "0", "-1", "51", "1e3", "abc", "3.5"])), cursor: maybe(fuzzCursor), limit: maybe(() => pick(["1", "100", "101", "0", "NaN", "-5"])),
  };
  return Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

before(async () => { await seedStandard(); });
after(async () => {
  closeSearchConnection();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("searchAll never throws on any input the schema accepts", async () => {
  let accepted = 0;
  for (let i = 0; i < 3000; i++) {
    const parsed = searchParamsSchema.safeParse(fuzzParams());
    if (!parsed.success) continue;
    accepted++;
    await assert.doesNotReject(() => searchAll(parsed.data), JSON.stringify(parsed.data).slice(0, 200));
  }
  assert.ok(accepted > 300, `only ${accepted} inputs got past the schema`);
});

test("route handlers answer 2xx/3xx/4xx, never 5xx, to random query strings and path segments", async () => {
  const statuses = new Map<number, number>();
  for (let i = 0; i < 2000; i++) {
    const qs = new URLSearchParams(fuzzParams()).toString();
    const seg = pick([fuzzText(), "2021-10-04-facebook-instagram-whatsapp", "%", "..", "a".repeat(300)]);
    const req = (p: string) => new Request(`http://127.0.0.1:3000${p}?${qs}`);
    const responses = await Promise.all([
      list.GET(req("/api/incidents"), undefined),
      search.GET(req("/api/search"), undefined),
      one.GET(req("/api/incidents/x"), { params: Promise.resolve({ slug: seg }) }),
      serviceFeed.GET(req("/services/x/feed.xml"), { params: Promise.resolve({ service: seg }) }),
      incidentFeed.GET(req("/incidents/x/feed.xml"), { params: Promise.resolve({ slug: seg }) }),
    ]);
    for (const r of responses) {
      statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
      assert.ok(r.status < 500, `${r.status} for ${qs.slice(0, 200)} / ${seg.slice(0, 50)}`);
      if (r.status >= 400) assert.equal(typeof (await r.json()).error.code, "string");
    }
  }
  assert.ok((statuses.get(200) ?? 0) > 100 && (statuses.get(400) ?? 0) > 100, JSON.stringify([...statuses]));
});
