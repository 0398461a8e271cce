// The status page's update heads that the cause reader takes as the operator speaking: every phase the
// time reader knows (STATUS_HEAD_ROLES, one list for both) and the component states beside them.
import { test } from "node:test";
import assert from "node:assert/strict";
import { STATUS_UPDATE_HEAD } from "../../lib/extract/data/cause-cues";
import { STATUS_HEAD_ROLES } from "../../lib/extract/data/time-role-cues";

test("every status phase of the time reader heads an update for the cause reader", () => {
  for (const label of Object.keys(STATUS_HEAD_ROLES)) {
    assert.ok(STATUS_UPDATE_HEAD.test(`${label} - the issue is being looked at`), label);
    assert.ok(STATUS_UPDATE_HEAD.test(`${label.replace(/ /g, "  ")}: x`), `${label} with wider spaces`);
  }
});

test("component states head updates too; a live blog's time stamp or a verb does not", () => {
  for (const head of ["degraded performance - slow uploads", "partial outage: api", "major outage | login", "performances degradees - lenteurs", "panne partielle : api", "post-mortem - the root cause"])
    assert.ok(STATUS_UPDATE_HEAD.test(head), head);
  for (const not of ["resolved the issue by noon", "mise a jour, 14 h", "update: 4 p.m.", "identifie la cause mardi"])
    assert.ok(!STATUS_UPDATE_HEAD.test(not), not);
});
