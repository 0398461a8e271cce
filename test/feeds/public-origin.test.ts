// The public origin: SITE_URL validated in one place, else the origin the client asked for.
import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { configuredSiteUrl, originVary, publicOrigin, requestOrigin } from "../../lib/http/public-origin";

afterEach(() => { delete process.env.SITE_URL; });
const req = (headers: Record<string, string>) => new Request("http://localhost:3000/feed.xml", { headers });

test("without SITE_URL: Host, or a proxy's X-Forwarded-Host/-Proto, never the address Next listens on", () => {
  delete process.env.SITE_URL;
  assert.equal(publicOrigin(req({ host: "outages.example" })), "http://outages.example");
  assert.equal(publicOrigin(req({ host: "127.0.0.1:3000", "x-forwarded-host": "pannes.example, proxy.internal", "x-forwarded-proto": "https" })), "https://pannes.example");
  // a Host that is not a host name is not trusted into a URL
  assert.equal(publicOrigin(req({ host: "evil.example/<script>" })), "http://localhost:3000");
  assert.equal(requestOrigin(() => null, "https://fallback.example/x"), "https://fallback.example");
  assert.deepEqual(originVary(), ["X-Forwarded-Host", "X-Forwarded-Proto"]);
});

test("SITE_URL wins, trailing slash dropped, and then no request header changes a URL", () => {
  process.env.SITE_URL = "https://outages.example/";
  assert.equal(configuredSiteUrl(), "https://outages.example");
  assert.equal(publicOrigin(req({ host: "other.example", "x-forwarded-host": "x.example" })), "https://outages.example");
  assert.deepEqual(originVary(), []);
});

test("a malformed SITE_URL is refused with a clear message instead of producing broken links", () => {
  for (const bad of ["outages.example", "ftp://outages.example", "https://outages.example/sub/path", "https://user:pw@outages.example"]) {
    process.env.SITE_URL = bad;
    assert.throws(() => configuredSiteUrl(), /SITE_URL must be/, bad);
  }
});
