import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle, readDocument } from "../../lib/extract/extract-article";
import { withNamedCrashes } from "../../lib/extract/named-crash-hits";

const at = new Date("2026-03-03T10:00:00Z");
const read = (lang: string, title: string, text: string) => extractArticle({ url: "x", kind: "news", lang, title, text, publishedAt: at } as never);

test("a colloquial crash verb right after a service's name tells it failed (fr, en)", () => {
  const reports: [string, string, string][] = [
    ["fr", "Netflix plante en pleine soirée, des milliers d'abonnés devant un écran noir", "Depuis 20 h, l'application affiche un message d'erreur chez de nombreux utilisateurs."],
    ["fr", "Le site de la CAF a flanché au premier jour des déclarations", "Les allocataires n'ont pas pu valider leur dossier mardi matin."],
    ["fr", "Doctolib fait des siennes: rendez-vous introuvables ce lundi", "Plusieurs patients disent ne plus voir leurs rendez-vous."],
    ["en", "Xbox Live conked out on Friday night", "Gamers were kicked out of matches for about two hours."],
    ["en", "GitHub fell over again this afternoon", "Developers saw errors when pushing code."],
  ];
  for (const [lang, title, text] of reports) assert.equal(read(lang, title, text).isOutage, true, title);
});

test("the same verbs of a team, a person, a market, or before an object are no failure cue (fr, en)", () => {
  const lookAlikes: [string, string, string][] = [
    ["fr", "Le PSG plante face à Lyon et perd la tête du classement", "Les Parisiens se sont inclinés 2-0 au Parc des Princes dimanche soir."],
    ["fr", "Macron plante le décor avant la conférence sociale", "Le président a fixé ses priorités lundi."],
    ["en", "The market crashed on Monday as tech stocks slid", "Investors sold shares across the board."],
    ["fr", "Orange plante 10 000 arbres en Bretagne", "L'opérateur finance un programme de reboisement."],
    ["en", "Google fell over itself to praise the new chip", "The company lauded its partner in a blog post."],
    ["fr", "Apple lâche ses fournisseurs chinois", "Le groupe déplace sa production en Inde."],
  ];
  for (const [lang, title, text] of lookAlikes) assert.equal(read(lang, title, text).isOutage, false, title);
  // the cue itself: after the name only, and not before an object
  const cueWords = (title: string) => {
    const { view, hits, cues } = readDocument({ url: "x", kind: "news", lang: "fr", title, text: "Rien d'autre.", publishedAt: at } as never);
    return withNamedCrashes(view.folded, cues, hits).map((c) => view.folded.slice(c.index, c.end));
  };
  assert.deepEqual(cueWords("Orange plante 10 000 arbres en Bretagne"), []);
  assert.deepEqual(cueWords("Le décor plante une ambiance de fête"), []);
});
