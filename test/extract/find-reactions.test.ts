import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

test("hashtags are collected (reaction and list)", () => {
  const f = facts("Panne", "Facebook est en panne. Sur Twitter, les hashtags #MetaGate et #FacebookDown sont en tête des tendances. #MetaGate encore.", { lang: "fr" });
  assert.deepEqual(f.hashtags, ["#MetaGate", "#FacebookDown"]);
  assert.equal(f.reactions.filter((r) => r.kind === "hashtag").length, 3);
});

test("market moves in French and English", () => {
  const fr = facts("Panne de Facebook", "Facebook est en panne. À Wall Street, l'action de Facebook chutait de près de 6 % lundi soir.", { lang: "fr" });
  const m = fr.reactions.find((r) => r.kind === "market");
  assert.ok(m);
  assert.equal(m.who, "Meta");
  const en = facts("Facebook outage", "Facebook went down on Monday. Shares fell 5% as the outage dragged on.", { lang: "en" });
  assert.ok(en.reactions.some((r) => r.kind === "market"));
});

test("users moving to another service", () => {
  const en = facts("WhatsApp outage", "WhatsApp was down for six hours. Telegram gained 70 million new users during the outage, its founder said.", { lang: "en" });
  const m = en.reactions.find((r) => r.kind === "migration");
  assert.equal(m?.who, "Telegram");
  const fr = facts("Panne de WhatsApp", "WhatsApp est en panne. Signal a enregistré un afflux de nouveaux utilisateurs pendant la panne.", { lang: "fr" });
  assert.equal(fr.reactions.find((r) => r.kind === "migration")?.who, "Signal");
});

test("a rival or a public figure mocking the outage", () => {
  const en = facts("Instagram outage", "Instagram went down on Tuesday. Elon Musk mocked the outage in a post on X.", { lang: "en" });
  assert.equal(en.reactions.find((r) => r.kind === "rival-post")?.who, "Elon Musk");
  const fr = facts("Panne de Facebook", "Facebook est en panne. Twitter s'est moqué de la panne de son rival dans un message.", { lang: "fr" });
  assert.equal(fr.reactions.find((r) => r.kind === "rival-post")?.who, "X");
});
