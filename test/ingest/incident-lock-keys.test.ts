// Which keys a clustering step holds (lib/ingest/incident-lock-keys.ts): steps on reports that could
// meet always share a key one of them holds exclusively; steps on different services' reports of the
// same day share shared keys only, so they run side by side.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ArticleFacts, ServiceMention } from "../../lib/domain/types";
import { incidentLockKeys } from "../../lib/ingest/incident-lock-keys";
import { indexKeys, lookupKeys } from "../../lib/cluster/index-keys";

const service = (name: string, company: string | null = null): ServiceMention => ({ name, company, role: "failed", span: { start: 0, end: name.length, text: name } });
function report(services: ServiceMention[], publishedAt: string | null) {
  const facts = { lang: "en", isOutage: true, outageScore: 1, services, times: [], durations: [], causes: [], statements: [], reactions: [], impacts: [],
    outageDay: null, hashtags: [] } as unknown as ArticleFacts;
  return { facts, publishedAt };
}
const conflict = (a: ReturnType<typeof incidentLockKeys>, b: ReturnType<typeof incidentLockKeys>) =>
  a.exclusive.some((k) => b.exclusive.includes(k) || b.shared.includes(k)) || b.exclusive.some((k) => a.shared.includes(k));
// two reports meet when a lookup key of one is an index key of the other
const meet = (a: ReturnType<typeof report>, b: ReturnType<typeof report>) =>
  lookupKeys(a.facts, a.publishedAt).some((k) => indexKeys(b.facts, b.publishedAt).includes(k)) ||
  lookupKeys(b.facts, b.publishedAt).some((k) => indexKeys(a.facts, a.publishedAt).includes(k));

const slackTue = report([service("Slack")], "2025-03-04T10:00:00Z");
const slackWed = report([service("Slack")], "2025-03-05T08:00:00Z");
const zoomTue = report([service("Zoom")], "2025-03-04T11:00:00Z");
const cableTue = report([], "2025-03-04T12:00:00Z"); // a cable cut: no service named
const slackUndated = report([service("Slack")], null);
const slackLastYear = report([service("Slack")], "2024-03-04T10:00:00Z");
const all = { slackTue, slackWed, zoomTue, cableTue, slackUndated, slackLastYear };

test("reports of one service on close days hold a key exclusively in common", () => {
  const [a, b] = [incidentLockKeys([slackTue]), incidentLockKeys([slackWed])];
  assert.ok(a.exclusive.some((k) => b.exclusive.includes(k)));
});

test("reports of different services on the same day hold no conflicting key", () => {
  assert.equal(conflict(incidentLockKeys([slackTue]), incidentLockKeys([zoomTue])), false);
  assert.equal(conflict(incidentLockKeys([slackTue]), incidentLockKeys([slackLastYear])), false);
});

test("every pair of reports that could meet conflicts (no-service and undated reports included)", () => {
  for (const [na, a] of Object.entries(all))
    for (const [nb, b] of Object.entries(all)) {
      if (na === nb || !meet(a, b)) continue;
      assert.ok(conflict(incidentLockKeys([a]), incidentLockKeys([b])), `${na} and ${nb} could meet but hold no conflicting key`);
    }
  assert.ok(meet(cableTue, zoomTue) && meet(slackUndated, slackLastYear), "the pairs above include wildcard meetings");
});

test("a key is never held both ways, and a component holds the keys of all its reports", () => {
  const k = incidentLockKeys([slackTue, zoomTue, cableTue]);
  assert.equal(k.exclusive.filter((x) => k.shared.includes(x)).length, 0);
  for (const one of [slackTue, zoomTue, cableTue]) for (const x of incidentLockKeys([one]).exclusive) assert.ok(k.exclusive.includes(x));
});

test("a report writing another's service conflicts with it; two reports writing one town do not", () => {
  const withCause = (r: ReturnType<typeof report>, summary: string) =>
    ({ ...r, facts: { ...r.facts, causes: [{ category: "hardware-or-datacenter", status: "reported", summary, span: { start: 0, end: summary.length, text: summary } }] } as ArticleFacts });
  const provider = report([service("Nimbora Cloud")], "2025-03-04T15:00:00Z");
  const shop = withCause(report([service("Tikalo")], "2025-03-04T11:00:00Z"), "Ses serveurs sont hébergés à Durban chez Nimbora Cloud");
  const bank = withCause(report([service("Corvane Bank")], "2025-03-04T12:00:00Z"), "The branches in Durban kept serving customers");
  assert.ok(meet(shop, provider) && !meet(shop, bank));
  assert.ok(conflict(incidentLockKeys([shop]), incidentLockKeys([provider])));
  assert.equal(conflict(incidentLockKeys([shop]), incidentLockKeys([bank])), false);
});
