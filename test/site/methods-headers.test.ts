// Issue 14: TRACE answered 500 with a logged stack trace; /api/* and the XML feeds lacked nosniff.
import { test } from "node:test";
import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { refuseUnknownMethods } from "../../app/_lib/refuse-methods";
import nextConfig from "../../next.config";

function send(port: number, method: string): Promise<{ status: number; allow: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: "127.0.0.1", port, method, path: "/" }, (res) => {
      let body = "";
      res.on("data", (c) => (body += c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow, body }));
    });
    req.on("error", reject);
    req.end();
  });
}

test("TRACE and unknown methods are answered 405 before the application sees them", async () => {
  let seen = 0;
  refuseUnknownMethods();
  const server = http.createServer((_req, res) => (seen++, res.end("page")));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const port = (server.address() as AddressInfo).port;
  try {
    // (a method Node does not know, such as TRACK, is refused 400 by Node's own parser)
    for (const method of ["TRACE", "PROPFIND", "DELETE", "PUT", "PATCH"]) {
      const r = await send(port, method);
      assert.equal(r.status, 405, method);
      assert.equal(r.allow, "GET, HEAD, POST, OPTIONS");
    }
    assert.equal(seen, 0);
    assert.equal((await send(port, "GET")).body, "page");
    assert.equal(seen, 1);
  } finally {
    server.close();
  }
});

test("every path, the API and the feeds included, is sent with nosniff", async () => {
  const rules = await nextConfig.headers!();
  const all = rules.find((r) => r.source === "/:path*");
  assert.deepEqual(all?.headers, [{ key: "X-Content-Type-Options", value: "nosniff" }]);
});
