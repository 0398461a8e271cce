import assert from "node:assert/strict";
import { test } from "node:test";
import { datelineZone } from "../../../lib/extract/time/dateline-zone";
import { outletZone } from "../../../lib/extract/time/outlet-zone";
import { extractArticle } from "../../../lib/extract/extract-article";
import { foldText } from "../../../lib/text/fold-text";

const zone = (text: string) => datelineZone(foldText(text));

test("a wire dateline's place gives the story's zone, with or without a date and an agency", () => {
  assert.equal(zone("LAGOS, March 3 (Reuters) - Subscribers of the country's biggest carrier lost data."), "Africa/Lagos");
  assert.equal(zone("Tunis, 3 mars 2026 (AFP) — Les abonnés de l'opérateur ont perdu internet."), "Africa/Tunis");
  assert.equal(zone("SEATTLE, Washington (AP) — The cloud provider said its storage service failed."), "America/Los_Angeles");
  assert.equal(zone("QUÉBEC — Le portail gouvernemental est resté inaccessible toute la matinée."), "America/Toronto");
  // after a title line
  assert.equal(zone("Card payments fail across the country\n\nJOHANNESBURG (Reuters) - Shoppers could not pay by card."), "Africa/Johannesburg");
});

test("no dateline: a kicker that is no place, a place inside a longer head, a place deep in the text", () => {
  assert.equal(zone("EXCLUSIF - Le service de messagerie est tombé en panne."), null);
  assert.equal(zone("Paris Saint-Germain - Les supporters n'ont pas pu acheter de billets."), null);
  assert.equal(zone("The payments app stopped working on Tuesday for thousands of users in several countries."), null);
  assert.equal(zone(`${"Users reported errors. ".repeat(30)}\nLAGOS - later.`), null);
});

test("the dateline comes before the outlet's name and domain, after a configured zone", () => {
  const text = foldText("NAIROBI, May 5 (Reuters) - Mobile money transfers failed for hours.");
  assert.equal(outletZone({ sourceZone: null, sourceName: "India Business Wire", url: "https://www.example.in/a" }, text, "en")?.how, "dateline");
  assert.equal(outletZone({ sourceZone: null, sourceName: "India Business Wire", url: "https://www.example.in/a" }, text, "en")?.zone, "Africa/Nairobi");
  assert.equal(outletZone({ sourceZone: "Asia/Kolkata", sourceName: null, url: "https://www.example.in/a" }, text, "en")?.zone, "Asia/Kolkata");
});

test("extraction reads a datelined story's clocks in the dateline's time", () => {
  const f = extractArticle({
    url: "https://www.example.com/wire/a.html", kind: "news", lang: "en", title: "", sourceName: "World Wire Digest", sourceZone: null,
    publishedAt: new Date("2025-04-15T20:00:00Z"),
    text: "SAN FRANCISCO, April 15 (Reuters) - The video-calling service went down at 9:40 a.m. on Tuesday, leaving millions of users unable to join meetings.",
  });
  const utcs = f.times.map((t) => (t.time.kind === "instant" ? t.time.utc : null));
  assert.ok(utcs.includes("2025-04-15T16:40:00Z"), JSON.stringify(utcs)); // 9:40 Pacific, not Eastern
});

test("a dateline's day is the story's stamp, not when the outage began", () => {
  const read = (lang: "fr" | "en", text: string) =>
    extractArticle({ url: "https://www.example.com/wire/b.html", kind: "news", lang, title: "", sourceName: "Wire Digest", sourceZone: null, publishedAt: new Date("2025-06-12T09:00:00Z"), text });
  const en = read("en", "MADRID, June 12 (Reuters) - Customers of the bank could not pay by card for most of Tuesday, the bank said, blaming a faulty software update that took its systems down.");
  assert.equal(en.times.find((t) => t.time.phrase === "June 12"), undefined); // no time of the story at all
  assert.equal(en.outageDay, "2025-06-10");
  const fr = read("fr", "Abidjan, 12 juin 2025 (AFP) — Les abonnés de l'opérateur ont été privés d'internet mardi pendant plusieurs heures à cause d'une panne de réseau.");
  assert.equal(fr.times.find((t) => t.time.phrase === "12 juin 2025"), undefined);
  assert.equal(fr.outageDay, "2025-06-10");
  // negative: a date opening the lead with no dateline form keeps its role
  const lead = read("en", "On June 10, the bank's card payments went down for most of the day, the bank said.");
  assert.equal(lead.outageDay, "2025-06-10");
  assert.notEqual(lead.times.find((t) => t.time.phrase.includes("June 10"))?.role, "other");
});
