import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { fitModel, modelExample, type LabelledDocument } from "../../../lib/extract/model/fit-model";
import { FIT_SETTINGS } from "../../../lib/extract/model/fit-settings";
import { OUTAGE_MODEL } from "../../../lib/extract/score-outage";
import { modelJson } from "../../../scripts/model-json";
import { makeDoc } from "../article-helpers";

// Documents written for this test: a handful of outages with stated causes, and look-alikes.
const outage = (i: number, title: string, text: string, cause: LabelledDocument["causes"]): LabelledDocument =>
  ({ doc: makeDoc(title, text, { url: `https://example.test/o${i}`, lang: "en" }), group: `inc-${i}`, outage: true, causes: cause });
const other = (i: number, title: string, text: string): LabelledDocument =>
  ({ doc: makeDoc(title, text, { url: `https://example.test/n${i}`, lang: "en" }), group: `article:n${i}`, outage: false, causes: [] });
const labelled: LabelledDocument[] = [
  outage(1, "Slack down for hours", "Slack was down for hours. The outage was caused by a DDoS attack, the company said.", ["cyberattack"]),
  outage(2, "Zoom outage", "Zoom was unavailable for users worldwide. A DDoS attack caused the outage.", ["cyberattack"]),
  outage(3, "Dropbox outage", "Dropbox was down. A fire in a data center caused the outage.", ["hardware-or-datacenter"]),
  outage(4, "Box outage", "Box was unavailable. The outage was caused by a power failure in a data center.", ["hardware-or-datacenter"]),
  other(1, "Slack earnings beat estimates", "Slack reported quarterly revenue growth; investors cheered."),
  other(2, "Zoom launches a new feature", "Zoom unveiled new features for teams on Tuesday."),
  other(3, "Dropbox raises prices", "Dropbox will raise the price of its plans next month."),
];

test("the same documents give the same model file, byte for byte", () => {
  const examples = labelled.map(modelExample);
  const a = modelJson(fitModel(examples, FIT_SETTINGS));
  const b = modelJson(fitModel(labelled.map(modelExample), FIT_SETTINGS));
  assert.equal(a, b);
  const fitted = JSON.parse(a);
  assert.deepEqual(Object.keys(fitted.cause.classes).sort(), ["cyberattack", "hardware-or-datacenter"]);
  assert.ok(fitted.cause.classes.cyberattack.weights["k:cyberattack"] > 0);
});

test("the committed model has both decisions, thresholds and no weight for a word of a single story", () => {
  const file = JSON.parse(fs.readFileSync(new URL("../../../lib/extract/data/outage-model.json", import.meta.url), "utf8"));
  assert.match(file.about, /npm run train/);
  assert.equal(OUTAGE_MODEL.detect.threshold, FIT_SETTINGS.detect.threshold);
  assert.ok(Object.keys(OUTAGE_MODEL.detect.weights).length > 100);
  assert.ok(OUTAGE_MODEL.cause.classes["network-bgp-dns"]);
  // every word feature is a stem under a region prefix; rule signals are named r:
  assert.ok(Object.keys(OUTAGE_MODEL.detect.weights).every((k) => /^(?:[lbw]:[a-z0-9#]+|r:[a-z-]+)$/.test(k)));
});
