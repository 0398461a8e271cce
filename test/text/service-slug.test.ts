import { test } from "node:test";
import assert from "node:assert/strict";
import { makeSlug } from "../../lib/cluster/make-slug";
import { serviceSlug } from "../../lib/text/service-slug";

test("a service's slug is lower-case, accent-free and hyphenated", () => {
  assert.equal(serviceSlug("Google Cloud"), "google-cloud");
  assert.equal(serviceSlug("Télégram"), "telegram");
  assert.equal(serviceSlug("X (Twitter)"), "x-twitter");
  assert.equal(serviceSlug("AT&T"), "at-and-t");
  assert.equal(serviceSlug("Ｏrange"), "orange"); // a full-width letter folds like its ASCII twin
});

test("incident slugs are made of the same service slugs the /services pages use", () => {
  const names = ["Société Générale", "Free Mobile", "Ｏrange"];
  assert.equal(makeSlug("2025-06-10", names, () => false), `2025-06-10-${names.map(serviceSlug).join("-")}`);
});
