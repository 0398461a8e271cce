import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

test("French quote in « » with speaker, role and organisation before it", () => {
  const f = facts("Panne de Facebook", "Andy Stone, un porte-parole de Meta, a tweeté : « Nous savons que certains utilisateurs ont du mal à accéder à nos applications. »", { lang: "fr" });
  const s = f.statements[0];
  assert.equal(s.quote, "Nous savons que certains utilisateurs ont du mal à accéder à nos applications.");
  assert.equal(s.speaker, "Andy Stone");
  assert.equal(s.role, "porte-parole");
  assert.equal(s.organisation, "Meta");
  assert.equal(s.official, true);
  assert.ok(s.span.text.startsWith("«"));
});

test("English quote in “ ” attributed after it ('said a Meta spokesperson')", () => {
  const f = facts("Instagram outage", "“We are aware that some people are having trouble accessing our apps,” said a Meta spokesperson.", { lang: "en" });
  const s = f.statements[0];
  assert.equal(s.role, "spokesperson");
  assert.equal(s.organisation, "Meta");
  assert.equal(s.official, true);
});

test("straight quotes, a CTO named after the quote, and 'selon'", () => {
  const en = facts("Outage", "\"We're sorry for the trouble and working hard to fix it,\" wrote Mike Marsh, the company's CTO, on Monday.", { lang: "en" });
  assert.equal(en.statements[0].speaker, "Mike Marsh");
  assert.equal(en.statements[0].role, "CTO");
  assert.equal(en.statements[0].official, true);
  const fr = facts("Panne", "« Le problème vient d'un serveur saturé », selon Jeanne Martin, analyste chez un cabinet d'études.", { lang: "fr" });
  assert.equal(fr.statements[0].speaker, "Jeanne Martin");
  assert.equal(fr.statements[0].role, "expert");
  assert.equal(fr.statements[0].official, false);
});

test("the company's own account speaking is official", () => {
  const f = facts("WhatsApp down", "WhatsApp wrote on X: “We're aware some people are experiencing issues and are working to restore service.”", { lang: "en" });
  assert.equal(f.statements[0].speaker, "WhatsApp");
  assert.equal(f.statements[0].official, true);
});

test("short scare quotes are not statements; a repeated quote is one statement", () => {
  const f = facts("Outage", "Meta blamed a “technical issue” for the outage. “We are working to get things back to normal,” Meta said. “We are working to get things back to normal,” it repeated.", { lang: "en" });
  assert.deepEqual(f.statements.map((s) => s.quote), ["We are working to get things back to normal,"]);
});
