// A known service named as the coverage writes it where the catalogue files it otherwise: a
// respelling (joined or split words) and a consumer brand of an entry filed under its operator's name,
// and nothing else (a spelt-out acronym or a description stays the catalogue's name).
import { test } from "node:test";
import assert from "node:assert/strict";
import { extractArticle } from "../../lib/extract/extract-article";
import { rankServices } from "../../lib/timeline/rank-services";
import type { ExtractedDocument } from "../../lib/domain/types";
import { makeDoc } from "../extract/article-helpers";

let n = 0;
function doc(title: string, text: string, lang: "fr" | "en" = "en"): ExtractedDocument {
  const d = makeDoc(title, text, { lang, publishedAt: new Date("2026-04-14T18:00:00Z") });
  n++;
  return { id: n, url: `https://n.example/${n}`, title, kind: "news", lang, publishedAt: d.publishedAt?.toISOString() ?? null, sourceName: "n.example", facts: extractArticle(d) };
}
const names = (docs: ExtractedDocument[]) => rankServices(docs).services;

test("the press's spelling of a name the catalogue joins is the incident's name", () => {
  const docs = [
    doc("Panne de l'espace numérique des collèges", "Depuis ce matin, Ecole Directe est inaccessible : les parents ne voient plus les devoirs. Les serveurs d'Ecole Directe sont saturés, selon l'éditeur.", "fr"),
    doc("Les parents privés de cahier de textes", "La plateforme Ecole Directe reste en panne mardi soir, les familles ne peuvent pas se connecter.", "fr"),
  ];
  assert.deepEqual(names(docs), ["Ecole Directe"]);
});

test("an operator's consumer brand, written more than the operator's name, names its outage", () => {
  const docs = [
    doc("Internet outage hits thousands of homes", "Xfinity customers lost their internet connection on Tuesday evening. Comcast said its engineers were working on the outage, and Xfinity service was back by midnight."),
    doc("Cable internet down across the suburbs", "An Xfinity outage left subscribers offline for hours, and the Xfinity app showed an error."),
  ];
  assert.deepEqual(names(docs), ["Xfinity"]);
});

test("the catalogue's name stays where the press writes it as often or spells out its acronym", () => {
  const tie = [doc("Cable internet down", "Comcast customers lost their internet connection on Tuesday. Xfinity service was back by midnight, Comcast said.")];
  assert.deepEqual(names(tie), ["Comcast"]);
  const spelt = [
    doc("Bank app outage", "Royal Bank of Scotland customers could not log in to the mobile app on Friday. The Royal Bank of Scotland said the outage was fixed."),
  ];
  assert.deepEqual(names(spelt), ["RBS"]);
});

test("a brand filed under its own name keeps it beside descriptions of it", () => {
  const docs = [doc("Gmail down", "Gmail was down for two hours on Monday morning: the Gmail app showed errors and users could not send mail.")];
  assert.deepEqual(names(docs), ["Gmail"]);
});
