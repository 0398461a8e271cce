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

// One source stating several categories: each with its own facts, its date and its statements.
function source(n: number, publishedAt: string, causes: { category: CauseCategory; status: CauseStatus; inferred?: boolean }[]) {
  return makeDoc({ url: `https://s${n}.example/a`, title: "Outage", publishedAt, failed: ["Zorvex"],
    causes: causes.map((c) => ({ ...c, summary: `${c.category} ${c.status}` })) });
}

test("a source counts at the firmest status it gives a category, not at its first (a hedged headline, then the operator's words)", () => {
  const headlineThenBody = source(1, "2026-03-02T10:00:00Z", [
    { category: "software-bug", status: "reported" }, { category: "network-bgp-dns", status: "confirmed" }, { category: "software-bug", status: "confirmed" }]);
  assert.equal(pickCause([headlineThenBody])?.category, "software-bug");
  // negative: a source that only ever guesses a category adds no more than a guess
  const guesses = source(2, "2026-03-02T10:00:00Z", [{ category: "config-change", status: "speculated" }, { category: "config-change", status: "speculated" }]);
  assert.equal(pickCause([guesses, source(3, "2026-03-02T10:00:00Z", [{ category: "capacity-overload", status: "reported" }])])?.category, "capacity-overload");
});

test("between equally firm categories, the one more sentences state wins", () => {
  const d = source(1, "2026-10-07T14:00:00Z", [
    { category: "network-bgp-dns", status: "confirmed" }, { category: "software-bug", status: "confirmed" }, { category: "software-bug", status: "confirmed" }]);
  assert.equal(pickCause([d])?.category, "software-bug");
});

test("between equally supported categories, the later source's wins: the postmortem days later over the first days' reports", () => {
  const early = source(1, "2026-01-28T18:00:00Z", [{ category: "capacity-overload", status: "confirmed" }]);
  const postmortem = source(2, "2026-02-03T10:00:00Z", [{ category: "hardware-or-datacenter", status: "confirmed" }]);
  assert.equal(pickCause([early, postmortem])?.category, "hardware-or-datacenter");
  assert.equal(pickCause([postmortem, early])?.category, "hardware-or-datacenter");
  // negative: the later source does not beat a firmer earlier one
  const laterReport = source(3, "2026-02-05T10:00:00Z", [{ category: "software-bug", status: "reported" }]);
  assert.equal(pickCause([early, laterReport])?.category, "capacity-overload");
});

test("weighed alike, a change beats the overload it brought on; an overload stated more often, or beside an attack, still wins", () => {
  const both = (n: number, extraOverload = false) => makeDoc({ url: `https://op${n}.example/a`, kind: "official", title: "Outage", publishedAt: "2024-07-19T10:00:00Z", failed: ["Windows"],
    causes: [
      { category: "capacity-overload", status: "confirmed", summary: "peak load sent logins to a cold site" },
      { category: "config-change", status: "confirmed", summary: "a settings change to the balancers" },
      ...(extraOverload ? [{ category: "capacity-overload" as const, status: "confirmed" as const, summary: "the login servers were swamped" }] : []),
    ] });
  assert.equal(pickCause([both(1)])?.category, "config-change");
  assert.equal(pickCause([both(2, true)])?.category, "capacity-overload");
  const attack = makeDoc({ url: "https://op3.example/a", kind: "official", title: "Outage", publishedAt: "2024-07-19T10:00:00Z", failed: ["Windows"],
    causes: [{ category: "cyberattack", status: "confirmed", summary: "not an attack" }, { category: "capacity-overload", status: "confirmed", summary: "a crowd of players" }] });
  assert.equal(pickCause([attack])?.category, "capacity-overload");
  // a bug the load exposed is no change: weighed alike, the name order still decides
  const bug = makeDoc({ url: "https://op4.example/a", kind: "official", title: "Outage", publishedAt: "2024-07-19T10:00:00Z", failed: ["Windows"],
    causes: [{ category: "capacity-overload", status: "confirmed", summary: "peak load" }, { category: "software-bug", status: "confirmed", summary: "a latent bug in the cache" }] });
  assert.equal(pickCause([bug])?.category, "capacity-overload");
});
