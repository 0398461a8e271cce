import { test } from "node:test";
import assert from "node:assert/strict";
import { readDocument } from "../../lib/extract/extract-article";
import { statedFailureLength } from "../../lib/extract/stated-failure-length";
import { outageFeatures } from "../../lib/extract/score-outage";
import { makeDoc } from "./article-helpers";

const stated = (title: string, text: string, lang: "fr" | "en") => {
  const { view, cues } = readDocument(makeDoc(title, text, { lang }));
  return statedFailureLength(view, cues);
};

test("a failure told with how long it lasted states its length, in French and English", () => {
  assert.ok(stated("", "The booking portal was down for 75 minutes on Friday.", "en"));
  assert.ok(stated("", "Ferncast apologised for a two-hour outage that hit customers on Friday.", "en"));
  assert.ok(stated("", "Une panne de trois heures et demie a bloqué les paiements vendredi.", "fr"));
  assert.ok(stated("", "Le site est resté inaccessible pendant quarante minutes.", "fr"));
});

test("a guessed length, a time counted back, 'some day', or a length with no failure in its sentence states none", () => {
  assert.ok(!stated("", "Every so often a cloud provider is down for a few hours.", "en"));
  assert.ok(!stated("", "Le site est en panne, ont signalé des utilisateurs il y a deux heures.", "fr"));
  assert.ok(!stated("", "Internet tombera un jour en panne, prédit-il.", "fr"));
  assert.ok(!stated("", "The outage hit thousands of users. The meeting lasted two hours.", "en"));
});

test("the detection model sees a stated length as its signal r:failure-length", () => {
  const features = (text: string) => {
    const { view, hits, cues, lang } = readDocument(makeDoc("", text, { lang: "en" }));
    return [...outageFeatures(view, hits, cues, false, lang).keys()];
  };
  assert.ok(features("The booking portal was down for 75 minutes on Friday.").includes("r:failure-length"));
  assert.ok(!features("Every so often a cloud provider is down for a few hours.").includes("r:failure-length"));
});
