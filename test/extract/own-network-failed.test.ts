// An operator beside a product it runs: its own failure when its calls, texts or mobile data failed
// too, only its product's when they did not.
import { test } from "node:test";
import assert from "node:assert/strict";
import { rankServices } from "../../lib/timeline/rank-services";
import { makeDoc as makeClusterDoc } from "../cluster/fixtures/make-doc";
import { outageFacts } from "./article-helpers";

const flagged = (title: string, text: string, lang: "fr" | "en") =>
  outageFacts(title, text, { lang }).services.filter((s) => s.ownNetworkFailed).map((s) => s.name);

test("an operator whose calls and texts failed with its mobile money failed itself (en, fr)", () => {
  assert.deepEqual(
    flagged("Orange network down", "Orange customers lost voice calls, text messages and Orange Money for most of Tuesday after a network outage.", "en"),
    ["Orange"],
  );
  assert.deepEqual(
    flagged("Panne chez Airtel", "Une panne a privé mardi les abonnés d'Airtel d'appels, de SMS et d'Airtel Money pendant six heures.", "fr"),
    ["Airtel"],
  );
});

test("only the product down, or the calls said to work, is no failure of the operator (en, fr)", () => {
  assert.deepEqual(flagged("Orange Money down", "Orange Money was down for five hours on Tuesday, Orange said; the operator apologised.", "en"), []);
  assert.deepEqual(
    flagged("Airtel Money en panne", "Le service Airtel Money est en panne depuis ce matin. Les appels et les SMS n'ont pas été affectés, précise Airtel.", "fr"),
    [],
  );
});

test("the incident keeps an operator that failed itself beside its product, not one only named as its owner", () => {
  const doc = (url: string, ownNetworkFailed: boolean) => {
    const d = makeClusterDoc({ url, title: "t", publishedAt: "2024-05-07T10:00:00Z" });
    const span = { start: 0, end: 1, text: "x" };
    d.facts.services = [
      { name: "Orange", company: "Orange", role: "failed", span, ...(ownNetworkFailed ? { ownNetworkFailed } : {}) },
      { name: "Orange Money", company: "Orange", role: "failed", span },
    ];
    return d;
  };
  assert.deepEqual(rankServices([doc("https://a.example/1", true), doc("https://a.example/2", false)]).services, ["Orange", "Orange Money"]);
  assert.deepEqual(rankServices([doc("https://a.example/3", false), doc("https://a.example/4", false)]).services, ["Orange Money"]);
});
