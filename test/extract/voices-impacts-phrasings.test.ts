// Who is speaking and what a figure counts, on phrasings written for this project (EN + FR), with
// negative cases.
import { test } from "node:test";
import assert from "node:assert/strict";
import { facts } from "./article-helpers";

const FR = { lang: "fr" as const };

test("the platform a spokesperson posted on is not the organisation they speak for (fr, en)", () => {
  const fr = facts("Panne de Facebook", "Facebook est en panne. « Nous avons résolu le problème très vite », a écrit son porte-parole Andy Stone sur X.", FR);
  assert.deepEqual([fr.statements[0].speaker, fr.statements[0].organisation], ["Andy Stone", null]);
  const en = facts("Facebook down", "Facebook was down for hours. “We fixed the issue and we apologise,” Meta spokesperson Andy Stone posted on X.");
  assert.equal(en.statements[0].organisation, "Meta", "the organisation named before the role stays");
});

test("a relative clause after the speaker is about something else (fr, en)", () => {
  const fr = facts("Panne de Cloudflare", "Cloudflare est en panne. « Une erreur chez un seul fournisseur devient une panne pour tous », souligne un administrateur réseau, qui rappelle la panne d'Amazon Web Services.", FR);
  assert.equal(fr.statements[0].organisation, null);
  assert.match(fr.statements[0].speaker ?? "", /administrateur réseau/);
  const en = facts("Cloudflare down", "Cloudflare went down. “One provider failing becomes everyone's outage,” said a network administrator, who recalled the Amazon Web Services outage.");
  assert.equal(en.statements[0].organisation, null);
});

test("a speaker named only by what the article says of them is named so, never left blank", () => {
  const fr = facts("Panne", "Facebook est en panne. « Tout laisse penser à une erreur de configuration du réseau », estime un ingénieur réseau interrogé par notre rédaction.", FR);
  assert.match(fr.statements[0].speaker ?? "", /ingénieur réseau/);
  assert.equal(fr.statements[0].official, false);
  const en = facts("Outage", "AWS went down. “Companies put everything in one region and pay for it,” said a cloud architect at a London consultancy.");
  assert.match(en.statements[0].speaker ?? "", /cloud architect/);
});

test("another service's new users are not users hit; users hit are (en, fr)", () => {
  const gain = facts("Telegram gains users", "During the WhatsApp outage, Telegram picked up more than 70 million new users.");
  assert.ok(!gain.impacts.some((i) => i.kind === "users"));
  const gainFr = facts("Panne de WhatsApp", "Pendant la panne de WhatsApp, Signal a gagné 2 millions d'utilisateurs.", FR);
  assert.ok(!gainFr.impacts.some((i) => i.kind === "users"));
  const hit = facts("Outage", "The outage left 3 million users unable to log in.");
  assert.deepEqual(hit.impacts.filter((i) => i.kind === "users").map((i) => i.value), [3_000_000]);
});

test("a country in a zone name is not an affected country; a country where users were hit is", () => {
  const zone = facts("Outage", "The apps went down at 4:40pm UK time on Monday.");
  assert.ok(!zone.impacts.some((i) => i.kind === "countries"));
  const zoneFr = facts("Panne", "Les applications sont tombées en panne à 17 h 40, heure de France.", FR);
  assert.ok(!zoneFr.impacts.some((i) => i.kind === "countries"));
  const hit = facts("Outage", "The outage hit users in the UK and in France.");
  assert.deepEqual(hit.impacts.find((i) => i.kind === "countries")?.value, "United Kingdom, France");
});

test("devices counted as hit are kept; who counted the reports is said", () => {
  const dev = facts("Windows crash", "Windows machines crashed. Microsoft estimated that 8.5 million Windows devices were affected.");
  assert.deepEqual(dev.impacts.filter((i) => i.kind === "devices").map((i) => i.value), [8_500_000]);
  const fr = facts("Panne", "La panne a paralysé des entreprises : 2 millions d'ordinateurs ont été touchés.", FR);
  assert.deepEqual(fr.impacts.filter((i) => i.kind === "devices").map((i) => i.value), [2_000_000]);
  const dd = facts("Panne", "Facebook est en panne. Downdetector recensait plus de 100 000 signalements.", FR);
  assert.equal(dd.impacts.find((i) => i.kind === "reports-count")?.by, "Downdetector");
  const none = facts("Panne", "Facebook est en panne. Les utilisateurs ont envoyé plus de 100 000 signalements.", FR);
  assert.equal(none.impacts.find((i) => i.kind === "reports-count")?.by, undefined);
});

test("'même si' is no meme: a recovery sentence is not a rival's post", () => {
  const f = facts("Panne de Cloudflare", "Cloudflare est en panne depuis midi. En fin de matinée, la plupart des sites étaient de nouveau accessibles, même si certains restaient lents.", FR);
  assert.ok(!f.reactions.some((r) => r.kind === "rival-post"));
  const memes = facts("X mocks Facebook", "Facebook was down, and users traded memes on X about the outage.");
  assert.ok(memes.reactions.some((r) => r.kind === "rival-post"));
});
