// An undated report whose clocks name a weekday ("Saturday night around 8pm", "mardi vers 21 heures")
// joins the dated outage of its service on that weekday, though its words alone are too little like
// the dated reports; a weekday two days off keeps it apart. Own phrasings, fr and en, through extraction.
import test from "node:test";
import assert from "node:assert/strict";
import type { DocumentForExtraction, ExtractedDocument } from "../../lib/domain/types";
import { extractArticle } from "../../lib/extract/extract-article";
import { clusterDocuments } from "../../lib/cluster/cluster-documents";

let id = 1;
function extracted(url: string, title: string, text: string, publishedAt: string | null, lang: "fr" | "en"): ExtractedDocument {
  const doc: DocumentForExtraction = { url, kind: "news", lang, title, text, publishedAt: publishedAt ? new Date(publishedAt) : null, sourceName: new URL(url).hostname, sourceZone: null };
  return { id: id++, url, title, kind: "news", lang, publishedAt, sourceName: doc.sourceName, facts: extractArticle(doc) };
}

const cases = [
  {
    lang: "fr" as const,
    dated: ["Panne du jeu en ligne Fendrak : serveurs inaccessibles", "Le studio Brumeval confirme que Fendrak est hors service depuis ce mardi à 21 h : connexion impossible, ses équipes enquêtent sur l'origine de l'incident.", "2025-06-10T20:30:00Z"],
    undated: ["Fendrak : la soirée gâchée des joueurs", "Soirée gâchée {day} pour les joueurs : le jeu en ligne Fendrak a subi une panne vers 21 heures. Sur les forums, des centaines de joueurs se plaignaient de codes d'erreur et de files d'attente sans fin."],
    meets: "mardi",
    contradicts: "jeudi",
  },
  {
    lang: "en" as const,
    dated: ["Orbalt game servers down", "Online game Orbalt went down at around 8pm on Saturday, developer Kettleby Studios said, adding that players could not log in while it investigated the outage.", "2025-06-14T19:30:00Z"],
    undated: ["A lost evening for Orbalt players", "Players hoping for a quiet evening of Orbalt were out of luck on {day} night: around 8pm the game's servers went offline and would not let anyone back in. Forums filled with error codes and angry posts about the queue."],
    meets: "Saturday",
    contradicts: "Wednesday",
  },
];

for (const c of cases) {
  const dated = extracted(`https://news.example/${c.lang}-dated`, c.dated[0], c.dated[1], c.dated[2], c.lang);
  const undated = (day: string) => extracted(`https://blog.example/${c.lang}-${day}`, c.undated[0], c.undated[1].replace("{day}", day), null, c.lang);

  test(`${c.lang}: an undated report on the outage's weekday joins the dated report`, () => {
    const u = undated(c.meets);
    assert.equal(u.facts.outageDay, null);
    assert.deepEqual(clusterDocuments([dated, u]).map((g) => g.length), [2]);
  });

  test(`${c.lang}: the same report on a weekday two or more days off stays apart`, () => {
    assert.equal(clusterDocuments([dated, undated(c.contradicts)]).length, 2);
  });
}
