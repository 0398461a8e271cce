import { test } from "node:test";
import assert from "node:assert/strict";
import { outageFacts, roleOf } from "./article-helpers";

test("another company's platform named as the outage before this one did not fail in it (en, fr)", () => {
  const en = outageFacts("LinkedIn faces service disruption following Tuesday's Facebook outage", "Users could not load their feeds for an hour.");
  assert.equal(roleOf(en, "LinkedIn"), "failed");
  assert.equal(roleOf(en, "Facebook"), "mentioned", JSON.stringify(en.services));
  const fr = outageFacts("LinkedIn en panne au lendemain de la panne de Facebook", "Le réseau social professionnel était inaccessible mardi.");
  assert.equal(roleOf(fr, "LinkedIn"), "failed");
  assert.equal(roleOf(fr, "Facebook"), "mentioned", JSON.stringify(fr.services));
  const fr2 = outageFacts("Snapchat perturbé dans la foulée de la panne de Discord", "L'application ne chargeait plus les messages.");
  assert.equal(roleOf(fr2, "Snapchat"), "failed");
  assert.equal(roleOf(fr2, "Discord"), "mentioned", JSON.stringify(fr2.services));
});

test("a carrier named as the outage before is the cause, the subject its knock-on victim (en, fr)", () => {
  const en = outageFacts("Slack down following the AWS outage", "Messages would not send for hours.");
  assert.equal(roleOf(en, "AWS"), "failed");
  assert.equal(roleOf(en, "Slack"), "knock-on");
  const en2 = outageFacts("Discord goes dark in the wake of a Cloudflare outage", "Chats would not load.");
  assert.equal(roleOf(en2, "Cloudflare"), "failed");
  assert.equal(roleOf(en2, "Discord"), "knock-on");
  const fr = outageFacts("Spotify inaccessible suite à la panne de Google Cloud", "Le service de streaming ne répondait plus.");
  assert.equal(roleOf(fr, "Google Cloud"), "failed");
  assert.equal(roleOf(fr, "Spotify"), "knock-on");
});

test("negatives: the same company's product, the outage alone, no outage word (en, fr)", () => {
  // the same company's services fail together
  const same = outageFacts("Instagram down following the Facebook outage", "Both apps failed for hours.");
  assert.equal(roleOf(same, "Instagram"), "failed");
  assert.equal(roleOf(same, "Facebook"), "failed");
  // no other subject in the sentence: the story is about that outage
  const alone = outageFacts("After the Facebook outage, users flocked to Twitter", "Facebook was down for six hours.");
  assert.equal(roleOf(alone, "Facebook"), "failed");
  const seul = outageFacts("Suite à la panne de WhatsApp, Meta présente ses excuses", "WhatsApp était inaccessible pendant deux heures.");
  assert.equal(roleOf(seul, "WhatsApp"), "failed");
  // "following" a launch, not an outage
  const launch = outageFacts("Reddit down following the Discord announcement", "Reddit was unreachable for an hour on Monday.");
  assert.equal(roleOf(launch, "Reddit"), "failed");
});
