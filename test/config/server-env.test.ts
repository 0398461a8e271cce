import { test } from "node:test";
import assert from "node:assert/strict";
import { serverEnv } from "../../lib/config/server-env";

test("settings are validated: trimmed origins, defaults, unset or blank as not configured", () => {
  const env = serverEnv({ SITE_URL: "  https://outages.example/ ", PAGE_SMAXAGE: "", ADMIN_TOKEN: "   ", PORT: "3000" });
  assert.equal(env.SITE_URL, "https://outages.example");
  assert.equal(env.PAGE_SMAXAGE, 60);
  assert.equal(env.ADMIN_TOKEN, undefined);
  assert.equal(env.PORT, 3000);
  assert.equal(serverEnv({ PAGE_SMAXAGE: "15" }).PAGE_SMAXAGE, 15);
  assert.equal(serverEnv({}).SITE_URL, undefined);
});

test("a malformed setting is an error naming the variable, not a silent default", () => {
  assert.throws(() => serverEnv({ SITE_URL: "https://outages.example/news" }), /SITE_URL must be an http\(s\) origin/);
  assert.throws(() => serverEnv({ SITE_URL: "ftp://outages.example" }), /SITE_URL/);
  assert.throws(() => serverEnv({ PAGE_SMAXAGE: "ten" }), /PAGE_SMAXAGE/);
  assert.throws(() => serverEnv({ PAGE_SMAXAGE: "-5" }), /PAGE_SMAXAGE/);
  assert.throws(() => serverEnv({ PORT: "70000" }), /PORT/);
  assert.throws(() => serverEnv({ INTERNAL_ORIGIN: "not a url" }), /INTERNAL_ORIGIN/);
});
