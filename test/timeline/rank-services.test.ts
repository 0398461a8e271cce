// The incident's services: failed ones by how many documents say so; an owner or platform named
// beside its own product gives way to the product; knock-on victims do not lead.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { ServiceMention } from "../../lib/domain/types";
import { rankServices } from "../../lib/timeline/rank-services";
import { makeTitles } from "../../lib/timeline/make-titles";
import { makeDoc } from "../cluster/fixtures/make-doc";

const span = { start: 0, end: 1, text: "x" };
const withServices = (url: string, services: ServiceMention[]) => {
  const d = makeDoc({ url, title: "t", publishedAt: "2024-01-01T10:00:00Z" });
  d.facts.services = services;
  return d;
};
const m = (name: string, company: string | null, role: ServiceMention["role"] = "failed"): ServiceMention => ({ name, company, role, span });

test("an owner named beside its product gives way to the product", () => {
  const docs = [
    withServices("https://a.example/1", [m("Google", "Google"), m("Gmail", "Google")]),
    withServices("https://a.example/2", [m("Gmail", "Google")]),
  ];
  assert.deepEqual(rankServices(docs).services, ["Gmail"]);
  const s3 = [withServices("https://a.example/3", [m("AWS", "Amazon"), m("Amazon S3", "AWS")]), withServices("https://a.example/4", [m("Amazon S3", "AWS")])];
  assert.deepEqual(rankServices(s3).services, ["Amazon S3"]);
});

test("an owner named alone, or two services of one owner, are kept", () => {
  assert.deepEqual(rankServices([withServices("https://a.example/5", [m("Google", "Google")])]).services, ["Google"]);
  const meta = [withServices("https://a.example/6", [m("Facebook", "Meta"), m("Instagram", "Meta")])];
  assert.deepEqual(rankServices(meta).services, ["Facebook", "Instagram"]);
});

test("the failing carrier leads the title, its customers after it", () => {
  const docs = [
    withServices("https://a.example/7", [m("Cloudflare", "Cloudflare"), m("Discord", "Discord", "knock-on")]),
    withServices("https://a.example/8", [m("Cloudflare", "Cloudflare"), m("Discord", "Discord", "knock-on")]),
  ];
  const { services } = rankServices(docs);
  assert.equal(services[0], "Cloudflare");
  assert.match(makeTitles(services).title, /^Cloudflare/);
});

test("an owner stays when its product is only one outlet's aside in a large incident", () => {
  const docs = [
    withServices("https://a.example/9", [m("AWS", "Amazon")]),
    withServices("https://a.example/10", [m("AWS", "Amazon")]),
    withServices("https://a.example/11", [m("AWS", "Amazon"), m("Amazon EC2", "AWS")]),
  ];
  assert.deepEqual(rankServices(docs).services, ["AWS"]);
});

test("knock-on victims are not among the incident's services, however many documents name them", () => {
  const docs = [1, 2, 3].map((i) => withServices(`https://b.example/${i}`, [m("Fastly", "Fastly"), m("Spotify", "Spotify", "knock-on"), m("Reddit", "Reddit", "knock-on")]));
  assert.deepEqual(rankServices(docs), { services: ["Fastly"], affected: ["Reddit", "Spotify"] });
});

test("the affected services are the victims most documents name first, and never a service more of them say failed", () => {
  const docs = [
    withServices("https://b.example/8", [m("Cloudflare", "Cloudflare"), m("Discord", "Discord", "knock-on"), m("Shopify", "Shopify", "knock-on")]),
    withServices("https://b.example/9", [m("Cloudflare", "Cloudflare"), m("Shopify", "Shopify", "knock-on")]),
    withServices("https://b.example/10", [m("Cloudflare", "Cloudflare"), m("Discord", "Discord"), m("Shopify", "Shopify", "knock-on")]),
    withServices("https://b.example/11", [m("Cloudflare", "Cloudflare"), m("Discord", "Discord")]),
  ];
  // Discord: two documents say it failed, one calls it a victim; Shopify: three call it a victim
  assert.deepEqual(rankServices(docs), { services: ["Cloudflare", "Discord"], affected: ["Shopify"] });
  assert.deepEqual(rankServices(docs.slice(0, 2)).affected, ["Shopify", "Discord"]);
});

test("one document saying a service failed and another that it was a victim: a victim, and the provider leads", () => {
  const docs = [
    withServices("https://b.example/4", [m("MTN", "MTN Group")]),
    withServices("https://b.example/5", [m("WACS", "WACS"), m("MTN", "MTN Group", "knock-on")]),
  ];
  assert.deepEqual(rankServices(docs).services, ["WACS"]);
});

test("a renamed service is named as on the incident's day, also from an undated document using today's name", () => {
  const names = [{ name: "Windows Azure", until: "2014-03-25" }, { name: "Azure", until: null }];
  const dated = withServices("https://b.example/6", [{ ...m("Windows Azure", "Microsoft"), names }]);
  dated.facts.outageDay = "2012-02-29";
  const undated = [7].map((i) => withServices(`https://b.example/${i}`, [{ ...m("Azure", "Microsoft"), names }]));
  for (const d of undated) d.facts.outageDay = null;
  assert.deepEqual(rankServices([dated, ...undated]).services, ["Windows Azure"]);
  // with no day at all, each keeps the name it was given
  dated.facts.outageDay = null;
  assert.deepEqual(rankServices([dated, ...undated]).services, ["Azure", "Windows Azure"]);
});

test("of services said to fail by as many documents, the one the documents name first among what failed leads", () => {
  const one = [withServices("https://a.example/40", [m("AWS", "Amazon"), m("Alexa", "Amazon"), m("Prime Video", "Amazon")])];
  assert.equal(rankServices(one).services[0], "AWS");
  const two = [
    withServices("https://a.example/41", [m("Zoom", "Zoom"), m("Slack", "Slack")]),
    withServices("https://a.example/42", [m("Zoom", "Zoom"), m("Slack", "Slack")]),
  ];
  assert.deepEqual(rankServices(two).services, ["Zoom", "Slack"]);
});

test("one brand named with and without its trade or kind word in two reports is one service, named in full", () => {
  const net = [withServices("https://a.example/b1", [m("Zorvex Broadband", "Zorvex Broadband")]), withServices("https://a.example/b2", [m("Zorvex", "Zorvex")])];
  assert.deepEqual(rankServices(net).services, ["Zorvex Broadband"]);
  const bank = [withServices("https://a.example/b3", [m("Corvel", "Corvel")]), withServices("https://a.example/b4", [m("Corvel Bank", "Corvel Bank")])];
  assert.deepEqual(rankServices(bank).services, ["Corvel Bank"]);
  const mobile = [withServices("https://a.example/b5", [m("Acmetel Mobile", "Acmetel Mobile")]), withServices("https://a.example/b6", [m("Acmetel", "Acmetel")]), withServices("https://a.example/b7", [m("Acmetel", "Acmetel")])];
  assert.deepEqual(rankServices(mobile).services, ["Acmetel Mobile"]);
  const banque = [withServices("https://a.example/b8", [m("Banque Lumière", "Banque Lumière")]), withServices("https://a.example/b9", [m("Lumière", "Lumière")])];
  // a kind word before the name is not the trade word after it: the two names stay apart here
  assert.equal(rankServices(banque).services.length, 2);
});

test("a product named by a part word beside its brand stays a service of its own", () => {
  // "Zorvex Cloud" is one product of Zorvex, which may fail alone
  const docs = [withServices("https://a.example/c1", [m("Zorvex", "Zorvex")]), withServices("https://a.example/c2", [m("Zorvex Cloud", "Zorvex Cloud")])];
  assert.deepEqual(rankServices(docs).services.sort(), ["Zorvex", "Zorvex Cloud"]);
});

test("a studio or publisher said to fail yields to the game or app another report names", () => {
  const maker = (name: string): ServiceMention => ({ ...m(name, name), maker: true });
  const game = [withServices("https://a.example/m1", [maker("Aldermoor")]), withServices("https://a.example/m2", [m("Zorvex Quest", "Zorvex")])];
  assert.deepEqual(rankServices(game).services, ["Zorvex Quest"]);
  // three reports naming the maker, one the game: still the game
  const more = [...game, withServices("https://a.example/m3", [maker("Aldermoor")]), withServices("https://a.example/m4", [maker("Aldermoor")])];
  assert.deepEqual(rankServices(more).services, ["Zorvex Quest"]);
  // the maker alone names the incident
  assert.deepEqual(rankServices([withServices("https://a.example/m5", [maker("Aldermoor")])]).services, ["Aldermoor"]);
  // not marked a maker, the alphabetical tie stands
  const plain = [withServices("https://a.example/m6", [m("Aldermoor", "Aldermoor")]), withServices("https://a.example/m7", [m("Zorvex Quest", "Zorvex")])];
  assert.equal(rankServices(plain).services[0], "Aldermoor");
});
