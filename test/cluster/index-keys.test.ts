// The (service x day) index keys.
import { test } from "node:test";
import assert from "node:assert/strict";
import { indexKeys } from "../../lib/cluster/index-keys";
import { makeDoc } from "./fixtures/make-doc";

test("files a document under each failed service and its owner, for D-2..D+2", () => {
  const d = makeDoc({ url: "https://a.example/1", title: "t", publishedAt: "2021-10-04T18:00:00Z", failed: ["Facebook"], mentioned: ["X"] });
  const keys = indexKeys(d.facts);
  assert.deepEqual(keys.filter((k) => k.startsWith("facebook|")), ["facebook|2021-10-02", "facebook|2021-10-03", "facebook|2021-10-04", "facebook|2021-10-05", "facebook|2021-10-06"]);
  assert.ok(keys.includes("meta|2021-10-04"), "a Meta document must meet Facebook ones");
  assert.ok(!keys.some((k) => k.startsWith("x|")), "services only mentioned are not keys");
});

test("a postmortem published days later shares keys with its outage through its outage day", () => {
  const outage = makeDoc({ url: "https://a.example/1", title: "t", publishedAt: "2021-10-04T18:00:00Z", failed: ["Facebook"] });
  const pm = makeDoc({ url: "https://a.example/2", title: "t", publishedAt: "2021-10-09T18:00:00Z", outageDay: "2021-10-04", failed: ["Facebook"] });
  assert.ok(indexKeys(pm.facts).some((k) => indexKeys(outage.facts).includes(k)));
});

test("without an outage day the publication day is used, else the document is filed as undated", () => {
  const d = makeDoc({ url: "https://a.example/1", title: "t", publishedAt: null, outageDay: null, failed: ["Google Cloud"] });
  assert.deepEqual(indexKeys(d.facts), ["google cloud|undated"]);
  assert.ok(indexKeys(d.facts, "2025-06-12T18:00:00Z").includes("google cloud|2025-06-12"));
});
