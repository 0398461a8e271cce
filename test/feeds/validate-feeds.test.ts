// Every RSS and Atom feed a test site serves (site, service, incident; English and French), run
// through the W3C Feed Validator's own code (../shared/peers/validate-feed, offline) over HTTP, so
// that self links are checked against the address served: 0 errors, 0 warnings at its "AA" level.
// /feed.json is checked against JSON Feed 1.1's required and project-promised fields.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { testDatabaseUrl } from "../helpers/test-database";

const VALIDATOR = path.resolve(import.meta.dirname, "../../../shared/peers/validate-feed");
const absent = !fs.existsSync(VALIDATOR);
if (absent) console.log(`# SKIPPED: the W3C feed validator not found at ${VALIDATOR}`);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "oa-validate-"));
process.env.DATABASE_URL = testDatabaseUrl(path.join(dir, "v.db"));
delete process.env.SITE_URL;
const { closeDb } = await import("../../lib/db/client");
const { makeIncident, seed, seedStandard } = await import("../api/fixtures/seed");
const { serviceSlug } = await import("../../lib/text/service-slug");
const { feedRoute } = await import("../../lib/http/feed-route");

// the feed dispatcher behind a plain HTTP server, as pages/api/feed.ts calls it under `next start`
let server: http.Server;
let base = "";
before(async () => {
  await seedStandard();
  // markup, ampersands and quotes in every field a feed shows
  await seed([{ incident: makeIncident({ slug: "2022-05-02-at-t", services: ["AT&T"], title: `AT&T <outage> "calls"`, titleFr: "Panne d'AT&T <appels>", startedAt: "2022-05-02T10:00:00Z", status: "resolved",
    timeline: [{ at: "2022-05-02T10:00:00Z", precision: "minute", kind: "start", text: "Calls fail <b>everywhere</b> & texts too", sources: ["https://news.example/a?x=1&y=2"] }] }), docs: [] }]);
  server = http.createServer(async (req, res) => {
    const r = await feedRoute(new Request(`http://127.0.0.1${req.url}`, { headers: req.headers as Record<string, string> }));
    res.writeHead(r.status, Object.fromEntries(r.headers));
    res.end(Buffer.from(await r.arrayBuffer()));
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
after(async () => {
  server?.close();
  await closeDb();
  fs.rmSync(dir, { recursive: true, force: true });
});

test("every RSS and Atom feed of the site validates with 0 errors and 0 warnings", { skip: absent && "../shared/peers/validate-feed absent", timeout: 300_000 }, async () => {
  const paths = ["/feed.xml", "/feed.atom", `/services/${serviceSlug("Instagram")}/feed.xml`, `/services/${serviceSlug("AT&T")}/feed.xml`,
    "/incidents/2021-10-04-facebook-instagram-whatsapp/feed.xml", "/incidents/2022-05-02-at-t/feed.xml"];
  const urls = paths.flatMap((p) => [base + p, `${base + p}?lang=fr`]);
  for (const u of urls) assert.equal((await fetch(u)).status, 200, u);
  const out = await new Promise<string>((resolve) => execFile(VALIDATOR, urls, { timeout: 280_000 }, (_e, stdout, stderr) => resolve(stdout + stderr)));
  assert.match(out, new RegExp(`feeds=${urls.length} errors=0 warnings=0`), out);
});

test("/feed.json is JSON Feed 1.1 with language and authors, in the language asked for", async () => {
  for (const lang of ["en", "fr"]) {
    const r = await fetch(`${base}/feed.json?lang=${lang}`);
    assert.equal(r.headers.get("content-type"), "application/feed+json; charset=utf-8");
    const doc = await r.json();
    assert.equal(doc.version, "https://jsonfeed.org/version/1.1");
    assert.equal(doc.language, lang);
    assert.equal(doc.feed_url, `${base}/feed.json?lang=${lang}`.replace("?lang=en", ""));
    assert.ok(Array.isArray(doc.authors) && doc.authors[0].name, JSON.stringify(doc.authors));
    assert.ok(doc.items.length > 0 && doc.items.every((i: { id: string; url: string }) => i.id.startsWith("urn:uuid:") && i.url.startsWith(`${base}/${lang}/incidents/`)));
  }
});
