import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../lib/extract/extract-article";
import type { DocumentForExtraction } from "../../lib/domain/types";
import { makeDoc } from "./article-helpers";

const FR_TITLE = "Panne mondiale : WhatsApp, Instagram et Facebook inaccessibles";
const FR_TEXT = [
  "Depuis 17h45 ce mercredi, WhatsApp, Instagram et Facebook ne fonctionnent plus pour des millions d'utilisateurs.",
  "Le site Downdetector recensait plus de 25\u00a0000 signalements en France vers 18h, dont 62 % concernant l'application.",
  "Un porte-parole de Meta, Paul Durand, a déclaré : « Nous travaillons à rétablir l'accès le plus vite possible. »",
  "Meta a confirmé que la panne était due à une mise à jour de configuration défectueuse, et non à une cyberattaque.",
  "Sur X, le hashtag #WhatsAppDown était en tête des tendances. Le service a été rétabli vers 21h30.",
].join(" ");

test("a French article end to end: every kind of fact, spans pointing into title + blank line + text", () => {
  const doc = makeDoc(FR_TITLE, FR_TEXT, { lang: "fr-FR", publishedAt: new Date("2024-12-11T22:00:00Z") });
  const f = extractArticle(doc);
  const full = `${FR_TITLE}\n\n${FR_TEXT}`;
  assert.equal(f.lang, "fr");
  assert.equal(f.isOutage, true);
  assert.deepEqual(f.services.filter((s) => s.role === "failed").map((s) => s.name).sort(), ["Facebook", "Instagram", "WhatsApp"]);
  assert.equal(f.outageDay, "2024-12-11");
  assert.ok(f.times.some((t) => t.role === "start" && t.time.kind === "instant" && t.time.utc === "2024-12-11T16:45:00Z"));
  assert.ok(f.times.some((t) => t.role === "recovery" && t.time.kind === "instant" && t.time.utc === "2024-12-11T20:30:00Z"));
  assert.deepEqual(f.causes.map((c) => `${c.category}/${c.status}`), ["config-change/confirmed"]);
  assert.equal(f.statements[0].speaker, "Paul Durand");
  assert.equal(f.statements[0].official, true);
  assert.deepEqual(f.hashtags, ["#WhatsAppDown"]);
  assert.ok(f.impacts.some((i) => i.kind === "reports-count" && i.value === 25000));
  const spans = [...f.services.map((s) => s.span), ...f.times.map((t) => t.span), ...f.causes.map((c) => c.span), ...f.statements.map((s) => s.span), ...f.reactions.map((r) => r.span), ...f.impacts.map((i) => i.span)];
  for (const s of spans) assert.equal(full.slice(s.start, s.end), s.text);
});

test("an English article end to end", () => {
  const f = extractArticle(makeDoc(
    "Slack outage: messages fail to send for hours",
    "Slack went down at 9:12 a.m. ET on Tuesday, the company said. \"We're investigating connectivity issues,\" Slack's status account posted. The outage lasted nearly three hours and was caused by a bug in a routine deployment, Slack said in its postmortem.",
    { lang: null, publishedAt: new Date("2025-02-25T20:00:00Z") },
  ));
  assert.equal(f.lang, "en");
  assert.equal(f.isOutage, true);
  assert.equal(f.services[0].name, "Slack");
  assert.ok(f.times.some((t) => t.role === "start" && t.time.kind === "instant" && t.time.utc === "2025-02-25T14:12:00Z"));
  assert.deepEqual(f.durations.map((d) => d.minutes), [180]);
  assert.ok(f.causes.some((c) => c.category === "software-bug" && c.status === "confirmed"));
});

test("pure and deterministic: the same document gives the same facts", () => {
  const doc = makeDoc(FR_TITLE, FR_TEXT, { lang: "fr" });
  assert.deepEqual(extractArticle(doc), extractArticle({ ...doc }));
});

test("empty text and a missing date are handled; bad input is a clear error", () => {
  const f = extractArticle(makeDoc("", "", { publishedAt: null }));
  assert.equal(f.isOutage, false);
  assert.equal(f.outageDay, null);
  assert.throws(() => extractArticle({ ...makeDoc("t", "x"), text: 42 } as unknown as DocumentForExtraction), /extract: .*text must be a string/);
  assert.throws(() => extractArticle(null as unknown as DocumentForExtraction), /extract: document must be an object/);
});
