// Slugs: format, uniqueness, bad input.
import { test } from "node:test";
import assert from "node:assert/strict";
import { makeSlug } from "../../lib/cluster/make-slug";

test("date then services, lower-case and accent-free", () => {
  assert.equal(makeSlug("2021-10-04T15:39:00Z", ["Facebook", "Instagram", "WhatsApp"], () => false), "2021-10-04-facebook-instagram-whatsapp");
  assert.equal(makeSlug("2025-06-12", ["Google Cloud", "Télégram"], () => false), "2025-06-12-google-cloud-telegram");
  assert.equal(makeSlug("2025-06-12", [], () => false), "2025-06-12-outage");
});

test("a taken slug gets the next free number", () => {
  const taken = new Set(["2025-05-24-x", "2025-05-24-x-2"]);
  assert.equal(makeSlug("2025-05-24", ["X"], (s) => taken.has(s)), "2025-05-24-x-3");
});

test("rejects something that is not a date", () => {
  assert.throws(() => makeSlug("yesterday", ["X"], () => false), /makeSlug: expected an ISO date/);
});

test("an incident no document dates is 'undated', never dated by the day it was processed", () => {
  assert.equal(makeSlug(null, ["Discord"], () => false), "undated-discord");
  assert.equal(makeSlug(null, ["Discord"], (s) => s === "undated-discord"), "undated-discord-2");
});
