// RSS dates keep the outlet's wall time and offset (RFC 822 as RSS 2.0 uses it).
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatRfc822 } from "../../lib/demo/format-rfc822";

test("keeps the local time, the offset and the right weekday", () => {
  assert.equal(formatRfc822("2021-10-04T13:05:00-04:00"), "Mon, 04 Oct 2021 13:05:00 -0400");
  assert.equal(formatRfc822("2024-12-11T21:05:00+01:00"), "Wed, 11 Dec 2024 21:05:00 +0100");
  assert.equal(formatRfc822("2025-11-18T13:05:00Z"), "Tue, 18 Nov 2025 13:05:00 +0000");
  assert.equal(Date.parse(formatRfc822("2024-07-19T18:00:00-04:00")), Date.parse("2024-07-19T22:00:00Z"));
});

test("refuses a time without an offset", () => {
  assert.throws(() => formatRfc822("2021-10-04T13:05:00"), /not an ISO 8601 time with offset/);
  assert.throws(() => formatRfc822(""), /not an ISO 8601/);
});
