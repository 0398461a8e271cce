// The JSON API route handlers called with real Request objects on a seeded SQLite file.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { testDatabaseUrl } from "../helpers/test-database";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-api-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "a.db"));
const { closeDb, getDb } = await import("../../lib/db/client");
const { seed, seedStandard, makeIncident } = await import("./fixtures/seed");
const { closeSearchConnection } = await import("../../lib/search/search-connection");
const { resetStamp } = await import("../../lib/http/change-stamp");
const list = await import("../../app/api/incidents/route");
const one = await import("../../app/api/incidents/[slug]/route");

const BASE = "http://127.0.0.1:3000";
const get = (p: string, headers: Record<string, string> = {}) => list.GET(new Request(BASE + p, { headers }), undefined);
const getOne = (slug: string, headers: Record<string, string> = {}) =>
  one.GET(new Request(`${BASE}/api/incidents/${encodeURIComponent(slug)}`, { headers }), { params: Promise.resolve({ slug }) });

before(async () => {
  await seedStandard();
  // 30 more incidents, some sharing a start time, one without a start, to exercise the cursor
  await seed(Array.from({ length: 30 }, (_, i) => ({
    incident: makeIncident({ slug: `2022-05-${String(1 + (i % 10)).padStart(2, "0")}-svc-${i}`, services: [`Svc${i % 3}`],
      startedAt: i === 29 ? null : `2022-05-${String(1 + (i % 10)).padStart(2, "0")}T10:00:00Z` }),
    docs: [],
  })));
  await getDb().slugRedirect.create({ data: { fromSlug: "2021-10-04-facebook", toSlug: "2021-10-04-facebook-instagram-whatsapp" } });
});
after(async () => {
  closeSearchConnection();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("list: the export's incident shape, newest first", async () => {
  const res = await get("/api/incidents?limit=3");
  assert.equal(res.status, 200);
  assert.match(res.headers.get("content-type") ?? "", /application\/json/);
  const body = await res.json();
  assert.equal(body.incidents.length, 3);
  assert.equal(body.incidents[0].slug, "2024-07-19-azure");
  for (const k of ["slug", "title", "services", "startedAt", "endedAt", "durationMinutes", "status", "cause", "timeline", "documents"]) assert.ok(k in body.incidents[0], k);
  assert.equal(body.incidents[0].documents[0].url, "https://fr.example/azure");
  assert.equal(typeof body.nextCursor, "string");
});

test("cursor pagination walks every incident once, in order, nulls last", async () => {
  const seen: string[] = [];
  let cursor: string | null = "";
  for (let guard = 0; cursor !== null && guard < 50; guard++) {
    const body = await (await get(`/api/incidents?limit=4${cursor ? `&cursor=${cursor}` : ""}`)).json();
    seen.push(...body.incidents.map((i: { slug: string }) => i.slug));
    cursor = body.nextCursor;
  }
  assert.equal(seen.length, 33);
  assert.equal(new Set(seen).size, 33);
  assert.equal(seen[seen.length - 1], "2022-05-10-svc-29");
});

test("filters: q (owner), service, dates, lang", async () => {
  const slugs = async (p: string) => (await (await get(p)).json()).incidents.map((i: { slug: string }) => i.slug);
  assert.deepEqual(await slugs("/api/incidents?q=Meta"), ["2021-10-04-facebook-instagram-whatsapp"]);
  assert.deepEqual(await slugs("/api/incidents?q=%22%22%22"), []);
  assert.deepEqual(await slugs("/api/incidents?service=X"), ["2023-03-01-x"]);
  assert.deepEqual(await slugs("/api/incidents?from=2023-01-01&to=2023-12-31"), ["2023-03-01-x"]);
  assert.deepEqual(await slugs("/api/incidents?lang=fr"), ["2024-07-19-azure", "2021-10-04-facebook-instagram-whatsapp"]);
});

test("errors are JSON {error:{code,message}} with 4xx statuses", async () => {
  const cases: [string, number, string][] = [
    ["/api/incidents?from=2021-99-99", 400, "bad-request"],
    ["/api/incidents?from=2022-01-02&to=2022-01-01", 400, "bad-request"],
    ["/api/incidents?lang=de", 400, "bad-request"],
    ["/api/incidents?limit=0", 400, "bad-request"],
    ["/api/incidents?limit=abc", 400, "bad-request"],
    ["/api/incidents?cursor=not-a-cursor", 400, "bad-cursor"],
    [`/api/incidents?cursor=${Buffer.from('{"s":"x","i":1}').toString("base64url")}`, 400, "bad-cursor"],
  ];
  for (const [p, status, code] of cases) {
    const res = await get(p);
    assert.equal(res.status, status, p);
    const body = await res.json();
    assert.equal(body.error.code, code, p);
    assert.equal(typeof body.error.message, "string");
  }
});

test("one incident: shape, 404, redirect of a merged slug", async () => {
  const res = await getOne("2021-10-04-facebook-instagram-whatsapp");
  assert.equal(res.status, 200);
  const inc = await res.json();
  assert.equal(inc.cause.category, "network-bgp-dns");
  assert.equal(inc.timeline.length, 3);
  assert.equal(inc.documents.length, 2);
  assert.equal((await getOne("nope")).status, 404);
  assert.equal((await (await getOne("../../etc/passwd")).json()).error.code, "not-found");
  const moved = await getOne("2021-10-04-facebook");
  assert.equal(moved.status, 308);
  assert.equal(moved.headers.get("location"), "/api/incidents/2021-10-04-facebook-instagram-whatsapp");
});

test("ETag and Last-Modified give 304s; a write changes them", async () => {
  const first = await getOne("2023-03-01-x");
  const etag = first.headers.get("etag")!;
  const lm = first.headers.get("last-modified")!;
  assert.ok(etag && lm);
  assert.equal((await getOne("2023-03-01-x", { "if-none-match": etag })).status, 304);
  assert.equal((await getOne("2023-03-01-x", { "if-none-match": `W/${etag}, "zz"` })).status, 304);
  assert.equal((await getOne("2023-03-01-x", { "if-modified-since": lm })).status, 304);
  assert.equal((await getOne("2023-03-01-x", { "if-modified-since": "Thu, 01 Jan 1970 00:00:00 GMT" })).status, 200);
  assert.equal((await getOne("2023-03-01-x", { "if-none-match": '"other"', "if-modified-since": lm })).status, 200);
  await getDb().incident.update({ where: { slug: "2023-03-01-x" }, data: { titleEn: "X links outage" } });
  resetStamp();
  const after = await getOne("2023-03-01-x", { "if-none-match": etag });
  assert.equal(after.status, 200);
  assert.equal((await after.json()).title, "X links outage");
});
