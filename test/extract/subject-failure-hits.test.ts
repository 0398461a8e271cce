import { test } from "node:test";
import assert from "node:assert/strict";
import { readDocument } from "../../lib/extract/extract-article";

const at = new Date("2026-03-03T10:00:00Z");
// the strong cue words of a title and text, as detection reads them
const strongWords = (lang: string, title: string, text: string) => {
  const { view, cues } = readDocument({ url: "x", kind: "news", lang, title, text, publishedAt: at } as never);
  return cues.filter((c) => c.strong).map((c) => view.folded.slice(c.index, c.end));
};

test("a verb of giving way with a site, an app or servers in its clause is a failure cue (fr, en)", () => {
  assert.ok(strongWords("fr", "Soldes : le site du cybermarchand a cédé dès 8 heures", "Les clients ont attendu.").includes("a cede"));
  assert.ok(strongWords("fr", "Ouverture des inscriptions : les serveurs de l'université craquent", "Les étudiants patientent.").includes("craquent"));
  assert.ok(strongWords("fr", "Billetterie", "La plateforme de billetterie et l'appli ont cédé sous l'afflux des fans.").includes("ont cede"));
  assert.ok(strongWords("en", "Ticket website buckles as concert sale opens", "Fans waited for hours.").includes("buckles"));
});

test("the same verbs of a market, a person or with an object are no failure cue (fr, en)", () => {
  assert.deepEqual(strongWords("fr", "Les cryptomonnaies ont cédé un quart de leur valeur", "Le marché recule."), []);
  assert.deepEqual(strongWords("fr", "L'opérateur a cédé ses antennes à un fonds", "La vente rapporte 2 milliards."), []);
  assert.deepEqual(strongWords("fr", "Le gardien craque en fin de match", "L'équipe perd 2-1."), []);
  assert.deepEqual(strongWords("fr", "Les internautes craquent pour la nouvelle appli", "Elle cumule un million de téléchargements."), []);
  assert.ok(!strongWords("en", "Developers buckle down before the app launch", "The team works late.").includes("buckle"));
  assert.deepEqual(strongWords("en", "The bridge buckled under the heat", "Engineers inspected it."), []);
  // gives in, sells off or yields: an object or a pressure after the verb
  assert.deepEqual(strongWords("fr", "Le site de rencontres a cédé l'essentiel de ses parts", "Un fonds entre au capital."), []);
  assert.deepEqual(strongWords("fr", "La plateforme a cédé à la pression des ayants droit", "Les vidéos sont retirées."), []);
  assert.deepEqual(strongWords("en", "The online retailer could cede ground to rivals this year", "Its sales slowed."), []);
  // a hospital ward or an ambulance crew is a service, not an online one
  assert.deepEqual(strongWords("fr", "Hôpital", "Le service des urgences craque sous l'afflux de patients."), []);
  assert.deepEqual(strongWords("en", "Winter", "The ambulance service buckles under winter pressure."), []);
});

test("a user's request, login or payment said to have failed is a failure cue (en)", () => {
  assert.ok(strongWords("en", "Postmortem", "About a fifth of API calls from our European region to the storage backend failed with timeouts.").includes("failed"));
  assert.ok(strongWords("en", "Card trouble", "Logins were failing for most customers until noon.").some((w) => /failing$/.test(w)));
  // another subject failing is no user's attempt
  assert.deepEqual(strongWords("en", "Bill stalls", "The proposal failed to pass the senate vote."), []);
  assert.deepEqual(strongWords("en", "Talks", "Attempts to reach a deal have not failed yet."), []);
  // the newsroom's own requests, talks and money that did not arrive are no user's attempt at a service
  assert.deepEqual(strongWords("en", "Bank fined", "Repeated attempts to reach the company for comment failed."), []);
  assert.deepEqual(strongWords("en", "Bank fined", "Requests for comment sent to the bank on Monday failed to get a reply."), []);
  assert.deepEqual(strongWords("en", "Farm aid", "Payments to farmers failed to arrive before Christmas."), []);
  assert.deepEqual(strongWords("en", "Truce", "Calls for a general strike failed on Monday."), []);
});
