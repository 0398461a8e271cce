import { test } from "node:test";
import assert from "node:assert/strict";
import { facts, roleOf } from "./article-helpers";

test("services in a title with outage words failed (fr, en)", () => {
  const fr = facts("Panne mondiale : Facebook et Instagram inaccessibles", "Les deux réseaux sociaux ne répondaient plus mardi après-midi.");
  assert.equal(roleOf(fr, "Facebook"), "failed");
  assert.equal(roleOf(fr, "Instagram"), "failed");
  const en = facts("WhatsApp goes down for millions", "Messages would not send for hours, the company said.");
  assert.equal(roleOf(en, "WhatsApp"), "failed");
  assert.equal(fr.services[0].company, "Meta");
});

test("a service slowed by new sign-ups or down because a provider failed is knock-on", () => {
  const fr = facts("Panne de WhatsApp", "WhatsApp est en panne depuis 17h. Telegram, de son côté, a été ralenti par un afflux de nouveaux utilisateurs.");
  assert.equal(roleOf(fr, "WhatsApp"), "failed");
  assert.equal(roleOf(fr, "Telegram"), "knock-on");
  const en = facts("Spotify and Discord disrupted because of a Google Cloud outage", "Spotify was unavailable for two hours due to the Google Cloud failure.");
  assert.equal(roleOf(en, "Google Cloud"), "failed");
  assert.equal(roleOf(en, "Spotify"), "knock-on");
  const fr2 = facts("ChatGPT perturbé à cause de Cloudflare", "Le service était inaccessible une bonne partie de la matinée.");
  assert.equal(roleOf(fr2, "Cloudflare"), "failed");
  assert.equal(roleOf(fr2, "ChatGPT"), "knock-on");
});

test("a rival joking or the platform where users posted is only mentioned", () => {
  const en = facts(
    "Instagram outage leaves users stranded",
    "Instagram was down for three hours on Tuesday. Twitter joked about the outage in a post. Many users turned to X to complain about the outage.",
  );
  assert.equal(roleOf(en, "Instagram"), "failed");
  assert.equal(roleOf(en, "X"), "mentioned");
  const fr = facts(
    "Facebook en panne",
    "Facebook ne fonctionne plus depuis 16h. Twitter s'est moqué de la panne de son concurrent. Les internautes se sont tournés vers Twitter pour signaler la panne.",
  );
  assert.equal(roleOf(fr, "X"), "mentioned");
});

test("services named only in passing are mentioned", () => {
  const f = facts("Slack down for many users", "Slack was unavailable this morning. Slack competes with Microsoft Teams, which launched a new feature last week.");
  assert.equal(roleOf(f, "Slack"), "failed");
  assert.equal(roleOf(f, "Microsoft Teams"), "mentioned");
});

test("a service whose earlier outage is recalled is not failed in this one (fr, en)", () => {
  const fr = facts(
    "Panne de Fastly",
    "Fastly est en panne depuis ce matin et de nombreux sites sont inaccessibles. Un ingénieur rappelle la panne d'Azure de mars dernier, elle aussi très visible.",
    { lang: "fr", publishedAt: new Date("2025-06-10T12:00:00Z") },
  );
  assert.equal(roleOf(fr, "Fastly"), "failed");
  assert.equal(roleOf(fr, "Azure"), "mentioned", JSON.stringify(fr.services));
  const en = facts(
    "Fastly outage",
    "Fastly went down this morning and many sites are unreachable. Analysts recalled the Azure outage in March, which also took down many sites.",
    { lang: "en", publishedAt: new Date("2025-06-10T12:00:00Z") },
  );
  assert.equal(roleOf(en, "Fastly"), "failed");
  assert.equal(roleOf(en, "Azure"), "mentioned", JSON.stringify(en.services));
});

test("a cause is named inside the connector's phrase, not in a later clause (fr, en)", () => {
  const fr = facts("Messageries indisponibles", "Teams et Outlook étaient inaccessibles jeudi à cause de pannes, a précisé l'éditeur sur Twitter.");
  assert.equal(roleOf(fr, "Microsoft Teams"), "failed");
  assert.equal(roleOf(fr, "Outlook"), "failed");
  const en = facts("Work tools unreachable", "Slack and Zoom were unreachable on Monday because of outages, the companies said on Twitter.");
  assert.equal(roleOf(en, "Slack"), "failed");
  assert.equal(roleOf(en, "Zoom"), "failed");
  // the cause named in the connector's phrase makes the others its victims
  const frVictim = facts("Messagerie inaccessible", "Snapchat était inaccessible jeudi à cause d'une panne chez Google Cloud.");
  assert.equal(roleOf(frVictim, "Snapchat"), "knock-on");
  const enVictim = facts("Music unreachable", "Spotify was unreachable on Monday because of an outage at Google Cloud.");
  assert.equal(roleOf(enVictim, "Spotify"), "knock-on");
});

test("the platform someone spoke through (a video, a channel on it) is only mentioned (en, fr)", () => {
  const en = facts("Skype CEO apologises for outage", "In a blog post and in a just-posted YouTube video, the CEO said that most users were back online after the outage.");
  assert.equal(roleOf(en, "Skype"), "failed");
  assert.equal(roleOf(en, "YouTube"), "mentioned", JSON.stringify(en.services));
  const fr = facts("Panne de Skype : le patron s'excuse", "Dans une vidéo publiée sur YouTube, le patron de Skype a présenté ses excuses pour la panne de mercredi.");
  assert.equal(roleOf(fr, "YouTube"), "mentioned", JSON.stringify(fr.services));
  const fr2 = facts("Panne de Skype", "Dans une vidéo YouTube, le patron a présenté ses excuses pour la panne de mercredi.");
  assert.equal(roleOf(fr2, "YouTube"), "mentioned", JSON.stringify(fr2.services));
  // the service's own videos, or the service named by what it hosts, failed
  const down = facts("YouTube down", "YouTube videos would not load for two hours on Tuesday.");
  assert.equal(roleOf(down, "YouTube"), "failed");
  const panne = facts("Panne de YouTube", "La plateforme de vidéo YouTube est en panne depuis 18 h.");
  assert.equal(roleOf(panne, "YouTube"), "failed");
});
