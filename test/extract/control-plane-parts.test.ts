import { test } from "node:test";
import assert from "node:assert/strict";
import type { ExtractedDocument } from "../../lib/domain/types";
import { rankServices } from "../../lib/timeline/rank-services";
import { outageFacts, roleOf } from "./article-helpers";

const named = (title: string, text: string) => {
  const facts = outageFacts(title, text);
  const doc = { id: 1, url: "https://example.test/a", title, kind: "news", lang: facts.lang, publishedAt: null, sourceName: "Test", facts } as ExtractedDocument;
  return rankServices([doc]).services;
};

test("a provider's dashboard or API failing alone is named by its part (en, fr)", () => {
  const en = outageFacts("Cloudflare Dashboard Down", "Customers could not log in to change their settings for hours; sites behind the CDN kept loading.");
  assert.equal(roleOf(en, "Cloudflare dashboard"), "failed", JSON.stringify(en.services));
  assert.deepEqual(named("Cloudflare Dashboard Down", "Customers could not log in to change their settings for hours; sites behind the CDN kept loading."), ["Cloudflare dashboard"]);
  // two parts named together
  const both = outageFacts("What happened to Cloudflare", "The Cloudflare dashboard and its related API were down for almost two days.");
  assert.equal(roleOf(both, "Cloudflare dashboard"), "failed", JSON.stringify(both.services));
  assert.equal(roleOf(both, "Cloudflare API"), "failed", JSON.stringify(both.services));
  const fr = outageFacts("Panne chez Cloudflare", "Le tableau de bord de Cloudflare est resté inaccessible pendant deux jours, sans effet sur les sites de ses clients.");
  assert.equal(roleOf(fr, "Cloudflare dashboard"), "failed", JSON.stringify(fr.services));
  const console = outageFacts("La console d'AWS en panne", "Les clients ne pouvaient plus gérer leurs serveurs.");
  assert.equal(roleOf(console, "AWS console"), "failed", JSON.stringify(console.services));
});

test("the provider stays whole where its customers went down with it, where the words describe its traffic, and for platforms (en, fr)", () => {
  // knock-on victims: the traffic failed, the dashboard is a detail
  const whole = outageFacts("Cloudflare outage takes Discord and Shopify down", "Discord and Shopify were unreachable because of the Cloudflare outage. The Cloudflare dashboard was also down.");
  assert.equal(roleOf(whole, "Cloudflare"), "failed", JSON.stringify(whole.services));
  assert.equal(roleOf(whole, "Cloudflare dashboard"), undefined, JSON.stringify(whole.services));
  const entier = outageFacts("Panne de Cloudflare", "Discord et Shopify étaient inaccessibles à cause de la panne de Cloudflare. Le tableau de bord de Cloudflare était lui aussi en panne.");
  assert.equal(roleOf(entier, "Cloudflare"), "failed", JSON.stringify(entier.services));
  assert.equal(roleOf(entier, "Cloudflare dashboard"), undefined, JSON.stringify(entier.services));
  // "API errors", "API service failures": the provider's traffic failing
  const traffic = outageFacts("AWS outage", "Monitoring firms observed AWS API service failures for hours.");
  assert.equal(roleOf(traffic, "AWS API"), undefined, JSON.stringify(traffic.services));
  assert.equal(roleOf(traffic, "AWS"), "failed");
  // a consumer platform's API is no control plane of a carrier
  const platform = outageFacts("Reddit API down", "Third-party apps could not load posts.");
  assert.equal(roleOf(platform, "Reddit API"), undefined, JSON.stringify(platform.services));
});
