import { test } from "node:test";
import assert from "node:assert/strict";
import { isNotModified } from "../../lib/http/is-not-modified";

const etag = '"abc"';
const at = new Date("2025-06-10T12:00:00Z");

test("If-None-Match: weak or strong match, a list, or '*' means not modified; another tag means modified", () => {
  assert.equal(isNotModified('"abc"', null, etag, at), true);
  assert.equal(isNotModified('W/"abc"', null, etag, at), true);
  assert.equal(isNotModified('"x", "abc"', null, etag, at), true);
  assert.equal(isNotModified("*", null, etag, at), true);
  assert.equal(isNotModified('"other"', null, etag, at), false);
});

test("If-None-Match wins over If-Modified-Since; the date counts alone only", () => {
  assert.equal(isNotModified('"other"', at.toUTCString(), etag, at), false);
  assert.equal(isNotModified(null, at.toUTCString(), etag, at), true);
  assert.equal(isNotModified(undefined, new Date(at.getTime() - 1000).toUTCString(), etag, at), false);
  assert.equal(isNotModified(null, "not a date", etag, at), false);
  assert.equal(isNotModified(null, null, etag, at), false);
});
