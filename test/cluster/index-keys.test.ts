// The (service x day) index keys.
import { test } from "node:test";
import assert from "node:assert/strict";
import { indexKeys, lookupKeys } from "../../lib/cluster/index-keys";
import { makeDoc } from "./fixtures/make-doc";

test("files a document under each failed service and its owner, for D-2..D+2 around a stated day, and service-wide", () => {
  const d = makeDoc({ url: "https://a.example/1", title: "t", publishedAt: "2021-10-04T18:00:00Z", failed: ["Facebook"], mentioned: ["X"], times: [{ role: "start", utc: "2021-10-04T15:40:00Z" }] });
  const keys = indexKeys(d.facts);
  assert.deepEqual(keys.filter((k) => k.startsWith("facebook|")), ["facebook|2021-10-02", "facebook|2021-10-03", "facebook|2021-10-04", "facebook|2021-10-05", "facebook|2021-10-06", "facebook|any"]);
  assert.deepEqual(lookupKeys(d.facts).filter((k) => k.startsWith("facebook|")), [...keys.filter((k) => k.startsWith("facebook|") && !k.endsWith("|any")), "facebook|undated"], "a dated document never looks up service-wide, only its service's undated incidents");
  assert.ok(keys.includes("meta|2021-10-04"), "a Meta document must meet Facebook ones");
  assert.ok(!keys.some((k) => k.startsWith("x|")), "services only mentioned are not keys");
});

test("a postmortem published days later shares keys with its outage through its outage day", () => {
  const outage = makeDoc({ url: "https://a.example/1", title: "t", publishedAt: "2021-10-04T18:00:00Z", failed: ["Facebook"] });
  const pm = makeDoc({ url: "https://a.example/2", title: "t", publishedAt: "2021-10-09T18:00:00Z", outageDay: "2021-10-04", failed: ["Facebook"] });
  assert.ok(indexKeys(pm.facts).some((k) => indexKeys(outage.facts).includes(k)));
});

test("without an outage day the publication day is used; without any day the document looks up its service's incidents", () => {
  const d = makeDoc({ url: "https://a.example/1", title: "t", publishedAt: null, outageDay: null, failed: ["Google Cloud"] });
  assert.deepEqual(indexKeys(d.facts), ["google cloud|any", "google cloud|undated"]);
  assert.deepEqual(lookupKeys(d.facts), ["google cloud|any"]);
  assert.ok(indexKeys(d.facts, "2025-06-12T18:00:00Z").includes("google cloud|2025-06-12"));
});

test("a day that is only a publication day reaches a week back, so a follow-up meets its outage", () => {
  const followUp = makeDoc({ url: "https://a.example/3", title: "t", publishedAt: "2021-10-11T09:00:00Z", failed: ["Facebook"] });
  const keys = lookupKeys(followUp.facts);
  assert.ok(keys.includes("facebook|2021-10-04") && keys.includes("facebook|2021-10-12"));
  assert.ok(!keys.includes("facebook|2021-10-03"));
});

test("an operator's post naming no service is filed under the company it speaks for, and meets that company's incidents", async () => {
  const { extractArticle } = await import("../../lib/extract/extract-article");
  const { clusterDocuments } = await import("../../lib/cluster/cluster-documents");
  const facts = extractArticle({
    url: "https://newsroom.example/post", kind: "official", lang: "en", sourceName: "Meta Newsroom", sourceZone: null,
    publishedAt: new Date("2021-10-05T20:00:00Z"),
    title: "More about yesterday's outage",
    text: "During maintenance on Monday, a command disconnected our backbone, and our services were unreachable. We are sorry for the disruption. Services were restored at 22:00 UTC on October 4.",
  });
  assert.equal(facts.isOutage, true, `${facts.outageScore} ${facts.notOutageReason}`);
  assert.equal(facts.speaksFor, "meta");
  assert.ok(indexKeys(facts).includes("meta|2021-10-04"), JSON.stringify(indexKeys(facts)));
  const post = { ...makeDoc({ url: "https://newsroom.example/post", title: "More about yesterday's outage", kind: "official", publishedAt: "2021-10-05T20:00:00Z" }), facts };
  const press = makeDoc({ url: "https://a.example/1", title: "Facebook down", publishedAt: "2021-10-04T18:00:00Z", failed: ["Facebook", "Instagram"] });
  const groups = clusterDocuments([press, post]);
  assert.equal(groups.length, 1, JSON.stringify(groups));
});

test("a report naming no service meets every incident of its days, and named reports arriving later meet it", () => {
  const unnamed = makeDoc({ url: "https://a.example/cable", title: "t", publishedAt: "2024-03-14T18:00:00Z", times: [{ role: "start", utc: "2024-03-14T12:00:00Z" }] });
  const named = makeDoc({ url: "https://b.example/mainone", title: "t", publishedAt: "2024-03-15T09:00:00Z", failed: ["MainOne"], times: [{ role: "start", utc: "2024-03-14T13:00:00Z" }] });
  const shared = (from: string[], into: string[]) => from.some((k) => into.includes(k));
  assert.ok(shared(lookupKeys(unnamed.facts), indexKeys(named.facts)), "the unnamed report finds the named incident");
  assert.ok(shared(lookupKeys(named.facts), indexKeys(unnamed.facts)), "the named report finds the unnamed one");
  assert.ok(!lookupKeys(named.facts).some((k) => k.startsWith("*|")), "a named report does not look up every incident of its days");
  const weekLater = makeDoc({ url: "https://c.example/x", title: "t", publishedAt: "2024-03-21T09:00:00Z", failed: ["MainOne"], times: [{ role: "start", utc: "2024-03-21T08:00:00Z" }] });
  assert.ok(!shared(lookupKeys(weekLater.facts), indexKeys(unnamed.facts)), "only its own days");
});

test("a report published weeks after the outage day it states is filed under its publication days too", () => {
  // "les services ont repris trois semaines après la panne du 20 avril" published on 15 May meets a
  // report of 15 May that states only the day service came back
  const followUp = makeDoc({ url: "https://a.example/f", lang: "fr", title: "t", publishedAt: "2025-05-15T09:00:00Z", outageDay: "2025-04-20", failed: ["PlayStation Network"], times: [{ role: "start", utc: "2025-04-20T18:00:00Z" }] });
  const restored = makeDoc({ url: "https://b.example/r", title: "t", publishedAt: "2025-05-15T10:00:00Z", failed: ["PlayStation Network"], times: [{ role: "end", utc: "2025-05-15T06:00:00Z" }] });
  assert.equal(followUp.facts.outageDay, "2025-04-20");
  const keys = indexKeys(followUp.facts, followUp.publishedAt);
  assert.ok(keys.includes("playstation network|2025-04-20") && keys.includes("playstation network|2025-05-15"), JSON.stringify(keys));
  assert.ok(lookupKeys(restored.facts, restored.publishedAt).some((k) => keys.includes(k)), "the report of its publication days finds it");
  // a report published on its outage day has only that day's keys, and a publication before the
  // stated day (a notice ahead) adds none
  const sameDay = makeDoc({ url: "https://c.example/s", title: "t", publishedAt: "2025-04-20T20:00:00Z", outageDay: "2025-04-20", failed: ["PlayStation Network"], times: [{ role: "start", utc: "2025-04-20T18:00:00Z" }] });
  assert.ok(!indexKeys(sameDay.facts, sameDay.publishedAt).some((k) => k.endsWith("2025-04-23")));
});

test("a report with no day is filed as undated, and the dated reports of its service look that key up", () => {
  const undated = makeDoc({ url: "https://a.example/u", title: "t", publishedAt: null, outageDay: null, failed: ["Webex"] });
  const dated = makeDoc({ url: "https://b.example/d", title: "t", publishedAt: "2025-03-11T12:00:00Z", failed: ["Webex"] });
  assert.ok(indexKeys(undated.facts).includes("webex|undated"));
  assert.ok(lookupKeys(dated.facts, dated.publishedAt).includes("webex|undated"));
  assert.ok(!indexKeys(dated.facts, dated.publishedAt).includes("webex|undated"), "a dated report is found by its days");
  const other = makeDoc({ url: "https://c.example/o", title: "t", publishedAt: "2025-03-11T12:00:00Z", failed: ["Zoom"] });
  assert.ok(!lookupKeys(other.facts, other.publishedAt).includes("webex|undated"), "only its own services");
});

test("a report writing a service's acronym looks up the reports writing its full name, and the other way round", () => {
  const short = makeDoc({ url: "https://a.example/7", title: "t", publishedAt: "2026-03-02T12:00:00Z", failed: ["ZTBank"] });
  const full = makeDoc({ url: "https://a.example/8", title: "t", publishedAt: "2026-03-02T15:00:00Z", failed: ["Zenora Trust Bank"] });
  assert.ok(lookupKeys(short.facts).some((k) => indexKeys(full.facts).includes(k) && !k.startsWith("*|") && !k.startsWith("?|")));
  assert.ok(lookupKeys(full.facts).some((k) => indexKeys(short.facts).includes(k) && !k.startsWith("*|") && !k.startsWith("?|")));
  // a plain name has no initials key
  const plain = makeDoc({ url: "https://a.example/9", title: "t", publishedAt: "2026-03-02T15:00:00Z", failed: ["Zorvex"] });
  assert.ok(!indexKeys(plain.facts).some((k) => k.startsWith("~")));
});

test("a report writing another report's service in its fact sentences meets it in either order; a word both write does not make two reports meet", () => {
  const day = "2026-02-17";
  const provider = makeDoc({ url: "https://status.example/p", title: "t", publishedAt: `${day}T15:00:00Z`, failed: ["Nimbora Cloud"], times: [{ role: "start", utc: `${day}T08:10:00Z` }] });
  const customer = makeDoc({ url: "https://a.example/c", lang: "fr", title: "t", publishedAt: `${day}T11:00:00Z`, failed: ["Tikalo"],
    causes: [{ category: "hardware-or-datacenter", status: "reported", summary: "Ses serveurs sont hébergés à Durban chez Nimbora Cloud" }] });
  const meets = (a: typeof provider, b: typeof provider) => lookupKeys(a.facts, a.publishedAt).some((k) => indexKeys(b.facts, b.publishedAt).includes(k));
  assert.ok(meets(customer, provider), "the customer's report finds the provider's");
  assert.ok(meets(provider, customer), "the provider's report finds the customer's");
  // two reports of other services that both write a town's name (or "The") stay in their own neighbourhoods
  const bank = makeDoc({ url: "https://b.example/b", title: "t", publishedAt: `${day}T12:00:00Z`, failed: ["Corvane Bank"],
    causes: [{ category: "software-bug", status: "reported", summary: "The branches in Durban kept serving customers" }] });
  assert.ok(!meets(customer, bank) && !meets(bank, customer));
  assert.ok(!indexKeys(customer.facts, customer.publishedAt).some((k) => k.startsWith("durban|")), "a written name is filed under its own mark only");
  // a name with a hyphen is written as its words ("Zentra-9" in the text, key "zentra-9")
  const hyphen = makeDoc({ url: "https://c.example/h", title: "t", publishedAt: `${day}T12:00:00Z`, failed: ["Zentra-9"] });
  const writer = makeDoc({ url: "https://d.example/w", title: "t", publishedAt: `${day}T13:00:00Z`, failed: ["Tikalo"],
    causes: [{ category: "software-bug", status: "reported", summary: "Its payments go through Zentra-9, which failed" }] });
  assert.ok(meets(writer, hyphen) && meets(hyphen, writer));
});
