// Choosing the incident's cause among its sources: a supplier named as the culprit says who failed,
// the mechanism says what failed, and the mechanism wins when the coverage states one.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { CauseCategory, CauseStatus } from "../../lib/domain/types";
import { pickCause } from "../../lib/timeline/pick-cause";
import { makeDoc } from "../cluster/fixtures/make-doc";

function doc(n: number, category: CauseCategory, status: CauseStatus, kind: "news" | "official" = "news") {
  return makeDoc({ url: `https://n${n}.example/a`, kind, title: "Outage", publishedAt: "2024-07-19T10:00:00Z", failed: ["Windows"],
    causes: [{ category, status, summary: `${category} ${status}` }] });
}

test("a faulty update reported by the press beats 'a third-party platform' confirmed by an operator", () => {
  const c = pickCause([doc(1, "third-party", "confirmed"), doc(2, "software-bug", "reported")]);
  assert.equal(c?.category, "software-bug");
  assert.equal(c?.superseded?.[0].category, "third-party");
});

test("the mechanism wins however many sources only name the supplier", () => {
  const c = pickCause([doc(1, "third-party", "confirmed", "official"), doc(2, "third-party", "reported"), doc(3, "config-change", "reported")]);
  assert.equal(c?.category, "config-change");
});

test("a supplier stays the cause when the mechanism is only a guess, or when none is named", () => {
  assert.equal(pickCause([doc(1, "third-party", "confirmed"), doc(2, "cyberattack", "speculated")])?.category, "third-party");
  assert.equal(pickCause([doc(1, "third-party", "reported"), doc(2, "unknown", "reported")])?.category, "third-party");
  assert.equal(pickCause([doc(1, "third-party", "reported")])?.category, "third-party");
});

test("between mechanisms the stronger status still wins", () => {
  assert.equal(pickCause([doc(1, "software-bug", "reported"), doc(2, "config-change", "confirmed"), doc(3, "third-party", "confirmed")])?.category, "config-change");
});

test("a category a source says caused the outage beats one only read from a page that names it, whatever their status", () => {
  const named = makeDoc({ url: "https://op.example/postmortem", kind: "official", title: "Outage", publishedAt: "2024-07-19T10:00:00Z", failed: ["Windows"],
    causes: [{ category: "capacity-overload", status: "confirmed", summary: "our overwhelmed mascot", inferred: true }] });
  const c = pickCause([named, doc(2, "software-bug", "reported")]);
  assert.equal(c?.category, "software-bug");
  // without a stated one, the inferred category is still the cause
  assert.equal(pickCause([named])?.category, "capacity-overload");
});
