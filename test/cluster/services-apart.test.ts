// Two same-day outages of different services stay two incidents even when reports naming no service
// are a little like both (issue 12, round thirteen): a group needs a service named on both sides to
// merge with another once each holds two reports naming one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";
import { documentFeatures } from "../../lib/cluster/document-features";
import { servicesApart } from "../../lib/cluster/services-apart";
import type { ExtractedDocument } from "../../lib/domain/types";
import { makeDoc, urlGroups } from "./fixtures/make-doc";

const day = "2026-05-12";
const doc = (url: string, title: string, body: string, failed: string[], lang: "fr" | "en" = "en", at = `${day}T10:00:00Z`) =>
  makeDoc({ url, title, body, failed, lang, publishedAt: at, outageDay: day });
const profile = (failed: string[], n = 1) => documentFeatures(doc(`https://x.example/${failed.join("-")}-${n}`, "t", "b", failed));

test("groups of two reports each, naming no service in common, are apart; a shared or lone service is not", () => {
  assert.equal(servicesApart([profile(["Zorvex"]), profile(["Zorvex"], 2)], [profile(["Banque Lumière"]), profile(["Banque Lumière"], 2)]), true);
  assert.equal(servicesApart([profile(["Zorvex"]), profile(["Zorvex"], 2)], [profile(["Zorvex"], 3), profile(["Acme"])]), false);
  // one report naming another service may have misread it: the pair model still decides
  assert.equal(servicesApart([profile(["Zorvex"]), profile(["Zorvex"], 2)], [profile(["Acme"])]), false);
  // reports naming no service do not count towards the two
  assert.equal(servicesApart([profile(["Zorvex"]), profile([])], [profile(["Acme"]), profile(["Acme"], 2)]), false);
});

const EN = [
  doc("https://a.example/zorvex-cdn-errors", "Zorvex CDN errors take websites offline", "Websites returned 502 errors this morning as the content delivery network Zorvex failed.", ["Zorvex"]),
  doc("https://b.example/zorvex-errors", "Zorvex outage: websites down with 502 errors", "Many websites showed 502 errors on Tuesday morning because of the Zorvex network.", ["Zorvex"]),
  doc("https://c.example/acme-bank-app-down", "Acme bank app down, transfers fail", "Customers of Acme, the digital bank, could not log in or send transfers on Tuesday.", ["Acme"], "en", `${day}T17:00:00Z`),
  doc("https://d.example/acme-restores", "Acme restores its app after outage", "Acme said customers could log in and send transfers again on Tuesday evening.", ["Acme"], "en", `${day}T20:30:00Z`),
  // naming no service: the outage words of both stories
  doc("https://e.example/internet-broken", "Is the internet broken again? Websites stop loading", "Websites stopped loading on Tuesday morning with 502 errors; customers could not log in to apps.", []),
  doc("https://f.example/readers", "To our readers: why our website went down on Tuesday", "Our website and app could not be reached on Tuesday; customers could not log in.", []),
];
const FR = [
  doc("https://a.example/panne-zorvex", "Panne Zorvex : des sites web inaccessibles", "Des sites web affichaient des erreurs 502 ce mardi matin, en cause le réseau de diffusion Zorvex.", ["Zorvex"], "fr"),
  doc("https://b.example/zorvex-erreurs", "Erreurs 502 : le réseau Zorvex en panne", "De nombreux sites web renvoyaient des erreurs 502 mardi matin à cause du réseau Zorvex.", ["Zorvex"], "fr"),
  doc("https://c.example/banque-lumiere-panne", "L'application de Banque Lumière en panne, virements impossibles", "Les clients de Banque Lumière ne pouvaient plus se connecter ni faire de virements mardi.", ["Banque Lumière"], "fr", `${day}T17:00:00Z`),
  doc("https://d.example/banque-lumiere-retablie", "Banque Lumière rétablit son application", "Banque Lumière indique que ses clients peuvent de nouveau se connecter et faire des virements mardi soir.", ["Banque Lumière"], "fr", `${day}T20:30:00Z`),
  doc("https://e.example/internet-en-panne", "Internet en panne ? Des sites web ne chargent plus", "Des sites web ne chargeaient plus mardi matin, erreurs 502 ; les clients ne pouvaient plus se connecter aux applications.", [], "fr"),
  doc("https://f.example/a-nos-lecteurs", "À nos lecteurs : pourquoi notre site web a disparu mardi", "Notre site web et notre application étaient inaccessibles mardi ; les clients ne pouvaient plus se connecter.", [], "fr"),
];
const letters = (groups: string[][]) => groups.map((g) => g.map((u) => u.slice(8, 9)).join("")).sort();

for (const [lang, docs] of [["en", EN], ["fr", FR]] as const) {
  test(`two same-day outages of different services are not bridged by reports naming no service (${lang})`, () => {
    const groups = letters(urlGroups(clusterDocuments(docs)));
    assert.ok(groups.some((g) => g.includes("a") && g.includes("b")) && groups.some((g) => g.includes("c") && g.includes("d")), groups.join(" "));
    assert.ok(!groups.some((g) => g.includes("a") && g.includes("c")), groups.join(" "));
  });

  test(`reports of one service still gather the reports naming none, and a lone other name still joins on its words (${lang}, negative)`, () => {
    assert.deepEqual(letters(urlGroups(clusterDocuments(docs.filter((d) => !/\/\/[cd]\./.test(d.url))))), ["abef"]);
  });
}

test("a report naming no service that writes its group's lone service name counts towards the two", () => {
  const writes = documentFeatures(doc("https://x.example/acme-again", "Acme app fails again in the afternoon", "b", []));
  const silent = documentFeatures(doc("https://x.example/app-again", "The app fails again in the afternoon", "b", []));
  assert.equal(servicesApart([profile(["Zorvex"]), profile(["Zorvex"], 2)], [profile(["Acme"]), writes]), true);
  // one that writes no name of its group confirms nothing
  assert.equal(servicesApart([profile(["Zorvex"]), profile(["Zorvex"], 2)], [profile(["Acme"]), silent]), false);
});

// A morning CDN outage with its customers' side, and an afternoon bank-app outage told by one report
// naming the bank and one that only writes its name in its title: both on the same day.
const LONE: Record<"fr" | "en", ExtractedDocument[]> = {
  en: [
    doc("https://a.example/zorvex-cdn-errors", "Zorvex CDN errors take websites offline", "Websites returned certificate errors this morning as the content delivery network Zorvex failed.", ["Zorvex"]),
    doc("https://b.example/zorvex-errors", "Zorvex outage: websites down for two hours", "Many websites showed certificate errors on Tuesday morning because of the Zorvex network.", ["Zorvex"]),
    doc("https://e.example/shops-dark", "Online shops go dark for the morning", "Customers could not reach the websites of dozens of shops on Tuesday; the app and the site showed errors.", []),
    doc("https://c.example/acme-locked-out", "Acme customers locked out of the app at lunchtime", "Customers of the digital bank Acme could not log in to the app on Tuesday.", ["Acme"], "en", `${day}T13:00:00Z`),
    doc("https://d.example/acme-second-time", "Acme app falls over for a second time", "The bank's app went down again on Tuesday afternoon; customers could not log in to the app.", [], "en", `${day}T19:00:00Z`),
  ],
  fr: [
    doc("https://a.example/panne-zorvex", "Panne Zorvex : des sites web inaccessibles", "Des sites web affichaient des erreurs de certificat ce mardi matin, en cause le réseau de diffusion Zorvex.", ["Zorvex"], "fr"),
    doc("https://b.example/zorvex-erreurs", "Le réseau Zorvex en panne pendant deux heures", "De nombreux sites web renvoyaient des erreurs de certificat mardi matin à cause du réseau Zorvex.", ["Zorvex"], "fr"),
    doc("https://e.example/boutiques", "Matinée noire pour les boutiques en ligne", "Les clients ne pouvaient plus joindre les sites de dizaines de boutiques mardi ; l'application et le site affichaient des erreurs.", [], "fr"),
    doc("https://c.example/acme-bloques", "Les clients d'Acme privés d'application à l'heure du déjeuner", "Les clients de la banque en ligne Acme ne pouvaient plus se connecter à l'application mardi.", ["Acme"], "fr", `${day}T13:00:00Z`),
    doc("https://d.example/acme-rechute", "Double plantage pour l'application Acme", "L'application de la banque est retombée en panne mardi après-midi ; les clients ne pouvaient plus se connecter.", [], "fr", `${day}T19:00:00Z`),
  ],
};

for (const lang of ["en", "fr"] as const)
  test(`a lone named report and the report that writes its name stay apart from another service's group (${lang})`, () => {
    const groups = letters(urlGroups(clusterDocuments(LONE[lang])));
    assert.ok(!groups.some((g) => g.includes("a") && (g.includes("c") || g.includes("d"))), groups.join(" "));
    assert.ok(groups.some((g) => g.includes("c") && g.includes("d")), groups.join(" "));
  });

test("a service named only in passing by one side ('hours after the Zorvex outage, and unrelated to it') does not bridge two groups", () => {
  const mention = (failed: string, passing: string, n: number) =>
    documentFeatures(makeDoc({ url: `https://m.example/${failed}-${n}`, title: "t", failed: [failed], mentioned: [passing], publishedAt: `${day}T15:00:00Z`, outageDay: day }));
  assert.equal(servicesApart([profile(["Zorvex"]), profile(["Zorvex"], 2)], [mention("Medora", "Zorvex", 1), profile(["Medora"], 2)]), true);
  const writes = documentFeatures(makeDoc({ url: "https://m.example/medora-w", lang: "fr", title: "Medora inaccessible en début d'après-midi", failed: ["Medora"], publishedAt: `${day}T15:00:00Z`, outageDay: day,
    causes: [{ category: "software-bug", status: "reported", summary: "Quelques heures après la coupure de Zorvex, et sans lien avec elle, un certificat expiré a bloqué Medora" }] }));
  assert.equal(servicesApart([profile(["Zorvex"]), profile(["Zorvex"], 2)], [writes, profile(["Medora"], 2)]), true);
});
